using System.Globalization;
using Network.Server.GraphQL.Mutations;
using Network.Server.Mentors;

namespace Network.Server.Onboarding;

/// <summary>
/// Checks one row: its cells' formats here, and the rules of the mutation that creates its kind of record through
/// <see cref="Validator"/>, whose errors name the input field, and so the column, at fault.
/// </summary>
internal sealed class RowCheck(ImportFileRow row)
{
    private readonly List<ImportRowProblem> _problems = [];

    public InputValidator Validator { get; } = new();

    public bool IsValid => _problems.Count == 0 && Validator.IsValid;

    /// <summary>Every problem of the row, in the order of its columns.</summary>
    public IEnumerable<ImportRowProblem> Problems =>
        _problems
            .Concat(Validator.Errors.Select(e => new ImportRowProblem(row.Row, e is IFieldError f ? f.Field.Split('.')[0] : null, e.Message)))
            .OrderBy(p => row.Columns.Position(p.Column));

    public string Cell(string column) => row[column];

    /// <summary>The text of an optional cell, or null when it is blank.</summary>
    public string? Optional(string column) => row[column] is { Length: > 0 } text ? text : null;

    public int? Int(string column)
    {
        var cell = row[column];
        if (int.TryParse(cell, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        Add(column, cell.Length == 0 ? $"{column} must not be blank." : $"{column} must be a whole number, not '{cell}'.");
        return null;
    }

    public T? Enum<T>(string column)
        where T : struct, Enum
    {
        var cell = row[column];
        if (GraphQLEnumNames<T>.TryParse(cell, out var value))
        {
            return value;
        }

        Add(column, cell.Length == 0 ? $"{column} must not be blank." : $"{column} must be one of {GraphQLEnumNames<T>.List}, not '{cell}'.");
        return null;
    }

    /// <summary>An optional enum: null when the cell is blank.</summary>
    public T? OptionalEnum<T>(string column)
        where T : struct, Enum =>
        row[column].Length == 0 ? null : Enum<T>(column);

    /// <summary>A list of enum values separated by semicolons, such as <c>WEEKDAY_EVENINGS;WEEKENDS</c>; blank for none.</summary>
    public List<T> Enums<T>(string column)
        where T : struct, Enum
    {
        var values = new List<T>();
        foreach (var item in Items(column))
        {
            if (GraphQLEnumNames<T>.TryParse(item, out var value))
            {
                values.Add(value);
            }
            else
            {
                Add(column, $"'{item}' in {column} is not one of {GraphQLEnumNames<T>.List}.");
            }
        }

        return values;
    }

    /// <summary>Skills with levels separated by semicolons, each a slug or name and a level after a colon: <c>cybersecurity:ADVANCED; Budget planning:BEGINNER</c>.</summary>
    public List<SkillEntry> Skills(string column)
    {
        var entries = new List<SkillEntry>();
        foreach (var item in Items(column))
        {
            var colon = item.LastIndexOf(':');
            if (colon < 0)
            {
                Add(column, $"'{item}' in {column} needs a level after a colon, such as {item}:INTERMEDIATE.");
                continue;
            }

            var level = item[(colon + 1)..].Trim();
            if (!GraphQLEnumNames<SkillLevel>.TryParse(level, out var parsed))
            {
                Add(column, $"'{level}' in {column} is not a level; the levels are {GraphQLEnumNames<SkillLevel>.List}.");
            }

            entries.Add(new SkillEntry(item[..colon].Trim(), parsed));
        }

        return entries;
    }

    public void Add(string column, string message) => _problems.Add(new ImportRowProblem(row.Row, column, message));

    private string[] Items(string column) =>
        row[column].Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}
