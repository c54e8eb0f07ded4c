using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;

namespace Network.Server.GraphQL.Access;

/// <summary>
/// Declares, next to each type and field, who may read it. <see cref="AccessSchemaVisitor"/> enforces
/// the declarations for the whole schema.
/// </summary>
public static class AccessMetadata
{
    internal const string PersonalDataKey = "network:personalData";
    internal const string SubjectKey = "network:dataSubject";
    internal const string ReadableByKey = "network:readableBy";
    internal const string RolesCheckedOnValueKey = "network:rolesCheckedOnValue";

    /// <summary>Marks the field as personal data: null for callers no <see cref="IPersonalDataGrant"/> allows.</summary>
    public static FieldBuilder<TSource, TReturn> PersonalData<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field, PersonalDataKind kind = PersonalDataKind.Personal)
    {
        var audience = kind switch
        {
            PersonalDataKind.Contact =>
                "Contact detail: visible to the person, their employer's admins, administrators and the person's partner in an accepted or active pairing; null for everyone else.",
            PersonalDataKind.Confidential => "Confidential: visible only to the person and administrators; null for everyone else.",
            _ => "Personal data: visible to the person, their employer's admins and administrators; null for everyone else.",
        };
        var description = field.FieldType.Description;
        return field
            .Description(string.IsNullOrEmpty(description) ? audience : $"{description} {audience}")
            .WithMetadata(PersonalDataKey, kind);
    }

    /// <summary>Says whose personal data an object of this type holds.</summary>
    public static void DataSubject<TSource>(this ObjectGraphType<TSource> type, Func<TSource, DataSubject> subject) =>
        type.WithMetadata(SubjectKey, new Func<object, DataSubject>(source => subject((TSource)source)));

    /// <summary>
    /// Applies the roles of <see cref="ReadableBy"/> to this field only when it has a value. For a mutation
    /// payload's result: a refused call leaves it null and says why in the payload's errors, so a null
    /// result discloses nothing and must not add a second, top-level error. Likewise <c>me { mentor }</c>,
    /// null for every caller who is not a mentor.
    /// </summary>
    public static FieldBuilder<TSource, TReturn> RolesCheckedOnValue<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field) =>
        field.WithMetadata(RolesCheckedOnValueKey, true);

    /// <summary>Only callers <paramref name="rule"/> allows may read objects of this type, wherever they appear.</summary>
    public static void ReadableBy(this IGraphType type, AccessRule rule) =>
        type.WithMetadata(ReadableByKey, rule);
}
