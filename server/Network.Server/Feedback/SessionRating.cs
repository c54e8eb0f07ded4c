using System.ComponentModel.DataAnnotations.Schema;

namespace Network.Server.Feedback;

/// <summary>
/// One mentor's rating of a HELD session, 1 to 5, with what helped in their own words. The score is shown to
/// others only in aggregate; the text is the author's alone (and administrators').
/// </summary>
[Table("session_ratings")]
public sealed class SessionRating
{
    public int SessionId { get; set; }

    public int AuthorMentorId { get; set; }

    /// <summary>The author's employer, held so that the privacy layer needs no join.</summary>
    public int AuthorEmployerId { get; set; }

    /// <summary>The session's pairing, held so that a pairing's summary needs no join.</summary>
    public int PairingId { get; set; }

    public int Rating { get; set; }

    public string? WhatHelped { get; set; }

    public DateTimeOffset RatedAt { get; set; }
}
