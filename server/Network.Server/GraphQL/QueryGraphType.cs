using GraphQL.Types;
using Network.Server.Employers;
using Network.Server.Geo;
using Network.Server.GraphQL.Relay;
using Network.Server.Identity;
using Network.Server.Matching;
using Network.Server.Mentors;
using Network.Server.Pairings;
using Network.Server.Skills;
using Network.Server.SkillsGaps;

namespace Network.Server.GraphQL;

/// <summary>The flat root query: each feature contributes its fields.</summary>
public sealed class QueryGraphType : ObjectGraphType
{
    public QueryGraphType()
    {
        Name = "Query";
        this.AddNodeFields();
        this.AddIdentityQueries();
        this.AddSkillQueries();
        this.AddGeocodeQueries();
        this.AddEmployerQueries();
        this.AddSkillsGapQueries();
        this.AddMentorQueries();
        this.AddMatchingQueries();
        this.AddPairingQueries();
    }
}
