using GraphQL.Types;
using Network.Server.GraphQL;

namespace Network.Server.Webinars;

/// <summary>What every suggested participant shows: its score and reasons, and how far the organiser's invitation has got.</summary>
internal static class SuggestionFields
{
    public static void AddSuggestionFields<T>(
        this ObjectGraphType<T> type,
        Func<T, double> score,
        Func<T, IReadOnlyList<ParticipantReason>> reasons,
        Func<T, int?> invitationId,
        Func<T, WebinarRegistrationStatus?> registrationStatus)
    {
        type.Field<NonNullGraphType<FloatGraphType>>("score")
            .Description("Higher is better: the sum of the reasons' points.")
            .Resolve(c => Math.Round(score(c.Source), 2));
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ParticipantReasonGraphType>>>>("reasons")
            .Description("Why they are suggested, each reason with its points.")
            .Resolve(c => reasons(c.Source));
        type.Field<WebinarInvitationGraphType>("invitation")
            .Description("The organiser's invitation to the webinar and where it stands; null while not invited.")
            .Resolve(c => invitationId(c.Source) is { } id ? c.Service<WebinarInvitationByIdDataLoader>().LoadAsync(id) : null);
        type.Field<EnumerationGraphType<WebinarRegistrationStatus>>("registrationStatus")
            .Description("REGISTERED or WAITLISTED when already registered for the webinar; null otherwise.")
            .Resolve(c => registrationStatus(c.Source));
    }
}
