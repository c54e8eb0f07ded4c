namespace Network.Server.GraphQL.Mutations;

/// <summary>An error about one field of the input, which it names, so that other inputs (a row of a file) can point at their own.</summary>
public interface IFieldError
{
    /// <summary>The input field at fault, as the schema names it; a path such as <c>offers.length</c> for a part of one.</summary>
    string Field { get; }
}
