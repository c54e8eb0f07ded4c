using System.ComponentModel;

namespace Network.Client;

/// <summary>
/// What an operation selects, as the entity store needs it: for each object, its fields under their response keys and
/// their store keys (the field's name and arguments), and whether the object is an entity, kept once by type and
/// <c>id</c>. Generated for every operation; used by <see cref="EntityStore"/>.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class SelectionPlan
{
    /// <param name="typeName">The object type selected on; null on an interface or union, whose objects say it in <c>__typename</c>.</param>
    /// <param name="isEntity">The object has an <c>id</c> selected, so the store keeps it once as <c>{type}:{id}</c>.</param>
    /// <param name="fields">The fields selected; on an interface or union, those selected on every possible type.</param>
    /// <param name="byType">On an interface or union, each possible type's own plan; null otherwise.</param>
    public SelectionPlan(string? typeName, bool isEntity, IReadOnlyList<PlanField> fields, IReadOnlyDictionary<string, SelectionPlan>? byType = null)
    {
        TypeName = typeName;
        IsEntity = isEntity;
        Fields = fields;
        ByType = byType;
    }

    public string? TypeName { get; }

    public bool IsEntity { get; }

    public IReadOnlyList<PlanField> Fields { get; }

    public IReadOnlyDictionary<string, SelectionPlan>? ByType { get; }

    /// <summary>The plan for an object whose <c>__typename</c> is <paramref name="typeName"/>: its own, or this one for a type added since.</summary>
    public SelectionPlan For(string? typeName) =>
        ByType is not null && typeName is not null && ByType.TryGetValue(typeName, out var plan) ? plan : this;
}

/// <summary>One selected field of a <see cref="SelectionPlan"/>.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class PlanField
{
    /// <param name="responseKey">Where the answer has the value: the alias, or else the field's name.</param>
    /// <param name="fieldName">The field's name in the schema.</param>
    /// <param name="arguments">
    /// The arguments as canonical JSON (names in order), a variable written <c>{"$variable":"name"}</c> with its
    /// default, if any, as <c>"default"</c>; null when the field has none.
    /// </param>
    /// <param name="selection">The plan of the object, or list of objects, the field returns; null for a scalar or enum.</param>
    /// <param name="condition">
    /// For a field selected only under <c>@include</c> or <c>@skip</c>, when the answer has it: alternatives separated by
    /// <c>|</c>, each a selection's conditions joined by <c>&amp;</c> (<c>include:$full&amp;skip:true</c>); null when always.
    /// </param>
    public PlanField(string responseKey, string fieldName, string? arguments = null, SelectionPlan? selection = null, string? condition = null)
    {
        ResponseKey = responseKey;
        FieldName = fieldName;
        Arguments = arguments is null ? null : new ArgumentTemplate(arguments);
        Selection = selection;
        Condition = condition;
    }

    public string ResponseKey { get; }

    public string FieldName { get; }

    public SelectionPlan? Selection { get; }

    public string? Condition { get; }

    internal ArgumentTemplate? Arguments { get; }

    /// <summary>Whether the answer to an operation with these variables has the field.</summary>
    internal bool IsIncluded(OperationVariables variables) =>
        Condition is null || Condition.Split('|').Any(alternative => alternative.Split('&').All(item =>
        {
            var (directive, value) = (item[..item.IndexOf(':', StringComparison.Ordinal)], item[(item.IndexOf(':', StringComparison.Ordinal) + 1)..]);
            var truth = value.StartsWith('$') ? Variable(value[1..], variables) : value == "true";
            return directive == "include" ? truth : !truth;
        }));

    /// <summary>A condition's variable, <c>name</c> or <c>name=default</c>: its value, or else the operation's default for it.</summary>
    private static bool Variable(string reference, OperationVariables variables)
    {
        var equals = reference.IndexOf('=', StringComparison.Ordinal);
        var name = equals < 0 ? reference : reference[..equals];
        return variables.TryGet(name, out var given) ? given.ValueKind == System.Text.Json.JsonValueKind.True : equals >= 0 && reference[(equals + 1)..] == "true";
    }

    /// <summary>The key the value is stored under: the field's name, and its arguments with the operation's variables put in.</summary>
    internal string StoreKey(OperationVariables variables) => Arguments is null ? FieldName : $"{FieldName}({Arguments.Apply(variables)})";
}
