using System.ComponentModel;
using GraphQL;

namespace Network.Server.Matching;

/// <summary>A pool given by mentor IDs or by a filter over active mentors, and whether to pair as many people as possible first.</summary>
public sealed record PlanPairingsInput
{
    [Description("The pool's mentors. Give these or `where`, not both.")]
    [Id]
    public List<string>? MentorIds { get; init; }

    /// <summary>The pool as a filter over active mentors; the field is declared by hand, as MentorFilterInput.</summary>
    [Ignore]
    public Dictionary<string, object?>? Where { get; init; }

    [Description("First pair as many people as possible, then maximise the total score among those plans; false when left out.")]
    public bool? MaximizeCardinality { get; init; }
}
