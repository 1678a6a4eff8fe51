using Concierge.Grains.Calls.Booking;
using Concierge.Grains.Interfaces.Scheduling;

namespace Concierge.Grains.Tests.Booking;

/// <summary>A model's tool call is acted on only where it fits the dialogue; otherwise the turn is read offline.</summary>
public sealed class BookingReadingTests
{
    private static readonly DateOnly Today = new(2026, 11, 28);

    private static readonly CalendarSettings Calendar = CalendarSettings.Default with { Types = [new AppointmentType("Haircut", 30, 0)], HorizonDays = 30 };

    private static readonly List<FreeSlot> ThreeOffered =
    [
        .. new[] { 10, 11, 12 }.Select(hour => new FreeSlot(Today.AddDays(2), new TimeOnly(hour, 0), DateTimeOffset.UnixEpoch, "Haircut")),
    ];

    public static TheoryData<BookingToolCall, BookingStage> DoesNotFit => new()
    {
        { new BookingToolCall(BookingTool.ChooseOffered, Index: 4), BookingStage.Offering }, // three were offered
        { new BookingToolCall(BookingTool.ChooseOffered, Index: 0), BookingStage.Offering }, // 1-based
        { new BookingToolCall(BookingTool.ChooseOffered, Index: 1), BookingStage.AskingWhen }, // nothing offered yet
        { new BookingToolCall(BookingTool.FindSlots, Date: Today.AddDays(-1)), BookingStage.AskingWhen }, // past
        { new BookingToolCall(BookingTool.FindSlots, Date: Today.AddDays(31)), BookingStage.AskingWhen }, // beyond the horizon
        { new BookingToolCall(BookingTool.FindSlots), BookingStage.AskingWhen }, // says nothing about when
        { new BookingToolCall(BookingTool.FindSlots, Date: Today.AddDays(2)), BookingStage.ConfirmingCancel },
        { new BookingToolCall(BookingTool.CancelAppointment, Reference: "999123"), BookingStage.AskingReference }, // no day 999
        { new BookingToolCall(BookingTool.MoveAppointment, Reference: "335042"), BookingStage.AskingReference }, // the caller asked to cancel
        { new BookingToolCall(BookingTool.AnswerYesNo), BookingStage.ConfirmingCancel }, // no answer given
    };

    [Theory]
    [MemberData(nameof(DoesNotFit))]
    public void ToolCallThatDoesNotFitIsRefused(BookingToolCall call, BookingStage stage)
    {
        var booking = new CallBookingState { Intent = BookingIntent.Cancel, Stage = stage, Offered = stage == BookingStage.Offering ? ThreeOffered : [] };

        Assert.Null(BookingReading.FromTool(call, booking, Calendar, Today, "model"));
    }

    [Fact]
    public void ChoiceIsOneBasedForTheModelAndZeroBasedForTheDialogue()
    {
        var booking = new CallBookingState { Stage = BookingStage.Offering, Offered = ThreeOffered };

        var reading = BookingReading.FromTool(new BookingToolCall(BookingTool.ChooseOffered, Index: 3), booking, Calendar, Today, "model");

        Assert.Equal(2, reading?.Choice);
    }

    [Fact]
    public void SlotsAskedForKeepTheCalendarsSpellingOfTheTypeAndDropATypeItDoesNotHave()
    {
        var booking = new CallBookingState { Stage = BookingStage.AskingWhen };

        var named = BookingReading.FromTool(new BookingToolCall(BookingTool.FindSlots, Today.AddDays(3), new TimeOnly(15, 0), AppointmentType: "haircut"), booking, Calendar, Today, "model");
        var unknown = BookingReading.FromTool(new BookingToolCall(BookingTool.FindSlots, Today.AddDays(3), PartOfDay: SlotPart.Morning, AppointmentType: "massage"), booking, Calendar, Today, "model");

        Assert.Equal(("Haircut", new TimeOnly(15, 0)), (named?.TypeName, named?.When?.Time));
        Assert.Null(unknown?.TypeName);
        Assert.Equal(Today.AddDays(3), unknown?.When?.Date);
    }
}
