namespace Network.Server.Programmes;

/// <summary>
/// Whether an enrolled mentor can be paired within their programme: enrolled and still active, every
/// required training module completed, and the programme's current code of conduct accepted.
/// </summary>
public sealed record EnrolmentReadiness(int MentorId, EnrolmentStatus Status, bool MentorActive, IReadOnlyList<int> MissingTraining, bool AcceptedCurrentConduct)
{
    public bool ReadyToPair => Status == EnrolmentStatus.Enrolled && MentorActive && MissingTraining.Count == 0 && AcceptedCurrentConduct;
}
