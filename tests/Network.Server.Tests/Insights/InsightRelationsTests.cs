using Network.Server.Geo;
using Network.Server.Insights;
using Network.Server.Skills;

namespace Network.Server.Tests.Insights;

/// <summary>The sums listed between the figures, checked against figures counted from scratch.</summary>
public sealed class InsightRelationsTests
{
    private static readonly DateTimeOffset AsOf = new(2026, 11, 15, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Every_listed_sum_holds_for_skills_gaps_counted_into_the_figures()
    {
        // Skills gaps add up along every axis, and their severities add up to them: a sum listed between the wrong
        // figures would not hold.
        var axes = Axes(Skills(7));
        var cube = new InsightCube(axes);
        var what = new InsightContribution(axes, AsOf);
        var random = new Random(18);
        var authorities = axes.Authorities;
        for (var gap = 0; gap < 400; gap++)
        {
            var opened = AsOf.AddDays(-random.Next(0, 400));
            DateTimeOffset? closed = random.Next(3) == 0 ? opened.AddDays(random.Next(1, 200)) : null;
            what.Clear()
                .In(authorities[random.Next(authorities.Count)].Code)
                .In((Sector)random.Next(3))
                .About([axes.Skills[random.Next(axes.Skills.Count)].Id])
                .Held(opened, closed);
            var employer = random.Next(50);
            cube.Add(InsightMeasure.OpenSkillsGaps, what, 1, employer);
            cube.Add(InsightMeasureShape.Severities[random.Next(4)], what, 1, employer);
            cube.Add(InsightMeasure.HardToFillVacancies, what, random.Next(0, 5), employer);
        }

        var relations = InsightRelations.For(axes);

        Assert.True(relations.Count > 0);
        Assert.True(cube.Values[cube.Index(InsightMeasure.OpenSkillsGaps, axes.Cell(axes.Area.All, axes.Sector.All, axes.Skill.All, axes.Month.All))] > 0);
        for (var r = 0; r < relations.Count; r++)
        {
            var sum = relations[r];
            var members = 0L;
            foreach (var member in sum[1..])
            {
                members += cube.Values[member];
            }

            Assert.Equal(cube.Values[sum[0]], members);
        }
    }

    [Fact]
    public void Each_cell_lists_the_sums_it_takes_part_in()
    {
        var axes = Axes(Skills(4));
        var relations = InsightRelations.For(axes);
        var size = InsightMeasureShape.All.Count * axes.CellCount;

        var byCell = relations.ByCell(size);

        var expected = Enumerable.Range(0, size).Select(_ => new List<int>()).ToArray();
        for (var r = 0; r < relations.Count; r++)
        {
            foreach (var cell in relations[r])
            {
                expected[cell].Add(r);
            }
        }

        Assert.All(Enumerable.Range(0, size), cell => Assert.Equal(expected[cell], byCell[cell].ToArray()));
        Assert.Same(byCell, relations.ByCell(size));
    }

    [Fact]
    public void The_sums_fit_axes_of_the_same_shape_and_no_others()
    {
        var skills = Skills(5);
        var relations = InsightRelations.For(Axes(skills));

        // A month later, with the same areas and skills: the same sums.
        Assert.True(relations.Fits(new InsightAxes(PostcodeDirectory.Instance.LocalAuthorities, skills, new DateOnly(2026, 1, 1))));

        // A skill more, or one in another category: other sums.
        Assert.False(relations.Fits(Axes(Skills(6))));
        Assert.False(relations.Fits(Axes([.. skills[..^1], Skill(skills[^1].Id, SkillCategory.Trade)])));
        Assert.False(new InsightRelations().Fits(Axes(skills)));
    }

    private static InsightAxes Axes(IReadOnlyList<Skill> skills) =>
        new(PostcodeDirectory.Instance.LocalAuthorities, skills, new DateOnly(2025, 12, 1));

    private static Skill[] Skills(int count) =>
        [.. Enumerable.Range(1, count).Select(id => Skill(id, (SkillCategory)(id % 2)))];

    private static Skill Skill(int id, SkillCategory category) => new() { Id = id, Slug = $"skill-{id}", Name = $"Skill {id}", Category = category };
}
