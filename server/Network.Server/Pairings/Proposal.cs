using Network.Server.Mentors;

namespace Network.Server.Pairings;

/// <summary>A mentor named in a proposal: the database key and the ID as the caller gave it, for error messages.</summary>
internal readonly record struct ProposedMentor(int Key, string Id);

/// <summary>A pairing asked for: two mentors, and the format they are to meet in (the best both can, when none is given).</summary>
internal readonly record struct Proposal(ProposedMentor Mentor, ProposedMentor Partner, MentoringFormat? Format);
