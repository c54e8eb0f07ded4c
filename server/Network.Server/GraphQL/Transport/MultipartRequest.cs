using Network.Server.GraphQL.Scalars;

namespace Network.Server.GraphQL.Transport;

/// <summary>
/// The parts of a GraphQL multipart request: the <c>operations</c> JSON, the <c>map</c> from each file's part
/// name to the variable paths it fills (such as <c>variables.input.file</c>), and the files by part name.
/// </summary>
public sealed record MultipartRequest(byte[] Operations, IReadOnlyDictionary<string, string[]> Map, IReadOnlyDictionary<string, UploadedFile> Files);
