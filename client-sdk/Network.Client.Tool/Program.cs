using Network.Client.Tool.Introspection;

namespace Network.Client.Tool;

/// <summary>
/// <c>network-client</c>: <c>init</c> downloads the API's schema into a consumer project, <c>update</c> downloads it again
/// and classifies what changed. Exit code 0 on success (warnings included), 1 for breaking changes under
/// <c>--fail-on-breaking</c>, 2 when the command could not run.
/// </summary>
internal static class Program
{
    public static async Task<int> Main(string[] args)
    {
        using var stopping = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            stopping.Cancel();
        };

        ToolArguments options;
        try
        {
            options = ToolArguments.Parse(args, Environment.GetEnvironmentVariable("NETWORK_TOKEN"));
        }
        catch (ToolException e)
        {
            await Console.Error.WriteLineAsync($"{e.Diagnostic}\n{ToolArguments.Usage}");
            return 2;
        }

        try
        {
            using var http = new HttpClient();
            var client = new IntrospectionClient(http);
            return options.Command == "init"
                ? await InitCommand.RunAsync(options, client, Console.Out, stopping.Token)
                : await UpdateCommand.RunAsync(options, client, Console.Out, stopping.Token);
        }
        catch (ToolException e)
        {
            await Console.Error.WriteLineAsync(e.Diagnostic);
            return 2;
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            // Interrupted: the copy is the previous one or the new one, whole (see FileReplacement).
            return 2;
        }
    }
}
