namespace Network.Server.Evaluation;

/// <summary>
/// What of an evaluation may be shown outside the programme's coordinators: no figure about fewer than
/// <see cref="MinimumPeople"/> people (primary suppression), and, where rows add up to a total that is shown (confidence by
/// skill and by direction), enough further rows withheld that no withheld row can be worked out by subtracting the others from
/// the total (secondary suppression: at least two rows, about at least <see cref="MinimumPeople"/> people together).
/// Figures about things rather than people (skills gaps) are shown as they are.
/// </summary>
public static class EvaluationDisclosure
{
    public const int MinimumPeople = 5;

    public static readonly string SmallNumber = $"About fewer than {MinimumPeople} people.";

    public static readonly string Complementary = "Withheld so that a smaller withheld figure cannot be worked out from the total.";

    public static ProgrammeEvaluation Protect(ProgrammeEvaluation evaluation)
    {
        var confidence = evaluation.Confidence;
        var overall = Group(confidence.Overall);
        return evaluation with
        {
            Suppressed = true,
            Participation = new(
                Figure(evaluation.Participation.Enrolled),
                Figure(evaluation.Participation.Withdrawn),
                Figure(evaluation.Participation.PairsFormed),
                Figure(evaluation.Participation.TwoWayPercent)),
            Sessions = evaluation.Sessions with
            {
                Planned = Figure(evaluation.Sessions.Planned),
                Held = Figure(evaluation.Sessions.Held),
                Missed = Figure(evaluation.Sessions.Missed),
                Cancelled = Figure(evaluation.Sessions.Cancelled),
                AttendancePercent = Figure(evaluation.Sessions.AttendancePercent),
                MeanRating = Figure(evaluation.Sessions.MeanRating),
            },
            Confidence = new(overall, Rows(confidence.BySkill, overall), Rows(confidence.ByDirection, overall)),
            Surveys = new(
                Figure(evaluation.Surveys.Responses),
                Figure(evaluation.Surveys.MeanSatisfaction),
                Figure(evaluation.Surveys.NetPromoterScore),
                Figure(evaluation.Surveys.WouldDoAgainPercent)),
            Retention = [.. evaluation.Retention.Select(r => r with { Confirmed = Figure(r.Confirmed), StillEmployed = Figure(r.StillEmployed), RetainedPercent = Figure(r.RetainedPercent) })],
        };
    }

    /// <summary>The figure, or withheld when it is about fewer than <see cref="MinimumPeople"/> people.</summary>
    public static EvaluationFigure Figure(EvaluationFigure figure) =>
        figure.People is > 0 and < MinimumPeople ? figure.Suppress(SmallNumber) : figure;

    private static ConfidenceGroup Group(ConfidenceGroup group) =>
        IsSmall(group) ? Withhold(group, SmallNumber) : group;

    private static bool IsSmall(ConfidenceGroup group) => group.Learners.People is > 0 and < MinimumPeople;

    private static ConfidenceGroup Withhold(ConfidenceGroup group, string reason) =>
        group with { Learners = group.Learners.Suppress(reason), MeanChange = group.MeanChange.Suppress(reason), MoreConfidentPercent = group.MoreConfidentPercent.Suppress(reason) };

    /// <summary>The rows under a total: the small ones withheld, then, while the total is shown, the smallest others until the withheld ones are safe together.</summary>
    private static List<ConfidenceGroup> Rows(IReadOnlyList<ConfidenceGroup> rows, ConfidenceGroup total)
    {
        var withheld = Withheld([.. rows.Select(r => r.Learners.People ?? 0)], !total.Learners.Suppressed);
        return [.. rows.Select((row, i) => !withheld[i] ? row : IsSmall(row) ? Withhold(row, SmallNumber) : Withhold(row, Complementary))];
    }

    /// <summary>
    /// Which of the rows under a total to withhold, given how many people each is about: those about fewer than
    /// <see cref="MinimumPeople"/> people, then, while <paramref name="totalShown"/>, the smallest others until the withheld
    /// ones are at least two and about at least <see cref="MinimumPeople"/> people together.
    /// </summary>
    public static bool[] Withheld(IReadOnlyList<int> people, bool totalShown)
    {
        var withheld = people.Select(p => p is > 0 and < MinimumPeople).ToArray();
        if (totalShown && withheld.Any(w => w))
        {
            bool Safe() => withheld.Count(w => w) >= 2 && Enumerable.Range(0, people.Count).Where(i => withheld[i]).Sum(i => people[i]) >= MinimumPeople;
            foreach (var i in Enumerable.Range(0, people.Count).Where(i => !withheld[i] && people[i] > 0).OrderBy(i => people[i]).ThenBy(i => i))
            {
                if (Safe())
                {
                    break;
                }

                withheld[i] = true;
            }
        }

        return withheld;
    }
}
