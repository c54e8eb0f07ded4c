using Network.Server.Evaluation;

namespace Network.Server.Webinars;

/// <summary>
/// Counts a webinar's registrants into its follow-up and withholds small numbers (<see cref="EvaluationDisclosure"/>): every count
/// of 1 to 4 people, and, among the sector and the local-authority rows, which add up to the totals shown, enough further rows that
/// no withheld row can be worked out from a total. Topic rows overlap (one registrant may want several topics), so they add up to
/// nothing and only their own small counts are withheld.
/// </summary>
public static class WebinarFollowUpFigures
{
    public static WebinarFollowUp Count(IReadOnlyList<int> topicSkillIds, IReadOnlyList<WebinarFollowUpRegistrant> registrants)
    {
        var registered = Figure(registrants.Count(r => r.Registered));
        var attended = Figure(registrants.Count(r => r.Attended));
        var attendees = registrants.Where(r => r.Attended).ToList();
        return new WebinarFollowUp(
            registered,
            attended,
            Partition(registrants.GroupBy(r => r.Sector).OrderBy(g => g.Key).Select(g => (Row(g.Key, null, null), (IReadOnlyList<WebinarFollowUpRegistrant>)[.. g])), registered, attended),
            Partition(registrants.GroupBy(r => r.LocalAuthority).OrderBy(g => g.Key.Name, StringComparer.Ordinal).Select(g => (Row(null, g.Key, null), (IReadOnlyList<WebinarFollowUpRegistrant>)[.. g])), registered, attended),
            [.. topicSkillIds.Select(id => Protected(Row(null, null, id), [.. registrants.Where(r => r.WantedTopics.Contains(id))]))],
            Figure(attendees.Count(r => r.EnrolledAfter)),
            Figure(attendees.Count(r => r.PairedAfter)));
    }

    private static EvaluationFigure Figure(int people) => EvaluationDisclosure.Figure(EvaluationFigure.Count(people, people));

    private static WebinarFollowUpGroup Row(Skills.Sector? sector, Geo.LocalAuthority? localAuthority, int? topic) =>
        new(sector, localAuthority, topic, Figure(0), Figure(0));

    private static WebinarFollowUpGroup Protected(WebinarFollowUpGroup row, IReadOnlyList<WebinarFollowUpRegistrant> members) =>
        row with { Registered = Figure(members.Count(r => r.Registered)), Attended = Figure(members.Count(r => r.Attended)) };

    /// <summary>Rows that partition the registrants, each column withheld on its own against its total.</summary>
    private static List<WebinarFollowUpGroup> Partition(
        IEnumerable<(WebinarFollowUpGroup Row, IReadOnlyList<WebinarFollowUpRegistrant> Members)> groups, EvaluationFigure registered, EvaluationFigure attended)
    {
        var list = groups.ToList();
        var seats = list.Select(g => g.Members.Count(r => r.Registered)).ToList();
        var came = list.Select(g => g.Members.Count(r => r.Attended)).ToList();
        var seatsWithheld = EvaluationDisclosure.Withheld(seats, !registered.Suppressed);
        var cameWithheld = EvaluationDisclosure.Withheld(came, !attended.Suppressed);
        return [.. list.Select((g, i) => g.Row with { Registered = Cell(seats[i], seatsWithheld[i]), Attended = Cell(came[i], cameWithheld[i]) })];
    }

    private static EvaluationFigure Cell(int people, bool withheld) =>
        !withheld ? EvaluationFigure.Count(people, people)
        : people < EvaluationDisclosure.MinimumPeople ? EvaluationFigure.Count(people, people).Suppress(EvaluationDisclosure.SmallNumber)
        : EvaluationFigure.Count(people, people).Suppress(EvaluationDisclosure.Complementary);
}
