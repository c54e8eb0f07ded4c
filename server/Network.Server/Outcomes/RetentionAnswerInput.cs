using System.ComponentModel;
using GraphQL;

namespace Network.Server.Outcomes;

/// <summary>Whether one mentor still works for the employer.</summary>
public sealed record RetentionAnswerInput(
    [property: Id, Description("A mentor the employer enrolled in the programme, including one who has since withdrawn or left the network.")] string MentorId,
    [property: Description("Whether the mentor still works for the employer.")] bool StillEmployed);
