using GraphQLParser;
using GraphQLParser.AST;

namespace Network.Client.Generator;

internal enum TypeKind
{
    Scalar,
    Object,
    Interface,
    Union,
    Enum,
    InputObject,
}

/// <summary>A field of an object or interface type, or a field of an input object.</summary>
internal sealed record FieldModel(string Name, GraphQLType Type, string? Description);

/// <summary>One named type of the schema, as much of it as code generation needs.</summary>
internal sealed class TypeModel(string name, TypeKind kind, string? description)
{
    public string Name { get; } = name;

    public TypeKind Kind { get; } = kind;

    public string? Description { get; } = description;

    public Dictionary<string, FieldModel> Fields { get; } = new(StringComparer.Ordinal);

    public List<string> Interfaces { get; } = [];

    /// <summary>For unions, their members; for interfaces, the object types implementing them.</summary>
    public List<string> PossibleTypes { get; } = [];

    public List<string> EnumValues { get; } = [];

    public bool IsAbstract => Kind is TypeKind.Interface or TypeKind.Union;

    public bool IsComposite => Kind is TypeKind.Object or TypeKind.Interface or TypeKind.Union;
}

/// <summary>The types of a schema read from its SDL: names, kinds, fields, interfaces, union members and enum values.</summary>
internal sealed class SchemaModel
{
    private SchemaModel(Dictionary<string, TypeModel> types, string queryType, string? mutationType, string? subscriptionType)
    {
        Types = types;
        QueryType = queryType;
        MutationType = mutationType;
        SubscriptionType = subscriptionType;
    }

    public Dictionary<string, TypeModel> Types { get; }

    public string QueryType { get; }

    public string? MutationType { get; }

    public string? SubscriptionType { get; }

    public TypeModel this[string name] => Types[name];

    public static SchemaModel Parse(string sdl)
    {
        var document = Parser.Parse(sdl, new ParserOptions { Ignore = IgnoreOptions.Comments });
        var types = new Dictionary<string, TypeModel>(StringComparer.Ordinal);
        foreach (var scalar in ScalarType.BuiltIn)
        {
            types[scalar.Name] = new TypeModel(scalar.Name, TypeKind.Scalar, null);
        }

        string query = "Query", mutation = "Mutation", subscription = "Subscription";
        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case GraphQLSchemaDefinition schema:
                    foreach (var operation in schema.OperationTypes)
                    {
                        var name = operation.Type!.Name.StringValue;
                        _ = operation.Operation switch
                        {
                            OperationType.Query => query = name,
                            OperationType.Mutation => mutation = name,
                            _ => subscription = name,
                        };
                    }

                    break;
                case GraphQLScalarTypeDefinition scalar:
                    types[scalar.Name.StringValue] = new TypeModel(scalar.Name.StringValue, TypeKind.Scalar, scalar.Description?.Value.ToString());
                    break;
                case GraphQLObjectTypeDefinition obj:
                    types[obj.Name.StringValue] = Composite(obj.Name, TypeKind.Object, obj.Description, obj.Fields, obj.Interfaces);
                    break;
                case GraphQLInterfaceTypeDefinition iface:
                    types[iface.Name.StringValue] = Composite(iface.Name, TypeKind.Interface, iface.Description, iface.Fields, iface.Interfaces);
                    break;
                case GraphQLUnionTypeDefinition union:
                    var unionModel = new TypeModel(union.Name.StringValue, TypeKind.Union, union.Description?.Value.ToString());
                    unionModel.PossibleTypes.AddRange(union.Types?.Items.Select(t => t.Name.StringValue) ?? []);
                    types[unionModel.Name] = unionModel;
                    break;
                case GraphQLEnumTypeDefinition enumeration:
                    var enumModel = new TypeModel(enumeration.Name.StringValue, TypeKind.Enum, enumeration.Description?.Value.ToString());
                    enumModel.EnumValues.AddRange(enumeration.Values?.Items.Select(v => v.Name.StringValue) ?? []);
                    types[enumModel.Name] = enumModel;
                    break;
                case GraphQLInputObjectTypeDefinition input:
                    var inputModel = new TypeModel(input.Name.StringValue, TypeKind.InputObject, input.Description?.Value.ToString());
                    foreach (var field in input.Fields?.Items ?? [])
                    {
                        inputModel.Fields[field.Name.StringValue] = new FieldModel(field.Name.StringValue, field.Type, field.Description?.Value.ToString());
                    }

                    types[inputModel.Name] = inputModel;
                    break;
            }
        }

        foreach (var type in types.Values.Where(t => t.Kind == TypeKind.Object))
        {
            foreach (var iface in type.Interfaces.Where(types.ContainsKey))
            {
                types[iface].PossibleTypes.Add(type.Name);
            }
        }

        return new SchemaModel(
            types,
            query,
            types.ContainsKey(mutation) ? mutation : null,
            types.ContainsKey(subscription) ? subscription : null);
    }

    /// <summary>Whether a selection on <paramref name="condition"/> applies to an object of type <paramref name="concrete"/>.</summary>
    public bool Applies(string condition, string concrete) =>
        condition == concrete || (Types.TryGetValue(condition, out var type) && type.IsAbstract && type.PossibleTypes.Contains(concrete));

    /// <summary>The object types a value of <paramref name="type"/> can be.</summary>
    public static IReadOnlyList<string> ConcreteTypes(TypeModel type) => type.IsAbstract ? type.PossibleTypes : [type.Name];

    public static string NamedType(GraphQLType type) => type switch
    {
        GraphQLNonNullType nonNull => NamedType(nonNull.Type),
        GraphQLListType list => NamedType(list.Type),
        GraphQLNamedType named => named.Name.StringValue,
        _ => throw new InvalidOperationException($"Unexpected type node {type.Kind}."),
    };

    /// <summary>A type as SDL writes it: <c>[Pairing!]!</c>.</summary>
    public static string Print(GraphQLType type) => type switch
    {
        GraphQLNonNullType nonNull => Print(nonNull.Type) + "!",
        GraphQLListType list => $"[{Print(list.Type)}]",
        _ => NamedType(type),
    };

    private static TypeModel Composite(GraphQLName name, TypeKind kind, GraphQLDescription? description, GraphQLFieldsDefinition? fields, GraphQLImplementsInterfaces? interfaces)
    {
        var model = new TypeModel(name.StringValue, kind, description?.Value.ToString());
        foreach (var field in fields?.Items ?? [])
        {
            model.Fields[field.Name.StringValue] = new FieldModel(field.Name.StringValue, field.Type, field.Description?.Value.ToString());
        }

        model.Interfaces.AddRange(interfaces?.Items.Select(i => i.Name.StringValue) ?? []);
        return model;
    }
}
