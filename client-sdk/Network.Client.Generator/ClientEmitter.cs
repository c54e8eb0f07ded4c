using System.Text;

namespace Network.Client.Generator;

/// <summary>Writes the client, with one property for each operation, and its registration for dependency injection.</summary>
internal sealed class ClientEmitter(StringBuilder code)
{
    public void Emit(string client, IReadOnlyList<OperationModel> operations)
    {
        code.AppendLine("    /// <summary>");
        code.AppendLine("    /// The operations of this project, one property each: <c>await client.Name.ExecuteAsync(…)</c>, <c>client.Name.Watch(…)</c>,");
        code.AppendLine("    /// <c>await foreach (var result in client.Name.SubscribeAsync(…))</c>; and the store their results are kept in.");
        code.AppendLine("    /// </summary>");
        code.AppendLine($"    public sealed partial class {client}");
        code.AppendLine("    {");
        code.AppendLine($"        public {client}({Runtime.Namespace}.ClientRuntime runtime)");
        code.AppendLine("        {");
        code.AppendLine("            global::System.ArgumentNullException.ThrowIfNull(runtime);");
        code.AppendLine("            Store = runtime.Store;");
        foreach (var operation in operations)
        {
            code.AppendLine($"            {operation.Name} = new(runtime);");
        }

        code.AppendLine("        }");
        code.AppendLine();
        code.AppendLine("        /// <summary>The client's normalised store of entities; <c>Store.Clear()</c> forgets them all, as on signing out.</summary>");
        code.AppendLine($"        public {Runtime.Namespace}.EntityStore Store {{ get; }}");
        foreach (var operation in operations)
        {
            code.AppendLine();
            code.AppendLine($"        public {operation.Name}{operation.Kind} {operation.Name} {{ get; }}");
        }

        code.AppendLine();
        code.AppendLine("        /// <summary>Every operation's document, for a server's persisted-operation store.</summary>");
        code.AppendLine($"        public static global::System.Collections.Generic.IReadOnlyList<{Runtime.Namespace}.OperationDocument> Documents {{ get; }} =");
        code.AppendLine($"            [{string.Join(", ", operations.Select(o => $"{o.Name}{o.Kind}.Document"))}];");
        code.AppendLine("    }");
        code.AppendLine();
        code.AppendLine($"    public static partial class {client}ServiceCollectionExtensions");
        code.AppendLine("    {");
        code.AppendLine($"        /// <summary>Registers <see cref=\"{client}\"/>; configure its HTTP client (base address, token handler) on the builder returned.</summary>");
        code.AppendLine($"        public static {Runtime.Namespace}.ClientBuilder<{client}> Add{client}(this global::Microsoft.Extensions.DependencyInjection.IServiceCollection services) =>");
        code.AppendLine($"            {Runtime.Namespace}.ClientBuilder.Add(services, {Naming.Literal(client)}, runtime => new {client}(runtime));");
        code.AppendLine("    }");
        code.AppendLine();
    }
}
