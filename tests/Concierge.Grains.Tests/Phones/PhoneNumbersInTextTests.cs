using Concierge.Grains.Interfaces.Phones;

namespace Concierge.Grains.Tests.Phones;

public sealed class PhoneNumbersInTextTests
{
    [Theory]
    [InlineData("caller/default/+14155550100", "caller/default/+1********00")]
    [InlineData("+33612345678 called +447700900123", "+33*******78 called +44********23")]
    [InlineData("CA0123456789abcdef (no plus: a Sid, not a number)", "CA0123456789abcdef (no plus: a Sid, not a number)")]
    [InlineData("+999123456789", "+**********89")]
    [InlineData("version 12 of 3", "version 12 of 3")]
    [InlineData("caller +33 6 12 34 56 78 hung up", "caller +33*******78 hung up")]
    [InlineData("from +1 (415) 867-5309.", "from +1********09.")]
    [InlineData("+44 20 7946 0958 and +33612345678", "+44********58 and +33*******78")]
    [InlineData("(415) 867-5309 has no country code", "(415) 867-5309 has no country code")]
    [InlineData("at 2026-11-28T05:00:00+00:00", "at 2026-11-28T05:00:00+00:00")]
    [InlineData("+33 6 12 34 56 78, then 3 retries", "+33*******78, then 3 retries")]
    [InlineData("\uFF0B33 6 12 34 56 78", "+33*******78")]
    public void NumbersInTextAreMaskedAsPhoneNumberMaskedWould(string text, string masked)
    {
        Assert.Equal(masked, PhoneNumbersInText.Mask(text));
    }

    [Fact]
    public void AParsedNumberIsMaskedExactlyLikeItsMaskedProperty()
    {
        var number = PhoneNumber.Parse("+33 6 12 34 56 78", "FR");

        Assert.Equal($"key/{number.Masked}", PhoneNumbersInText.Mask($"key/{number.E164}"));
    }
}
