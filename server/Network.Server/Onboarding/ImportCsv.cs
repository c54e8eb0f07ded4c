using CsvHelper;

namespace Network.Server.Onboarding;

/// <summary>
/// Reads an import file with CsvHelper: comma-separated, UTF-8 (a byte order mark is fine), a header row naming
/// every column of the kind once, quoted cells as RFC 4180 has them. Rows are numbered by the line they start on,
/// as a spreadsheet or an editor shows them; blank rows are skipped.
/// </summary>
internal static class ImportCsv
{
    private const int ProgressInterval = 1_000;

    public static async Task<ImportFile> ReadAsync(
        Stream file, ImportColumns columns, int maxRows, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        var problems = new List<ImportRowProblem>();
        var rows = new List<ImportFileRow>();
        var options = CsvReaderOptions.Default with
        {
            Separator = ',',
            TrackLineNumbers = true,
            OnMalformedRecord = record => problems.Add(new ImportRowProblem((int)record.LineNumber, null, Malformed(record.Reason))),
        };
        var total = file.CanSeek ? file.Length : 0;
        await using var reader = CsvReader.Create(file, options, leaveOpen: true);
        try
        {
            await reader.ReadHeaderAsync(cancellationToken);
            if (Positions(reader.Headers, columns, problems) is not { } positions)
            {
                return new ImportFile(rows, problems, TooManyRows: false);
            }

            while (await reader.ReadAsync(cancellationToken))
            {
                var row = (int)reader.LineNumber;
                var cells = new string[columns.Names.Count];
                Array.Fill(cells, string.Empty);
                var blank = true;
                for (var field = 0; field < reader.FieldCount; field++)
                {
                    var value = reader.GetString(field).Trim();
                    blank &= value.Length == 0;
                    if (field < positions.Length && positions[field] is { } column)
                    {
                        cells[column] = value;
                    }
                }

                if (blank)
                {
                    continue;
                }

                if (rows.Count == maxRows)
                {
                    return new ImportFile(rows, problems, TooManyRows: true);
                }

                if (reader.FieldCount != positions.Length)
                {
                    problems.Add(new ImportRowProblem(row, null, $"The row has {reader.FieldCount} cells; the header has {positions.Length}."));
                }

                rows.Add(new ImportFileRow(row, cells, columns));
                if (rows.Count % ProgressInterval == 0)
                {
                    progress?.Report(new ImportProgress("Reading (bytes)", reader.ByteOffset, total));
                }
            }
        }
        catch (CsvFormatException exception)
        {
            problems.Add(new ImportRowProblem(Math.Max(1, (int)exception.LineNumber), null, $"The file is not valid CSV: {exception.Message}"));
        }

        progress?.Report(new ImportProgress("Reading (bytes)", total, total));
        return new ImportFile(rows, problems, TooManyRows: false);
    }

    /// <summary>The column each header cell names, or null after recording what is wrong with the header.</summary>
    private static int?[]? Positions(IReadOnlyList<string> headers, ImportColumns columns, List<ImportRowProblem> problems)
    {
        var expected = string.Join(", ", columns.Names);
        if (headers.Count == 0)
        {
            problems.Add(new ImportRowProblem(1, null, $"The file is empty; its first row names the columns: {expected}."));
            return null;
        }

        var positions = new int?[headers.Count];
        var seen = new HashSet<int>();
        for (var i = 0; i < headers.Count; i++)
        {
            var header = headers[i].Trim();
            if (columns.Find(header) is not { } position)
            {
                problems.Add(new ImportRowProblem(1, header, $"Unknown column '{header}'; the columns are {expected}."));
            }
            else if (!seen.Add(position))
            {
                problems.Add(new ImportRowProblem(1, columns.Names[position], $"The column '{columns.Names[position]}' appears twice."));
            }
            else
            {
                positions[i] = position;
            }
        }

        foreach (var missing in columns.Names.Where((_, position) => !seen.Contains(position)))
        {
            problems.Add(new ImportRowProblem(1, missing, $"Missing column '{missing}'; the columns are {expected}."));
        }

        return problems.Count == 0 ? positions : null;
    }

    private static string Malformed(CsvMalformedReason reason) => reason switch
    {
        CsvMalformedReason.StrayQuote => "A quote inside a cell that does not start with one; quote the whole cell and double the quote.",
        CsvMalformedReason.TextAfterClosingQuote => "Text after a cell's closing quote; double a quote inside a quoted cell.",
        CsvMalformedReason.UnterminatedQuote => "A quoted cell is never closed.",
        _ => $"The row is not valid CSV ({reason}).",
    };
}
