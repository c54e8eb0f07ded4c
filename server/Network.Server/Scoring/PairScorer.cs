using System.Collections.Frozen;
using System.Globalization;
using Network.Server.Geo;
using Network.Server.Mentors;
using Network.Server.Skills;

namespace Network.Server.Scoring;

/// <summary>
/// Scores a pair of mentors, explaining every part. Eligible pairs work for different employers, can
/// meet (a common format, within both travel limits when they meet in person, a shared time), and at
/// least one can teach the other a wanted skill at a higher level than the learner's.
/// </summary>
public sealed class PairScorer(MatchingWeights weights)
{
    private ScoringFocus? _focus;
    private static readonly FrozenDictionary<int, string> SkillNames = SkillCatalogue.All.ToFrozenDictionary(s => s.Id, s => s.Name);

    public MatchingWeights Weights => weights;

    /// <summary>The focus this scorer favours, or null: a scorer for pairing within a programme favours what its objectives target.</summary>
    public ScoringFocus? Focus => _focus;

    /// <summary>A scorer with the same weights that also scores <paramref name="focus"/>'s target skills and gaps higher.</summary>
    public PairScorer Focused(ScoringFocus focus) => new(weights) { _focus = focus };

    public PairScore Score(MatchProfile mentor, MatchProfile partner)
    {
        var distance = GreatCircle.Kilometres(mentor.Latitude, mentor.Longitude, partner.Latitude, partner.Longitude);
        if (mentor.EmployerId == partner.EmployerId)
        {
            return PairScore.Ineligible(mentor.MentorId, partner.MentorId, distance, "They work for the same employer; pairings are across companies.");
        }

        var teaches = Flows(mentor, partner);
        var learns = Flows(partner, mentor);
        if (teaches.Count == 0 && learns.Count == 0)
        {
            return PairScore.Ineligible(mentor.MentorId, partner.MentorId, distance, "Neither can teach the other a skill they want, at a level above theirs.");
        }

        var travelLimit = Math.Min(mentor.MaxTravelKm, partner.MaxTravelKm);
        var format = Format(mentor.Format, partner.Format, distance <= travelLimit);
        if (format is null)
        {
            return PairScore.Ineligible(mentor.MentorId, partner.MentorId, distance,
                mentor.Format == MentoringFormat.Online || partner.Format == MentoringFormat.Online
                    ? "One meets only online and the other only in person."
                    : string.Create(CultureInfo.InvariantCulture, $"They are {distance:0.#} km apart, beyond a travel limit of {travelLimit} km."));
        }

        var shared = mentor.Availability.Count(partner.Availability.Contains);
        if (shared == 0)
        {
            return PairScore.Ineligible(mentor.MentorId, partner.MentorId, distance, "They have no availability in common.");
        }

        var reasons = new List<string>();
        var score = 0.0;
        score += Direction(teaches, mentor, partner, "Teaches", reasons);
        score += Direction(learns, partner, mentor, "Learns", reasons);
        if (teaches.Count > 0 && learns.Count > 0)
        {
            score += weights.TwoWayExchange;
            reasons.Insert(0, "A two-way exchange: each teaches the other something they want.");
        }

        if (mentor.Sector == partner.Sector)
        {
            score += weights.SameSector;
            reasons.Add("Both employers are in the same sector.");
        }

        score += shared * weights.SharedAvailability;
        reasons.Add(shared == 1 ? "One availability slot in common." : $"{shared} availability slots in common.");
        if (format == MentoringFormat.Online)
        {
            reasons.Add("They would meet online, so distance does not matter.");
        }
        else
        {
            score -= distance * weights.PerKilometreApart;
            reasons.Add(string.Create(CultureInfo.InvariantCulture, $"{distance:0.#} km apart, within both travel limits ({mentor.MaxTravelKm} and {partner.MaxTravelKm} km)."));
        }

        return new PairScore(mentor.MentorId, partner.MentorId, true, Math.Max(score, 0.01), format, distance, teaches, learns, reasons);
    }

    /// <summary>
    /// <see cref="Score"/>'s number alone (0 for an ineligible pair), without building the explanation:
    /// cohort planning scores every pair of a pool of thousands.
    /// </summary>
    public double ScoreOnly(MatchProfile mentor, MatchProfile partner)
    {
        if (mentor.EmployerId == partner.EmployerId)
        {
            return 0;
        }

        var (teaches, teachesGaps, teachesFocus) = CountFlows(mentor, partner);
        var (learns, learnsGaps, learnsFocus) = CountFlows(partner, mentor);
        if (teaches == 0 && learns == 0)
        {
            return 0;
        }

        var distance = GreatCircle.Kilometres(mentor.Latitude, mentor.Longitude, partner.Latitude, partner.Longitude);
        var format = Format(mentor.Format, partner.Format, distance <= Math.Min(mentor.MaxTravelKm, partner.MaxTravelKm));
        var shared = 0;
        foreach (var slot in mentor.Availability)
        {
            shared += partner.Availability.Contains(slot) ? 1 : 0;
        }

        if (format is null || shared == 0)
        {
            return 0;
        }

        var score = ((teaches + learns) * weights.SkillTaught) + ((teachesGaps + learnsGaps) * weights.GapAddressed) + (shared * weights.SharedAvailability) + teachesFocus + learnsFocus;
        score += teaches > 0 && mentor.CareerStage < partner.CareerStage ? weights.ReverseMentoring : 0;
        score += learns > 0 && partner.CareerStage < mentor.CareerStage ? weights.ReverseMentoring : 0;
        score += teaches > 0 && learns > 0 ? weights.TwoWayExchange : 0;
        score += mentor.Sector == partner.Sector ? weights.SameSector : 0;
        score -= format == MentoringFormat.Online ? 0 : distance * weights.PerKilometreApart;
        return Math.Max(score, 0.01);
    }

    /// <summary>The format both can meet in: online if either is online-only; in person when near enough, else online for two hybrid mentors.</summary>
    public static MentoringFormat? Format(MentoringFormat a, MentoringFormat b, bool withinTravel) => (a, b) switch
    {
        (MentoringFormat.Online, MentoringFormat.InPerson) or (MentoringFormat.InPerson, MentoringFormat.Online) => null,
        (MentoringFormat.Online, _) or (_, MentoringFormat.Online) => MentoringFormat.Online,
        (MentoringFormat.Hybrid, MentoringFormat.Hybrid) => withinTravel ? MentoringFormat.Hybrid : MentoringFormat.Online,
        _ => withinTravel ? MentoringFormat.InPerson : null,
    };

    private (int Skills, int Gaps, double Focus) CountFlows(MatchProfile teacher, MatchProfile learner)
    {
        var (skills, gaps, focus) = (0, 0, 0.0);
        foreach (var (skill, level) in teacher.Offers)
        {
            if (learner.Wants.TryGetValue(skill, out var current) && level > current)
            {
                skills++;
                gaps += learner.EmployerGapSkills.Contains(skill) ? 1 : 0;
                focus += FocusBonus(learner, skill);
            }
        }

        return (skills, gaps, focus);
    }

    /// <summary>What the focus adds for teaching <paramref name="skill"/> to <paramref name="learner"/>: nothing without a focus.</summary>
    private double FocusBonus(MatchProfile learner, int skill) => _focus is null
        ? 0
        : (_focus.IsTargetSkill(skill) ? weights.ObjectiveSkill : 0) + (_focus.IsTargetGap(learner.EmployerId, skill) ? weights.ObjectiveGap : 0);

    private static List<SkillFlow> Flows(MatchProfile teacher, MatchProfile learner)
    {
        var flows = new List<SkillFlow>();
        foreach (var (skill, level) in teacher.Offers)
        {
            if (learner.Wants.TryGetValue(skill, out var current) && level > current)
            {
                flows.Add(new SkillFlow(skill, learner.EmployerGapSkills.Contains(skill)));
            }
        }

        flows.Sort((x, y) => x.SkillId.CompareTo(y.SkillId));
        return flows;
    }

    private double Direction(List<SkillFlow> flows, MatchProfile teacher, MatchProfile learner, string verb, List<string> reasons)
    {
        if (flows.Count == 0)
        {
            return 0;
        }

        var score = 0.0;
        foreach (var flow in flows)
        {
            score += weights.SkillTaught + (flow.AddressesGap ? weights.GapAddressed : 0) + FocusBonus(learner, flow.SkillId);
            reasons.Add($"{verb} {SkillNames[flow.SkillId]}{Why(flow, learner)}.");
        }

        if (teacher.CareerStage < learner.CareerStage)
        {
            score += weights.ReverseMentoring;
            reasons.Add($"Reverse mentoring: the {Stage(teacher.CareerStage)} partner teaches the {Stage(learner.CareerStage)} one.");
        }

        return score;
    }

    /// <summary>What makes a taught skill count for more, most particular first; nothing when it is just wanted.</summary>
    private string Why(SkillFlow flow, MatchProfile learner) => flow switch
    {
        _ when _focus?.IsTargetGap(learner.EmployerId, flow.SkillId) == true => ", which addresses a skills gap the programme's objectives name",
        { AddressesGap: true } => ", which addresses an open skills gap at the learner's employer",
        _ when _focus?.IsTargetSkill(flow.SkillId) == true => ", a skill the programme's objectives target",
        _ => string.Empty,
    };

    private static string Stage(CareerStage stage) => stage switch
    {
        CareerStage.Early => "early-career",
        CareerStage.Mid => "mid-career",
        _ => "senior",
    };
}
