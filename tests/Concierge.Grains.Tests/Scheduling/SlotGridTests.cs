using Concierge.Grains.Interfaces.Scheduling;
using Concierge.Grains.Scheduling;

namespace Concierge.Grains.Tests.Scheduling;

public sealed class SlotGridTests
{
    private static readonly OpeningHours[] MorningAndAfternoon =
    [
        new(DayOfWeek.Tuesday, new TimeOnly(9, 0), new TimeOnly(12, 0)),
        new(DayOfWeek.Tuesday, new TimeOnly(14, 0), new TimeOnly(16, 0)),
    ];

    [Fact]
    public void SlotsStartEveryDurationPlusBufferAndEndByClosingTime()
    {
        var haircut = new AppointmentType("Haircut", 45, 15);

        var starts = SlotGrid.Starts(MorningAndAfternoon, haircut).Select(t => t.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(["09:00", "10:00", "11:00", "14:00", "15:00"], starts);
    }

    [Fact]
    public void AnAppointmentsBufferKeepsTheNextSlotFromStartingInsideIt()
    {
        var colour = new AppointmentType("Colour", 30, 30);
        var booked = Appointment(new TimeOnly(10, 0), colour);

        Assert.True(SlotGrid.Overlaps([booked], new TimeOnly(10, 30), new AppointmentType("Cut", 30, 0)));
        Assert.False(SlotGrid.Overlaps([booked], new TimeOnly(11, 0), new AppointmentType("Cut", 30, 0)));
        Assert.True(SlotGrid.Overlaps([booked], new TimeOnly(9, 45), new AppointmentType("Cut", 15, 5)));
        Assert.False(SlotGrid.Overlaps([booked with { Status = AppointmentStatuses.Cancelled }], new TimeOnly(10, 0), colour));
    }

    [Theory]
    [InlineData("2026-03-17", "2026-03-11")]
    [InlineData("2027-01-02", "2026-12-30")]
    [InlineData("2026-12-30", "2027-01-02")]
    [InlineData("2026-10-01", "2026-01-05")]
    public void AReferenceNamesItsDayFromAnyDayAroundIt(string day, string today)
    {
        var date = DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture);

        var reference = AppointmentReference.New(date, []);

        Assert.Matches(@"\A[0-9]{6}\z", reference);
        Assert.Equal(date, AppointmentReference.DateOf(reference, DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData("000123")]
    [InlineData("367123")]
    [InlineData("12345")]
    [InlineData("12a456")]
    [InlineData("１２３４５６")]
    public void TextThatIsNotAReferenceNamesNoDay(string text) =>
        Assert.Null(AppointmentReference.DateOf(text, new DateOnly(2026, 3, 11)));

    private static Appointment Appointment(TimeOnly start, AppointmentType type) => new(
        "c", "070123", new DateOnly(2026, 3, 11), start, DateTimeOffset.UnixEpoch, type.Name, type.DurationMinutes, type.BufferMinutes,
        null, null, AppointmentStatuses.Booked, DateTimeOffset.UnixEpoch);
}
