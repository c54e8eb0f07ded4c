namespace Network.Server.GraphQL.Errors;

public sealed class BlankValueErrorGraphType : ErrorGraphType<BlankValueError>;

public sealed class ValueTooLongErrorGraphType : ErrorGraphType<ValueTooLongError>;

public sealed class OutOfRangeErrorGraphType : ErrorGraphType<OutOfRangeError>;

public sealed class InvalidIdErrorGraphType : ErrorGraphType<InvalidIdError>;

public sealed class InvalidEmailErrorGraphType : ErrorGraphType<InvalidEmailError>;

public sealed class InvalidUrlErrorGraphType : ErrorGraphType<InvalidUrlError>;

public sealed class InvalidPostcodeErrorGraphType : ErrorGraphType<InvalidPostcodeError>;

public sealed class PostcodeNotFoundErrorGraphType : ErrorGraphType<PostcodeNotFoundError>;

public sealed class PostcodeOutsideRegionErrorGraphType : ErrorGraphType<PostcodeOutsideRegionError>;

public sealed class UnknownSkillErrorGraphType : ErrorGraphType<UnknownSkillError>;

public sealed class DuplicateSkillErrorGraphType : ErrorGraphType<DuplicateSkillError>;

public sealed class NoChangesErrorGraphType : ErrorGraphType<NoChangesError>;
