using System.ComponentModel;
using GraphQL;

namespace Network.Server.Webinars;

public sealed record CancelWebinarInput(
    [property: Id] string WebinarId,
    [property: Description("Why, for those who planned to come; up to 500 characters.")] string Reason);
