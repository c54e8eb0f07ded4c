namespace Network.Server.Tests.Instances;

/// <summary>Waits for a condition by asking again, never by sleeping a guessed time.</summary>
public static class Poll
{
    public static async Task<bool> UntilAsync(Func<Task<bool>> condition, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            if (await condition())
            {
                return true;
            }

            if (DateTime.UtcNow > deadline)
            {
                return false;
            }

            await Task.Delay(100);
        }
    }
}
