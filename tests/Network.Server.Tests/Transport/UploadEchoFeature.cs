using GraphQL;
using GraphQL.Types;
using Network.Server.GraphQL.Scalars;
using Network.Server.Hosting;

namespace Network.Server.Tests.Transport;

/// <summary>Root fields that say what files they were given, to test the multipart transport apart from any feature.</summary>
public sealed class UploadEchoFeature : IFeatureModule
{
    public void Register(FeatureBuilder feature) => feature.Query(query =>
    {
        query.Field<NonNullGraphType<StringGraphType>>("fileSummary")
            .Argument<NonNullGraphType<UploadGraphType>>("file")
            .ResolveAsync(async c => await SummaryAsync(c.GetArgument<UploadedFile>("file")));
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("fileSummaries")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<UploadGraphType>>>>("files")
            .ResolveAsync(async c =>
            {
                var summaries = new List<string>();
                foreach (var file in c.GetArgument<List<UploadedFile>>("files"))
                {
                    summaries.Add(await SummaryAsync(file));
                }

                return summaries;
            });
    });

    /// <summary>The file's name, type, length and, for a short file, its text.</summary>
    private static async Task<string> SummaryAsync(UploadedFile file)
    {
        using var reader = new StreamReader(file.OpenReadStream(), leaveOpen: true);
        var text = await reader.ReadToEndAsync();
        return $"{file.Name} {file.ContentType} {file.Length} {(text.Length <= 40 ? text : text[..40])}";
    }
}
