using System.Buffers;

namespace Network.Server.GraphQL.Transport;

internal static class LimitedRead
{
    /// <summary>The whole of <paramref name="body"/>, or null as soon as it proves longer than <paramref name="maxBytes"/>.</summary>
    public static async Task<byte[]?> ReadAsync(Stream body, int maxBytes, CancellationToken cancellationToken)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(4096);
        try
        {
            var length = 0;
            int read;
            while ((read = await body.ReadAsync(buffer.AsMemory(length), cancellationToken)) > 0)
            {
                length += read;
                if (length > maxBytes)
                {
                    return null;
                }

                if (length == buffer.Length)
                {
                    var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                    buffer.AsSpan(0, length).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }
            }

            return buffer[..length];
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
