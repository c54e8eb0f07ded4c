using Network.Server.GraphQL.Mutations;

namespace Network.Server.Geo;

/// <summary>Declares the errors of a postcode checked with <see cref="PostcodeValidation.Postcode"/>: malformed, unknown, or outside the region.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PostcodeErrorsAttribute : Attribute, IMutationErrors
{
    public IEnumerable<Type> ErrorTypes => [typeof(InvalidPostcodeError), typeof(PostcodeNotFoundError), typeof(PostcodeOutsideRegionError)];
}
