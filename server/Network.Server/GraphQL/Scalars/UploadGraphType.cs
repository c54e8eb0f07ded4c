using GraphQL.Types;
using GraphQLParser.AST;

namespace Network.Server.GraphQL.Scalars;

/// <summary>
/// HotChocolate's <c>Upload</c>: a file of a multipart request (https://github.com/jaydenseric/graphql-multipart-request-spec),
/// carried as <see cref="UploadedFile"/>. Its values come only from variables, which the transport fills with
/// the request's files; a document cannot write one, and no field returns one.
/// </summary>
public sealed class UploadGraphType : ScalarGraphType
{
    public UploadGraphType()
    {
        Name = "Upload";
        Description = "The `Upload` scalar type represents a file upload.";
    }

    public override object? ParseValue(object? value) => value switch
    {
        null => null,
        UploadedFile file => file,
        _ => throw new FormatException("An Upload variable takes a file of a multipart request (GraphQL multipart request specification): send null for it in 'operations' and name it in 'map'."),
    };

    public override object? ParseLiteral(GraphQLValue value) => value switch
    {
        GraphQLNullValue => null,
        _ => throw new FormatException("An Upload cannot be written in the document; pass the file as a variable of a multipart request."),
    };

    public override bool CanParseLiteral(GraphQLValue value) => value is GraphQLNullValue;

    public override bool CanParseValue(object? value) => value is null or UploadedFile;

    public override object? Serialize(object? value) => throw new NotSupportedException("Upload is an input type only.");
}
