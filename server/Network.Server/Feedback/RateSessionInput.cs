using System.ComponentModel;
using GraphQL;

namespace Network.Server.Feedback;

public sealed record RateSessionInput(
    [property: Id, Description("A HELD session of the caller's.")] string SessionId,
    [property: Description("How useful the session was, 1 to 5.")] int Rating,
    [property: Description("What helped, in the caller's words: up to 1,000 characters, read only by them (and administrators).")] string? WhatHelped = null);
