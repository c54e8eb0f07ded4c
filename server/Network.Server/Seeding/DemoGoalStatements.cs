using Network.Server.Skills;

namespace Network.Server.Seeding;

/// <summary>What a demo mentor wants to learn of a skill, in their words: a few statements for the skills the programmes trade most, and a plain one for the rest.</summary>
internal static class DemoGoalStatements
{
    private static readonly Dictionary<int, string[]> BySkill = new()
    {
        [1] = ["Understand where AI tools could save time in our estimating and reporting.", "Try a generative AI assistant on a real task and judge what it gets wrong."],
        [3] = ["Know enough about robotic cells to ask the right questions of an integrator.", "Map which steps of our assembly line could be automated first."],
        [4] = ["Build a simple dashboard from our own job data without asking IT.", "Read a data analysis critically and spot a misleading chart."],
        [6] = ["Know the handful of cyber risks that matter most to a firm our size.", "Run a phishing-awareness session for my team with confidence."],
        [7] = ["Understand what moving our file servers to the cloud would involve and cost."],
        [11] = ["See how sensors on our older machines could warn us before they fail."],
        [13] = ["Open and navigate a BIM model and raise a clash with the design team."],
        [17] = ["Draft a project budget and explain its contingency to a director.", "Understand how our overheads are recovered in a quote."],
        [18] = ["Handle a difficult client call without escalating it.", "Prepare for and lead a client review meeting."],
        [19] = ["Write a one-page plan that links my team's work to the firm's strategy."],
        [20] = ["Understand how a supplier is qualified and what makes one a risk."],
        [21] = ["Plan a small project end to end, with milestones and a risk log.", "Run a weekly progress meeting that ends with clear actions."],
        [22] = ["Give a colleague constructive feedback in a one-to-one."],
        [23] = ["Qualify a sales lead and know when to walk away."],
        [28] = ["Prepare a negotiation: know my walk-away point and the other side's."],
    };

    /// <summary>The statement that follows <paramref name="statement"/> for the skill, as a goal is reworded; the same where the skill has only one.</summary>
    public static string Next(int skillId, string statement) =>
        BySkill.TryGetValue(skillId, out var statements) ? statements[(Array.IndexOf(statements, statement) + 1) % statements.Length] : statement;

    /// <summary>The statement for the <paramref name="nth"/> goal a mentor sets on a skill.</summary>
    public static string For(int skillId, int nth)
    {
        if (BySkill.TryGetValue(skillId, out var statements))
        {
            return statements[nth % statements.Length];
        }

        var name = SkillCatalogue.All.Single(s => s.Id == skillId).Name;
        return $"Be confident enough in {char.ToLowerInvariant(name[0])}{name[1..]} to use it in my own work.";
    }
}
