using System.ComponentModel;
using GraphQL;

namespace Network.Server.Sessions;

public sealed record WriteSessionNoteInput(
    [property: Id] string SessionId,
    [property: Description("The caller's private note, replacing any earlier one; up to 4,000 characters.")] string Text);
