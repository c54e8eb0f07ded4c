using GraphQLParser.AST;

namespace Network.Client.Generator;

/// <summary>
/// The C# interface of a fragment (<c>IPairingDetails</c> for <c>fragment PairingDetails on Pairing</c>), or of an object
/// selected within one (<c>IPairingDetails_Participants</c>): every record whose selection spreads the fragment implements
/// it, so that code can take any of them.
/// </summary>
/// <param name="Name">The interface's C# name.</param>
/// <param name="TypeName">The GraphQL type the fragment, or the field, selects on.</param>
/// <param name="Description">The type's description.</param>
/// <param name="Members">The fields selected on the type itself (not those under a type condition or @include and @skip).</param>
internal sealed record FragmentInterface(string Name, string TypeName, string? Description, IReadOnlyList<FragmentMember> Members);

/// <summary>A property of a <see cref="FragmentInterface"/>.</summary>
/// <param name="ResponseKey">The alias or field name, whose PascalCase is the property's name.</param>
/// <param name="Type">The field's type.</param>
/// <param name="Description">The field's description.</param>
/// <param name="Interface">For an object, interface or union, the interface of what is selected within it.</param>
internal sealed record FragmentMember(string ResponseKey, GraphQLType Type, string? Description, FragmentInterface? Interface);
