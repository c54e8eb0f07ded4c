namespace Network.Server.GraphQL.Errors;

/// <summary>Input errors that several mutations share.</summary>
public sealed record BlankValueError(string Message, string Field) : UserError(Message);

public sealed record ValueTooLongError(string Message, string Field, int MaxLength) : UserError(Message);

public sealed record OutOfRangeError(string Message, string Field, double Minimum, double Maximum) : UserError(Message);

public sealed record InvalidIdError(string Message, string Field, string Id, string ExpectedType) : UserError(Message);

public sealed record InvalidEmailError(string Message, string Field) : UserError(Message);

public sealed record InvalidUrlError(string Message, string Field) : UserError(Message);

public sealed record InvalidPostcodeError(string Message, string Field, string Postcode) : UserError(Message);

public sealed record PostcodeNotFoundError(string Message, string Field, string Postcode) : UserError(Message);

public sealed record PostcodeOutsideRegionError(string Message, string Field, string Postcode) : UserError(Message);

public sealed record UnknownSkillError(string Message, string Field, string SkillId) : UserError(Message);

public sealed record DuplicateSkillError(string Message, string Field, string SkillId) : UserError(Message);

public sealed record NoChangesError(string Message) : UserError(Message);
