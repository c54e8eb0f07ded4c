using Network.Server.Feedback;
using Network.Server.Pairings;
using Network.Server.Programmes;
using Network.Server.Sessions;
using static Network.Server.Seeding.DemoMoments;

namespace Network.Server.Seeding;

/// <summary>
/// What a running demo programme's mentors said as they went, as <c>rateSession</c> and <c>rateConfidence</c> record it:
/// each side rates about seven in ten of its HELD sessions within a few days, mostly 4 or 5, sometimes saying what
/// helped; and each mentor checks in on their confidence in every skill their partner teaches them at the START,
/// shortly after their pairing became active, mostly at the programme's MIDPOINT (higher on average), and at the END
/// of a COMPLETED pairing (higher still, or unchanged).
/// </summary>
internal sealed class DemoFeedback(DemoRandom random, DateTimeOffset now)
{
    private static readonly Weighted<int> Ratings = new((5, 45), (4, 35), (3, 12), (2, 6), (1, 2));

    private static readonly Weighted<int> Starting = new((1, 30), (2, 40), (3, 25), (4, 5));

    private static readonly Weighted<int> Gain = new((0, 25), (1, 55), (2, 20));

    private static readonly string[] WhatHelped =
    [
        "Working through a real example from my own job.",
        "My partner explained it without jargon.",
        "We agreed a small task to try before next time.",
        "Sharing screens and doing it together rather than talking about it.",
        "Honest questions about how my team works.",
        "A checklist I can reuse.",
        "Talking through a mistake I had made and what I would do differently.",
        "Being able to ask the basic questions without feeling judged.",
    ];

    public List<SessionRating> SessionRatings(IReadOnlyList<Pairing> pairings, IEnumerable<PairingSession> sessions)
    {
        var byId = pairings.ToDictionary(p => p.Id);
        var ratings = new List<SessionRating>();
        foreach (var session in sessions.Where(s => s.Status == SessionStatus.Held).OrderBy(s => s.Id))
        {
            var pairing = byId[session.PairingId];
            foreach (var side in new[] { PairingSide.A, PairingSide.B }.Where(_ => random.Chance(70)))
            {
                ratings.Add(new SessionRating
                {
                    SessionId = session.Id,
                    AuthorMentorId = pairing.MentorId(side),
                    AuthorEmployerId = pairing.EmployerId(side),
                    PairingId = pairing.Id,
                    Rating = Ratings.PickWith(random),
                    WhatHelped = random.Chance(30) ? random.Pick(WhatHelped) : null,
                    RatedAt = random.Between(session.EndsAt.AddMinutes(10), Earlier(session.EndsAt.AddDays(3), now.AddMinutes(-5))),
                });
            }
        }

        return ratings;
    }

    public List<ConfidenceRating> Confidence(Programme programme, IReadOnlyList<Pairing> pairings)
    {
        var start = programme.StartsOn.ToDateTime(new TimeOnly(9, 0));
        var midpoint = new DateTimeOffset(start.AddDays((programme.EndsOn.DayNumber - programme.StartsOn.DayNumber) / 2), TimeSpan.Zero);
        var ratings = new List<ConfidenceRating>();
        foreach (var pairing in pairings.Where(p => p.ActivatedAt is not null).OrderBy(p => p.Id))
        {
            var activated = pairing.ActivatedAt!.Value;
            var atMidpoint = activated < midpoint.AddDays(-14) && midpoint < (pairing.CompletedAt ?? now);
            foreach (var side in new[] { PairingSide.A, PairingSide.B })
            {
                var mentor = pairing.MentorId(side);
                var startedAt = random.Between(activated.AddHours(2), Earlier(activated.AddDays(5), now.AddMinutes(-5)));
                var middleAt = atMidpoint && random.Chance(85) ? random.Between(midpoint, midpoint.AddDays(10)) : (DateTimeOffset?)null;
                var endedAt = pairing.CompletedAt is { } completed ? random.Between(completed.AddMinutes(30), Earlier(completed.AddDays(3), now.AddMinutes(-5))) : (DateTimeOffset?)null;
                foreach (var skill in pairing.Skills.Where(s => s.Teacher != side).Select(s => s.SkillId).Distinct().Order())
                {
                    var confidence = Starting.PickWith(random);
                    ratings.Add(Rating(pairing, mentor, ConfidenceStage.Start, skill, confidence, startedAt));
                    confidence = Math.Min(FeedbackRules.MaxConfidence, confidence + Gain.PickWith(random));
                    if (middleAt is { } middle)
                    {
                        ratings.Add(Rating(pairing, mentor, ConfidenceStage.Midpoint, skill, confidence, middle));
                    }

                    if (endedAt is { } ended)
                    {
                        ratings.Add(Rating(pairing, mentor, ConfidenceStage.End, skill, Math.Min(FeedbackRules.MaxConfidence, confidence + Gain.PickWith(random)), ended));
                    }
                }
            }
        }

        return ratings;
    }

    private static ConfidenceRating Rating(Pairing pairing, int mentorId, ConfidenceStage stage, int skillId, int confidence, DateTimeOffset at) => new()
    {
        PairingId = pairing.Id,
        MentorId = mentorId,
        Stage = stage,
        SkillId = skillId,
        Confidence = confidence,
        RatedAt = at,
    };
}
