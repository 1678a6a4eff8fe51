using Concierge.Grains.Calls.Booking;

namespace Concierge.Grains.Tests.Booking;

/// <summary>The offline understanding of a booking dialogue: what is asked, in which language, which offer is picked, the reference.</summary>
public sealed class BookingCuesTests
{
    [Theory]
    [InlineData("I'd like to book a haircut Tuesday afternoon", BookingIntent.Book, false)]
    [InlineData("Je voudrais prendre rendez-vous", BookingIntent.Book, true)]
    [InlineData("I need to reschedule", BookingIntent.Move, false)]
    [InlineData("Est-ce que je peux déplacer mon rendez-vous ?", BookingIntent.Move, true)]
    [InlineData("I want to cancel my appointment", BookingIntent.Cancel, false)]
    [InlineData("annuler mon rendez-vous", BookingIntent.Cancel, true)]
    public void AskingToBookMoveOrCancelIsHeardInEnglishAndFrench(string words, BookingIntent intent, bool french) =>
        Assert.Equal((intent, french), BookingCues.Intent(words));

    [Theory]
    [InlineData("Hi, this is Sam about the boiler repair")]
    [InlineData("Bonjour, c'est Claire, rappelez-moi")]
    [InlineData("I'm calling about my bookkeeping")]
    public void OtherCallsAskForNoBooking(string words) => Assert.Null(BookingCues.Intent(words));

    [Theory]
    [InlineData("it's one two three four five six", "123456")]
    [InlineData("123 456", "123456")]
    [InlineData("zéro quatre deux, neuf neuf un", "042991")]
    public void AReferenceIsReadFromItsDigitsSaidOrWritten(string words, string reference) => Assert.Equal(reference, BookingCues.Reference(words));

    [Theory]
    [InlineData("one two three")]
    [InlineData("999 123")] // no day 999 in a year
    [InlineData("one two three four five six seven")]
    public void DigitsThatAreNoReferenceFindNone(string words) => Assert.Null(BookingCues.Reference(words));

    [Theory]
    [InlineData("the second one", 3, 1)]
    [InlineData("la première", 3, 0)]
    [InlineData("the last one please", 3, 2)]
    [InlineData("le troisième", 2, null)]
    public void AnOfferIsPickedByItsRank(string words, int offered, int? chosen) => Assert.Equal(chosen, BookingCues.Choice(words, offered));

    [Fact]
    public void YesNoAndGivingUpAreTold()
    {
        Assert.True(BookingCues.IsYes("Oui, d'accord"));
        Assert.False(BookingCues.IsYes("nothing"));
        Assert.True(BookingCues.IsNo("No, not that one"));
        Assert.False(BookingCues.IsNo("not sure"));
        Assert.True(BookingCues.GivesUp("Oh, never mind"));
        Assert.True(BookingCues.GivesUp("laissez tomber"));
    }
}
