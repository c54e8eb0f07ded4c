using System.Buffers;
using System.Text;
using System.Text.Json;
using GraphQLParser.AST;

namespace Network.Client.Generator;

/// <summary>
/// A field's arguments as the canonical JSON the client's store keys the field by: names in order, a variable as
/// <c>{"$variable":"name"}</c> with the operation's default for it, if any, as <c>"default"</c>.
/// </summary>
internal static class ArgumentsJson
{
    public static string? Of(GraphQLArguments? arguments, GraphQLOperationDefinition operation)
    {
        if (arguments is null || arguments.Items.Count == 0)
        {
            return null;
        }

        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            foreach (var argument in arguments.Items.OrderBy(a => a.Name.StringValue, StringComparer.Ordinal))
            {
                writer.WritePropertyName(argument.Name.StringValue);
                Write(writer, argument.Value, operation);
            }

            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void Write(Utf8JsonWriter writer, GraphQLValue value, GraphQLOperationDefinition? operation)
    {
        switch (value)
        {
            case GraphQLVariable variable:
                writer.WriteStartObject();
                writer.WriteString("$variable", variable.Name.StringValue);
                var definition = operation?.Variables?.Items.FirstOrDefault(v => v.Variable.Name.StringValue == variable.Name.StringValue);
                if (definition?.DefaultValue is { } fallback)
                {
                    writer.WritePropertyName("default");
                    Write(writer, fallback, null);
                }

                writer.WriteEndObject();
                break;
            case GraphQLIntValue or GraphQLFloatValue:
                writer.WriteRawValue(((IHasValueNode)value).Value.Span.ToString());
                break;
            case GraphQLStringValue text:
                writer.WriteStringValue(text.Value.Span);
                break;
            case GraphQLBooleanValue boolean:
                writer.WriteBooleanValue(boolean.BoolValue);
                break;
            case GraphQLEnumValue enumValue:
                writer.WriteStringValue(enumValue.Name.StringValue);
                break;
            case GraphQLListValue list:
                writer.WriteStartArray();
                foreach (var item in list.Values ?? [])
                {
                    Write(writer, item, operation);
                }

                writer.WriteEndArray();
                break;
            case GraphQLObjectValue input:
                writer.WriteStartObject();
                foreach (var field in (input.Fields ?? []).OrderBy(f => f.Name.StringValue, StringComparer.Ordinal))
                {
                    writer.WritePropertyName(field.Name.StringValue);
                    Write(writer, field.Value, operation);
                }

                writer.WriteEndObject();
                break;
            default:
                writer.WriteNullValue();
                break;
        }
    }
}
