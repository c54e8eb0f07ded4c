using System.ComponentModel;
using GraphQL;

namespace Network.Server.Programmes;

/// <summary>A mentor enrols, or accepts their employer's nomination.</summary>
public sealed record EnrolInProgrammeInput(
    [property: Id] string ProgrammeId,
    [property: Id] string MentorId,
    [property: Description("The mentor consents to taking part and to the programme's coordinators seeing their enrolment, training and pairings; must be true.")] bool Consent,
    [property: Description("The version of the programme's code of conduct the mentor has read and accepts; must be the current one.")] int CodeOfConductVersion);
