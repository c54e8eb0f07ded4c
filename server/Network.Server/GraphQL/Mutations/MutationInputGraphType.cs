using System.Reflection;
using GraphQL;
using GraphQL.Types;

namespace Network.Server.GraphQL.Mutations;

/// <summary>
/// A mutation's input type, made from <typeparamref name="TInput"/>'s properties as
/// <see cref="AutoRegisteringInputObjectGraphType{TSourceType}"/> makes it, except that a property of type
/// <see cref="Optional{T}"/> becomes a nullable field of <c>T</c>'s GraphQL type, bound so that a field left out
/// has no value and a field given, even as null, has one.
/// </summary>
public sealed class MutationInputGraphType<TInput> : AutoRegisteringInputObjectGraphType<TInput>
{
    /// <summary>The generic types GraphQL.NET reads as lists, as it reads the type of a property that is not optional.</summary>
    private static readonly Type[] ListTypes =
        [typeof(IEnumerable<>), typeof(IList<>), typeof(List<>), typeof(ICollection<>), typeof(IReadOnlyCollection<>), typeof(IReadOnlyList<>), typeof(HashSet<>), typeof(ISet<>)];

    // Filled while the base constructor creates the fields; a derived class's field initialisers run before it.
    private readonly List<OptionalField> _optionalFields = [];

    /// <summary>A field of type <see cref="Optional{T}"/>: the <c>T</c> of its value, and how to wrap one.</summary>
    private sealed record OptionalField(FieldType Field, Type ValueType, Func<object?, object> Wrap);

    public override object ParseDictionary(IDictionary<string, object?> value)
    {
        if (value is null || _optionalFields.Count == 0)
        {
            return base.ParseDictionary(value!);
        }

        // A field left out has no entry; one given as null has a null entry. Each entry given becomes an
        // Optional<T> holding it, and a property whose entry is missing keeps Optional<T>'s default, no value.
        var fields = new Dictionary<string, object?>(value);
        foreach (var field in _optionalFields)
        {
            if (fields.TryGetValue(field.Field.Name, out var given))
            {
                fields[field.Field.Name] = field.Wrap(Convert(given, field.ValueType, field.Field.ResolvedType!));
            }
        }

        // By reflection: GraphQL.NET's compiled binding prepares, for a list field, a conversion to the
        // property's type, which Optional<T> is not. Each value here is already of its property's type.
        return fields.ToObject(typeof(TInput), this);
    }

    protected override TypeInformation GetTypeInformation(MemberInfo memberInfo)
    {
        if (OptionalValueType(MemberType(memberInfo)) is null)
        {
            return base.GetTypeInformation(memberInfo);
        }

        // T's type, always nullable: given as null, the field is cleared or refused, not ignored.
        var value = Nullability(memberInfo).GenericTypeArguments[0];
        var item = ListItem(value);
        var named = item ?? value;
        var underlying = Nullable.GetUnderlyingType(named.Type);
        var information = new TypeInformation(
            memberInfo,
            isInputType: true,
            underlying ?? named.Type,
            isNullable: item is null || underlying is not null || named.WriteState != NullabilityState.NotNull,
            isList: item is not null,
            listIsNullable: true,
            graphType: null);
        information.ApplyAttributes();
        return information;
    }

    protected override FieldType? CreateField(MemberInfo memberInfo)
    {
        var field = base.CreateField(memberInfo);
        if (field is not null && OptionalValueType(MemberType(memberInfo)) is { } valueType)
        {
            // The value given is parsed as T; ParseDictionary wraps it.
            field.Parser = value => Convert(value, valueType, field.ResolvedType!)!;
            var wrap = (Func<object?, object>)typeof(MutationInputGraphType<TInput>)
                .GetMethod(nameof(Wrapper), BindingFlags.NonPublic | BindingFlags.Static)!
                .MakeGenericMethod(valueType)
                .Invoke(null, null)!;
            _optionalFields.Add(new OptionalField(field, valueType, wrap));
        }

        return field;
    }

    private static object? Convert(object? value, Type type, IGraphType graphType) =>
        value is null || type.IsInstanceOfType(value) ? value : value.GetPropertyValue(type, graphType);

    private static Func<object?, object> Wrapper<T>() => value => new Optional<T>(value is null ? default! : (T)value);

    private static Type? OptionalValueType(Type type) =>
        type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Optional<>) ? type.GetGenericArguments()[0] : null;

    private static Type MemberType(MemberInfo member) => member switch
    {
        PropertyInfo property => property.PropertyType,
        FieldInfo field => field.FieldType,
        _ => typeof(void),
    };

    private static NullabilityInfo Nullability(MemberInfo member) => member switch
    {
        PropertyInfo property => new NullabilityInfoContext().Create(property),
        FieldInfo field => new NullabilityInfoContext().Create(field),
        _ => throw new ArgumentOutOfRangeException(nameof(member), "Only properties and fields are input fields."),
    };

    /// <summary>The items of a list type, or null for a type that is not a list.</summary>
    private static NullabilityInfo? ListItem(NullabilityInfo type) =>
        type.ElementType
        ?? (type.Type.IsGenericType && ListTypes.Contains(type.Type.GetGenericTypeDefinition()) ? type.GenericTypeArguments[0] : null);
}
