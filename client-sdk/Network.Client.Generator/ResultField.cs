using GraphQLParser.AST;

namespace Network.Client.Generator;

/// <summary>One field of a result record, merged from every selection of the same response key.</summary>
/// <param name="ResponseKey">The alias, or else the field's name: where the answer has the value.</param>
/// <param name="Type">The type of the value as read: nullable when the field may be missing.</param>
/// <param name="Description">The field's description in the schema.</param>
/// <param name="Conditional">Every selection of the field is under @include or @skip, so the answer may leave it out.</param>
/// <param name="Selection">For an object, interface or union, the record the value is read into.</param>
/// <param name="FieldName">The field's name in the schema, which with its arguments keys the value in the client's store.</param>
/// <param name="Arguments">The arguments of the field's first selection; the document's validation made every selection agree.</param>
internal sealed record ResultField(string ResponseKey, GraphQLType Type, string? Description, bool Conditional, SelectionModel? Selection, string FieldName, GraphQLArguments? Arguments)
{
    /// <summary>
    /// For a <see cref="Conditional"/> field, when the answer has it: alternatives separated by <c>|</c>, each the
    /// <c>@include</c> and <c>@skip</c> of one selection joined by <c>&amp;</c> (<c>include:$full&amp;skip:false</c>).
    /// </summary>
    public string? Condition { get; init; }
}
