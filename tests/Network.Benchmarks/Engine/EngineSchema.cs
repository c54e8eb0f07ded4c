using GraphQL;
using GraphQL.Types;
using Network.Server.Skills;
using Network.Server.SkillsGaps;

namespace Network.Benchmarks.Engine;

/// <summary>
/// The least schema that answers the measured document: the types and arguments it names, with
/// resolvers that read objects already in memory. No database, no data loader, no middleware, no
/// budgets: what is left is GraphQL.NET's own cost for this document's shape.
/// </summary>
internal sealed class EngineSchema : Schema
{
    public EngineSchema(IReadOnlyList<EngineGap> gaps)
    {
        Query = new EngineQueryType(gaps);
    }
}

internal sealed record EngineGap(string Id, SkillsGapSeverity Severity, int HardToFillVacancies, double DistanceKm, DateTimeOffset PublishedAt, EngineNamed Skill, EngineNamed Employer);

internal sealed record EngineNamed(string Name);

internal sealed class EngineQueryType : ObjectGraphType
{
    public EngineQueryType(IReadOnlyList<EngineGap> gaps)
    {
        Name = "Query";
        Field<NonNullGraphType<GapConnectionType>>("skillsGaps")
            .Argument<NearInputType>("near")
            .Argument<GapFilterInputType>("where")
            .Argument<ListGraphType<NonNullGraphType<GapSortInputType>>>("order")
            .Argument<IntGraphType>("first")
            .Resolve(context =>
            {
                // Read the arguments as a resolver must, so that their coercion is counted.
                var first = context.GetArgument<int>("first");
                _ = context.GetArgument<Dictionary<string, object?>>("near");
                _ = context.GetArgument<Dictionary<string, object?>>("where");
                _ = context.GetArgument<List<object?>>("order");
                return gaps.Take(first).ToList();
            });
    }
}

internal sealed class GapConnectionType : ObjectGraphType<List<EngineGap>>
{
    public GapConnectionType()
    {
        Name = "SkillsGapsConnection";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<GapType>>>>("nodes").Resolve(context => context.Source);
    }
}

internal sealed class GapType : ObjectGraphType<EngineGap>
{
    public GapType()
    {
        Name = "SkillsGap";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(context => context.Source.Id);
        Field<NonNullGraphType<SeverityType>>("severity").Resolve(context => context.Source.Severity);
        Field<NonNullGraphType<IntGraphType>>("hardToFillVacancies").Resolve(context => context.Source.HardToFillVacancies);
        Field<FloatGraphType>("distanceKm").Resolve(context => context.Source.DistanceKm);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("publishedAt").Resolve(context => context.Source.PublishedAt);
        Field<NonNullGraphType<SkillType>>("skill").Resolve(context => context.Source.Skill);
        Field<NonNullGraphType<EmployerType>>("employer").Resolve(context => context.Source.Employer);
    }
}

internal sealed class SkillType : ObjectGraphType<EngineNamed>
{
    public SkillType()
    {
        Name = "Skill";
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(context => context.Source.Name);
    }
}

internal sealed class EmployerType : ObjectGraphType<EngineNamed>
{
    public EmployerType()
    {
        Name = "Employer";
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(context => context.Source.Name);
    }
}

internal sealed class SeverityType : EnumerationGraphType<SkillsGapSeverity>
{
    public SeverityType() => Name = "SkillsGapSeverity";
}

internal sealed class StatusType : EnumerationGraphType<SkillsGapStatus>
{
    public StatusType() => Name = "SkillsGapStatus";
}

internal sealed class SortDirectionType : EnumerationGraphType
{
    public SortDirectionType()
    {
        Name = "SortEnumType";
        Add("ASC", "ASC");
        Add("DESC", "DESC");
    }
}

internal sealed class OriginInputType : InputObjectGraphType
{
    public OriginInputType()
    {
        Name = "GeoOriginInput";
        Field<StringGraphType>("postcode");
    }
}

internal sealed class NearInputType : InputObjectGraphType
{
    public NearInputType()
    {
        Name = "NearInput";
        Field<NonNullGraphType<OriginInputType>>("origin");
        Field<NonNullGraphType<FloatGraphType>>("radiusKm");
    }
}

internal sealed class StatusFilterInputType : InputObjectGraphType
{
    public StatusFilterInputType()
    {
        Name = "SkillsGapStatusOperationFilterInput";
        Field<StatusType>("eq");
    }
}

internal sealed class SectorType : EnumerationGraphType<Sector>
{
    public SectorType() => Name = "Sector";
}

internal sealed class SectorFilterInputType : InputObjectGraphType
{
    public SectorFilterInputType()
    {
        Name = "SectorOperationFilterInput";
        Field<SectorType>("eq");
    }
}

internal sealed class GapFilterInputType : InputObjectGraphType
{
    public GapFilterInputType()
    {
        Name = "SkillsGapFilterInput";
        Field<StatusFilterInputType>("status");
        Field<SectorFilterInputType>("sector");
    }
}

internal sealed class GapSortInputType : InputObjectGraphType
{
    public GapSortInputType()
    {
        Name = "SkillsGapSortInput";
        Field<SortDirectionType>("distanceKm");
        Field<SortDirectionType>("severity");
        Field<SortDirectionType>("hardToFillVacancies");
    }
}
