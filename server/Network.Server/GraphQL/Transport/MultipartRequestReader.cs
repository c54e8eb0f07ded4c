using System.Buffers;
using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using Network.Server.GraphQL.Budgets;
using Network.Server.GraphQL.Scalars;

namespace Network.Server.GraphQL.Transport;

/// <summary>
/// Reads a request in the GraphQL multipart request specification, in the order it prescribes, so that
/// files can stream: <c>operations</c> (the request's JSON, within <see cref="RequestBudgetOptions.MaxRequestBytes"/>
/// like a JSON body), <c>map</c>, then the files, each within <see cref="UploadOptions.MaxFileBytes"/>. A file
/// is buffered in memory up to 64 KiB and in a temporary file beyond, disposed when the response is done.
/// </summary>
public sealed class MultipartRequestReader(IOptions<UploadOptions> uploads, IOptions<RequestBudgetOptions> budgets)
{
    private const int MemoryThreshold = 64 * 1024;

    private const string Order =
        "A multipart request sends the 'operations' part first, then 'map', then the files (GraphQL multipart request specification).";

    public async Task<MultipartRequest> ReadAsync(HttpContext context, MediaTypeHeaderValue contentType, CancellationToken cancellationToken)
    {
        var boundary = HeaderUtilities.RemoveQuotes(contentType.Boundary).Value;
        if (string.IsNullOrEmpty(boundary))
        {
            throw Refusal(MultipartErrorCodes.Malformed, "Content-Type multipart/form-data needs its boundary parameter.");
        }

        var reader = new MultipartReader(boundary, context.Request.Body);
        try
        {
            var operations = await ReadJsonPartAsync(reader, "operations", MultipartErrorCodes.InvalidOperations, cancellationToken);
            var map = ParseMap(await ReadJsonPartAsync(reader, "map", MultipartErrorCodes.InvalidMap, cancellationToken));
            var files = await ReadFilesAsync(reader, map, context, cancellationToken);
            return new MultipartRequest(operations, map, files);
        }
        catch (Exception exception) when (exception is IOException or InvalidDataException)
        {
            // A body cut short or without its closing boundary, or a part whose headers run past the reader's limits.
            throw Refusal(MultipartErrorCodes.Malformed, $"The multipart/form-data body is malformed: {exception.Message}");
        }
    }

    private async Task<byte[]> ReadJsonPartAsync(MultipartReader reader, string name, string code, CancellationToken cancellationToken)
    {
        var section = await reader.ReadNextSectionAsync(cancellationToken);
        if (section is null || PartName(section) != name)
        {
            throw Refusal(code, $"No '{name}' part where expected. {Order}");
        }

        var maxBytes = budgets.Value.MaxRequestBytes;
        return await LimitedRead.ReadAsync(section.Body, maxBytes, cancellationToken)
            ?? throw new GraphQLRequestException(StatusCodes.Status413PayloadTooLarge, BudgetErrorCodes.RequestTooLarge,
                $"The '{name}' part is more than {maxBytes:#,0} bytes; at most {maxBytes:#,0} are allowed.");
    }

    private Dictionary<string, string[]> ParseMap(byte[] json)
    {
        const string Shape = "'map' must be a JSON object naming each file's part and the variable paths it fills, such as {\"0\": [\"variables.input.file\"]}.";
        var map = new Dictionary<string, string[]>(StringComparer.Ordinal);
        try
        {
            using var document = JsonDocument.Parse(json);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw Refusal(MultipartErrorCodes.InvalidMap, Shape);
            }

            foreach (var file in document.RootElement.EnumerateObject())
            {
                if (file.Value.ValueKind != JsonValueKind.Array || file.Value.GetArrayLength() == 0
                    || file.Value.EnumerateArray().Any(path => path.ValueKind != JsonValueKind.String))
                {
                    throw Refusal(MultipartErrorCodes.InvalidMap, Shape);
                }

                map[file.Name] = [.. file.Value.EnumerateArray().Select(path => path.GetString()!)];
            }
        }
        catch (JsonException exception)
        {
            throw Refusal(MultipartErrorCodes.InvalidMap, $"'map' is not valid JSON: {exception.Message}");
        }

        var maxFiles = uploads.Value.MaxFiles;
        return map.Count > maxFiles
            ? throw Refusal(MultipartErrorCodes.TooManyFiles, $"The map names {map.Count} files; a request may carry at most {maxFiles}.")
            : map;
    }

    private async Task<Dictionary<string, UploadedFile>> ReadFilesAsync(
        MultipartReader reader, Dictionary<string, string[]> map, HttpContext context, CancellationToken cancellationToken)
    {
        var files = new Dictionary<string, UploadedFile>(StringComparer.Ordinal);
        while (await reader.ReadNextSectionAsync(cancellationToken) is { } section)
        {
            var name = PartName(section) ?? throw Refusal(MultipartErrorCodes.Malformed, "Every part needs a Content-Disposition of form-data with a name.");
            if (!map.ContainsKey(name))
            {
                throw Refusal(MultipartErrorCodes.FileNotMapped, $"The request carries the file '{name}', which 'map' does not name.");
            }

            if (files.ContainsKey(name))
            {
                throw Refusal(MultipartErrorCodes.Malformed, $"The request carries the file '{name}' twice.");
            }

            files[name] = await BufferAsync(section, name, context, cancellationToken);
        }

        var missing = map.Keys.FirstOrDefault(key => !files.ContainsKey(key));
        return missing is null
            ? files
            : throw Refusal(MultipartErrorCodes.FileMissing, $"'map' names the file '{missing}', which the request does not carry.");
    }

    private async Task<UploadedFile> BufferAsync(MultipartSection section, string name, HttpContext context, CancellationToken cancellationToken)
    {
        var content = new FileBufferingReadStream(section.Body, MemoryThreshold, bufferLimit: null, Path.GetTempPath);
        context.Response.RegisterForDisposeAsync(content);
        var maxBytes = uploads.Value.MaxFileBytes;
        var chunk = ArrayPool<byte>.Shared.Rent(81920);
        try
        {
            long length = 0;
            int read;
            while ((read = await content.ReadAsync(chunk, cancellationToken)) > 0)
            {
                length += read;
                if (length > maxBytes)
                {
                    throw new GraphQLRequestException(StatusCodes.Status413PayloadTooLarge, MultipartErrorCodes.UploadTooLarge,
                        $"The file '{name}' is more than {maxBytes:#,0} bytes; at most {maxBytes:#,0} are allowed.");
                }
            }

            var disposition = ContentDispositionHeaderValue.Parse(section.ContentDisposition);
            var fileName = HeaderUtilities.RemoveQuotes(disposition.FileNameStar.HasValue ? disposition.FileNameStar : disposition.FileName).Value;
            return new UploadedFile(string.IsNullOrEmpty(fileName) ? name : fileName, section.ContentType, length, content);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
    }

    private static string? PartName(MultipartSection section) =>
        ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition)
        && disposition.DispositionType.Equals("form-data", StringComparison.OrdinalIgnoreCase)
            ? HeaderUtilities.RemoveQuotes(disposition.Name).Value
            : null;

    private static GraphQLRequestException Refusal(string code, string message) => new(StatusCodes.Status400BadRequest, code, message);
}
