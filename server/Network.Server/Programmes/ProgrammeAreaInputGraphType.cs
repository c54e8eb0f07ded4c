using GraphQL.Types;

namespace Network.Server.Programmes;

/// <summary>A programme's area: <c>@oneOf</c>, so GraphQL validation refuses none or both.</summary>
public sealed class ProgrammeAreaInputGraphType : InputObjectGraphType<ProgrammeAreaInput>
{
    public ProgrammeAreaInputGraphType()
    {
        Name = "ProgrammeAreaInput";
        Description = "Where a programme recruits: local authorities, or a circle around a place; exactly one of the two.";
        IsOneOf = true;
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("localAuthorityCodes")
            .Description("ONS codes of West Midlands local authorities, such as E08000026 for Coventry.");
        Field("near", new GraphQLTypeReference("NearInput")).Description("A circle: a postcode or point and a radius in kilometres.");
    }
}
