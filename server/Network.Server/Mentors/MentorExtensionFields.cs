using GraphQL.Types;
using Network.Server.Employers;
using Network.Server.GraphQL;
using Network.Server.GraphQL.Access;
using Network.Server.Identity;

namespace Network.Server.Mentors;

/// <summary>The fields the mentors feature adds to other features' types.</summary>
internal static class MentorExtensionFields
{
    /// <summary>Adds <c>Employer.mentors</c>.</summary>
    public static void AddMentorsField(this EmployerGraphType employer) =>
        employer.Field<NonNullGraphType<ListGraphType<NonNullGraphType<MentorGraphType>>>>("mentors")
            .Description("The employer's volunteer mentors who are still active.")
            .Resolve(c => c.Service<MentorsByEmployerIdDataLoader>().LoadAsync(c.Source.Id));

    /// <summary>Adds <c>Viewer.mentor</c>: the mentor a mentor's token binds them to.</summary>
    public static void AddMentorField(this ViewerGraphType viewer) =>
        viewer.Field<MentorGraphType>("mentor")
            .Description("The caller's own mentor profile.")
            .RolesCheckedOnValue()
            .Resolve(c => c.Source.MentorId is { } id ? c.Service<MentorByIdDataLoader>().LoadAsync(id) : null);
}
