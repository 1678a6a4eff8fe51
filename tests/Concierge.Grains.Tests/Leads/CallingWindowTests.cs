using Concierge.Grains.Interfaces.Leads;
using Concierge.Grains.Interfaces.Phones;
using Concierge.Grains.Leads;

namespace Concierge.Grains.Tests.Leads;

/// <summary>A lead is called only inside the company's calling hours, read in the lead's time zone.</summary>
public sealed class CallingWindowTests
{
    private static readonly CallingHours Weekdays = new(["mon", "tue", "wed", "thu", "fri"], "09:00", "18:00", null);
    private static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");
    private static readonly TimeZoneInfo LosAngeles = TimeZoneInfo.FindSystemTimeZoneById("America/Los_Angeles");

    [Fact]
    public void InsideTheHoursTheCallIsPlacedNow()
    {
        var tuesdayTenInParis = new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.Zero); // 10:00 in Paris

        Assert.Equal(tuesdayTenInParis, CallingWindow.NextOpening(Weekdays, Paris, tuesdayTenInParis));
    }

    [Fact]
    public void AfterTheHoursTheCallWaitsForTheNextDaysOpeningInTheLeadsZone()
    {
        var tuesdayEveningInParis = new DateTimeOffset(2026, 11, 24, 19, 0, 0, TimeSpan.Zero); // 20:00 in Paris

        Assert.Equal(new DateTimeOffset(2026, 11, 25, 8, 0, 0, TimeSpan.Zero), CallingWindow.NextOpening(Weekdays, Paris, tuesdayEveningInParis));
    }

    [Fact]
    public void OnAWeekendTheCallWaitsForMonday()
    {
        var saturdayNoonUtc = new DateTimeOffset(2026, 11, 28, 12, 0, 0, TimeSpan.Zero); // 04:00 in Los Angeles

        Assert.Equal(new DateTimeOffset(2026, 11, 30, 17, 0, 0, TimeSpan.Zero), CallingWindow.NextOpening(Weekdays, LosAngeles, saturdayNoonUtc));
    }

    [Fact]
    public void TheSameMomentIsInsideTheHoursForOneZoneAndOutsideForAnother()
    {
        var mondayNineteenUtc = new DateTimeOffset(2026, 11, 30, 19, 0, 0, TimeSpan.Zero); // 20:00 in Paris, 11:00 in Los Angeles

        Assert.Equal(mondayNineteenUtc, CallingWindow.NextOpening(Weekdays, LosAngeles, mondayNineteenUtc));
        Assert.True(CallingWindow.NextOpening(Weekdays, Paris, mondayNineteenUtc) > mondayNineteenUtc);
    }

    [Theory]
    [InlineData("+14155550123", "America/Los_Angeles")]
    [InlineData("+33145678901", "Europe/Paris")]
    public void ALeadsZoneComesFromItsNumberWhenItHasOne(string phone, string zone)
    {
        Assert.Equal(zone, PhoneTimeZone.Of(phone));
    }
}
