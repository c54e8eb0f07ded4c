namespace Network.Server.Training;

/// <summary>
/// The training every programme can draw on, shipped as migration data so that every database has it;
/// IDs are fixed and never reused.
/// </summary>
public static class TrainingCatalogue
{
    public static IReadOnlyList<TrainingModule> All { get; } =
    [
        New(1, "reverse-mentoring", "Reverse mentoring and two-way learning", 45,
            "What reverse and two-way mentoring are, why the junior partner leads in their own skills, and how both partners set goals for what each will learn."),
        New(2, "active-listening", "Active listening", 30,
            "Listening to understand rather than to reply: open questions, summarising back, and noticing what is not said."),
        New(3, "constructive-feedback", "Giving and receiving constructive feedback", 40,
            "Feedback that is specific, timely and about behaviour, in both directions, and taking it without defending."),
        New(4, "open-communication", "Open communication", 30,
            "Agreeing how the pair will talk: expectations, confidentiality, saying when something is not working."),
        New(5, "age-inclusion", "Age inclusion and unconscious bias", 45,
            "How assumptions about age and seniority shape who is heard, and habits that keep a cross-generational pair equal."),
        New(6, "data-protection", "Data protection basics", 25,
            "What personal and company data may be shared in sessions, how to keep notes, and what to do if data is shared by mistake."),
    ];

    private static TrainingModule New(int id, string slug, string title, int minutes, string summary) => new()
    {
        Id = id,
        Slug = slug,
        Title = title,
        Summary = summary,
        EstimatedMinutes = minutes,
        Url = $"https://learning.wmskills.network/modules/{slug}",
    };
}
