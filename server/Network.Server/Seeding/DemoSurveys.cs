using Network.Server.Feedback;
using Network.Server.Pairings;
using static Network.Server.Seeding.DemoMoments;

namespace Network.Server.Seeding;

/// <summary>
/// The end-of-pairing surveys of a running demo programme's COMPLETED pairs, as <c>completePairingSurvey</c> records
/// them: both mentors answer within a few days of completing. The answers follow a realistic spread of promoters,
/// passives and a detractor, dealt out in turn so that even a few pairs show each kind: satisfaction and whether they
/// would do it again go with how likely they are to recommend the programme, and some leave a comment.
/// </summary>
internal sealed class DemoSurveys(DemoRandom random, DateTimeOffset now)
{
    private static readonly Kind[] Kinds = [Kind.Promoter, Kind.Passive, Kind.Promoter, Kind.Detractor, Kind.Promoter, Kind.Passive];

    private static readonly Dictionary<Kind, string[]> Comments = new()
    {
        [Kind.Promoter] =
        [
            "I learnt more in these sessions than on any course this year, and I think my partner did too.",
            "Having someone outside my firm to ask the questions I would not ask at work was the best part.",
            "We have agreed to keep meeting every couple of months.",
        ],
        [Kind.Passive] =
        [
            "Useful, though the first few sessions took a while to find a rhythm.",
            "Good overall; a shorter programme with more structure would suit me better.",
        ],
        [Kind.Detractor] =
        [
            "Too many sessions were moved at short notice, and we never quite covered what I had hoped to.",
        ],
    };

    private enum Kind
    {
        Promoter,
        Passive,
        Detractor,
    }

    public List<PairingSurvey> For(IReadOnlyList<Pairing> completed)
    {
        var surveys = new List<PairingSurvey>();
        foreach (var pairing in completed.OrderBy(p => p.Id))
        {
            foreach (var side in new[] { PairingSide.A, PairingSide.B })
            {
                var kind = Kinds[surveys.Count % Kinds.Length];
                var at = pairing.CompletedAt!.Value;
                surveys.Add(new PairingSurvey
                {
                    PairingId = pairing.Id,
                    AuthorMentorId = pairing.MentorId(side),
                    AuthorEmployerId = pairing.EmployerId(side),
                    Satisfaction = kind switch { Kind.Promoter => random.Between(4, 5), Kind.Passive => random.Between(3, 4), _ => random.Between(2, 3) },
                    LikelihoodToRecommend = kind switch { Kind.Promoter => random.Between(9, 10), Kind.Passive => random.Between(7, 8), _ => random.Between(3, 6) },
                    WouldDoAgain = kind != Kind.Detractor,
                    Comment = random.Chance(60) ? random.Pick(Comments[kind]) : null,
                    CompletedAt = random.Between(at.AddHours(1), Earlier(at.AddDays(4), now.AddMinutes(-5))),
                });
            }
        }

        return surveys;
    }
}
