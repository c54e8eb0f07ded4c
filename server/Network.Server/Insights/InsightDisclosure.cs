namespace Network.Server.Insights;

/// <summary>
/// The disclosure rules: a count of 1 to 4 people is withheld, as is any figure fewer than three employers make up
/// (so an employer's own vacancies cannot be recognised); then complementary suppression withholds enough others
/// that none of these can be worked out from the sums that link the figures.
/// </summary>
internal static class InsightDisclosure
{
    public static InsightSuppression[] Decide(InsightCube cube, InsightRelations relations, out int unaudited)
    {
        var reasons = new InsightSuppression[cube.Values.Length];
        foreach (var shape in InsightMeasureShape.All)
        {
            for (var cell = 0; cell < cube.Axes.CellCount; cell++)
            {
                var index = cube.Index(shape.Measure, cell);
                reasons[index] = Primary(shape.AboutPeople, cube.Values[index], cube.EmployerCount(index));
            }
        }

        var people = InsightMeasureShape.All.Select(s => s.AboutPeople).ToArray();
        unaudited = ComplementarySuppression.Apply(cube.Values, reasons, relations, index => people[index / cube.Axes.CellCount]);
        return reasons;
    }

    public static InsightSuppression Primary(bool aboutPeople, long value, int employers) =>
        aboutPeople && value is >= 1 and <= 4 ? InsightSuppression.FewPeople
        : employers is 1 or 2 ? InsightSuppression.FewEmployers
        : InsightSuppression.None;
}
