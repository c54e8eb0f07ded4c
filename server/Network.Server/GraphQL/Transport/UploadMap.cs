using System.Globalization;
using GraphQL;
using Network.Server.GraphQL.Scalars;

namespace Network.Server.GraphQL.Transport;

/// <summary>Puts each file of a multipart request where its <c>map</c> paths say, in place of the nulls the client sent.</summary>
internal static class UploadMap
{
    public static Inputs Apply(Inputs? variables, MultipartRequest multipart)
    {
        var root = variables is null ? new Dictionary<string, object?>() : new Dictionary<string, object?>(variables);
        foreach (var (name, paths) in multipart.Map)
        {
            foreach (var path in paths)
            {
                Place(root, path, multipart.Files[name], name);
            }
        }

        return new Inputs(root);
    }

    /// <summary>
    /// Follows <paramref name="path"/> (<c>variables.input.file</c>, <c>variables.files.0</c>) through objects
    /// and lists to a value that is there and null. Requests are never batched here, so paths start with <c>variables</c>.
    /// </summary>
    private static void Place(Dictionary<string, object?> variables, string path, UploadedFile file, string name)
    {
        var segments = path.Split('.');
        if (segments is not ["variables", _, ..])
        {
            throw Unplaceable(name, path);
        }

        object? container = variables;
        for (var i = 1; i < segments.Length; i++)
        {
            var key = segments[i];
            var last = i == segments.Length - 1;
            switch (container)
            {
                case IDictionary<string, object?> fields when fields.TryGetValue(key, out var value):
                    if (last)
                    {
                        fields[key] = value is null ? file : throw Unplaceable(name, path);
                    }

                    container = value;
                    break;
                case IList<object?> items when int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < items.Count:
                    if (last)
                    {
                        items[index] = items[index] is null ? file : throw Unplaceable(name, path);
                    }

                    container = items[index];
                    break;
                default:
                    throw Unplaceable(name, path);
            }
        }
    }

    private static GraphQLRequestException Unplaceable(string name, string path) =>
        new(StatusCodes.Status400BadRequest, MultipartErrorCodes.InvalidMap,
            $"'map' sends the file '{name}' to '{path}', which is not a null value in the variables of 'operations'.");
}
