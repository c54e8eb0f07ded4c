using System.Text;

namespace Network.Client.Generator;

/// <summary>Writes the fragments' interfaces (see <see cref="FragmentInterface"/>).</summary>
internal sealed class InterfaceEmitter(StringBuilder code, TypeMapper types)
{
    public void Emit(FragmentInterface face)
    {
        code.AppendLine($"    /// <summary>{Naming.Xml(face.Name.Contains('_', StringComparison.Ordinal) ? $"What a fragment selects of a {face.TypeName}." : $"A result spreading the fragment {face.Name[1..]} on {face.TypeName}.")}</summary>");
        code.AppendLine($"    public partial interface {face.Name}");
        code.AppendLine("    {");
        foreach (var (member, index) in face.Members.Select((m, i) => (m, i)))
        {
            if (index > 0)
            {
                code.AppendLine();
            }

            if (member.Description is { } description)
            {
                code.AppendLine($"        /// <summary>{Naming.Xml(description)}</summary>");
            }

            code.AppendLine($"        {types.ResultType(member.Type, member.Interface?.Name)} {Naming.Pascal(member.ResponseKey)} {{ get; }}");
        }

        code.AppendLine("    }");
        code.AppendLine();
    }
}
