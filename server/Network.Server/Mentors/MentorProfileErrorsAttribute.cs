using Network.Server.Geo;
using Network.Server.GraphQL.Mutations;
using Network.Server.Skills;

namespace Network.Server.Mentors;

/// <summary>Declares the errors of a mentor profile's input, as volunteering and updating check it.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class MentorProfileErrorsAttribute : Attribute, IMutationErrors
{
    public IEnumerable<Type> ErrorTypes =>
    [
        typeof(InvalidIdError), typeof(BlankValueError), typeof(ValueTooLongError), typeof(InvalidEmailError), typeof(OutOfRangeError),
        .. new PostcodeErrorsAttribute().ErrorTypes, typeof(UnknownSkillError), typeof(DuplicateSkillError),
    ];
}
