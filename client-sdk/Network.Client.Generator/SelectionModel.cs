namespace Network.Client.Generator;

/// <summary>
/// The record holding what a selection set returns. On an interface or union it is abstract, with one
/// variant for each possible type, since fragments may select different fields on each.
/// </summary>
/// <param name="RecordName">The record's C# name.</param>
/// <param name="Description">The selected type's description.</param>
/// <param name="Fields">The fields selected; on an abstract type, those selected alike on every possible type.</param>
/// <param name="Variants">Null for an object type; otherwise one variant for each possible type, in the schema's order.</param>
/// <param name="TypeName">The GraphQL type selected on.</param>
/// <param name="Interfaces">The fragments' interfaces the record implements (see <see cref="FragmentInterfaces"/>).</param>
internal sealed record SelectionModel(
    string RecordName, string? Description, IReadOnlyList<ResultField> Fields, IReadOnlyList<SelectionVariant>? Variants, string TypeName, IReadOnlyList<FragmentInterface> Interfaces);

/// <summary>What an abstract type's record holds when the value is of <paramref name="TypeName"/>, besides the fields shared by all.</summary>
/// <param name="TypeName">The possible type.</param>
/// <param name="RecordName">The variant's record.</param>
/// <param name="Fields">The fields selected on the type besides those shared by all.</param>
/// <param name="Interfaces">The fragments' interfaces the variant implements besides those of the abstract record.</param>
internal sealed record SelectionVariant(string TypeName, string RecordName, IReadOnlyList<ResultField> Fields, IReadOnlyList<FragmentInterface> Interfaces);
