using Network.Server.Evaluation;
using Network.Server.Geo;
using Network.Server.Skills;
using Network.Server.Webinars;

namespace Network.Server.Tests.Webinars;

/// <summary>The follow-up's counting and withholding, on registrants made up for the purpose.</summary>
public sealed class WebinarFollowUpFiguresTests
{
    private static readonly LocalAuthority Coventry = new("E08000026", "Coventry", true);

    [Fact]
    public void A_small_row_is_withheld_with_the_next_smallest_and_the_largest_is_shown()
    {
        var registrants = Many(7, Sector.IctDigital).Concat(Many(2, Sector.Construction)).Concat(Many(6, Sector.EngineeringManufacturing)).ToList();

        var followUp = WebinarFollowUpFigures.Count([1], registrants);

        (Sector, double?, string?)[] expected =
            [(Sector.EngineeringManufacturing, null, EvaluationDisclosure.Complementary), (Sector.Construction, null, EvaluationDisclosure.SmallNumber), (Sector.IctDigital, 7, null)];
        Assert.Equal(15, followUp.Registered.Value);
        Assert.Equal(expected, followUp.BySector.Select(r => (r.Sector!.Value, r.Registered.Value, r.Registered.SuppressedReason)));
        Assert.Equal((15, null), (Assert.Single(followUp.ByLocalAuthority).Registered.Value, Assert.Single(followUp.ByLocalAuthority).Registered.SuppressedReason));
    }

    [Fact]
    public void Nothing_is_complemented_when_the_total_is_itself_withheld()
    {
        var followUp = WebinarFollowUpFigures.Count([1], [.. Many(3, Sector.IctDigital), .. Many(1, Sector.Construction)]);

        Assert.True(followUp.Registered.Suppressed);
        Assert.All(followUp.BySector, r => Assert.Equal(EvaluationDisclosure.SmallNumber, r.Registered.SuppressedReason));
        Assert.Equal(EvaluationDisclosure.SmallNumber, Assert.Single(followUp.ByTopic).Registered.SuppressedReason);
    }

    [Fact]
    public void Attendees_who_enrolled_or_were_paired_afterwards_are_counted_and_absentees_are_not()
    {
        var came = Many(6, Sector.IctDigital, attended: true, enrolled: true, paired: true);
        var absent = Many(4, Sector.IctDigital, attended: false, enrolled: true, paired: true);

        var followUp = WebinarFollowUpFigures.Count([1], [.. came, .. absent]);

        Assert.Equal((10, 6, 6, 6), ((int)followUp.Registered.Value!, (int)followUp.Attended.Value!, (int)followUp.EnrolledAfter.Value!, (int)followUp.PairedAfter.Value!));
    }

    private static IEnumerable<WebinarFollowUpRegistrant> Many(int count, Sector sector, bool attended = true, bool enrolled = false, bool paired = false) =>
        Enumerable.Range(0, count).Select(_ => new WebinarFollowUpRegistrant(true, attended, sector, Coventry, new HashSet<int> { 1 }, enrolled, paired));
}
