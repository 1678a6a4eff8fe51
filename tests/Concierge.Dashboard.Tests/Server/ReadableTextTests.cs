using Concierge.WebFront.Dashboard;

namespace Concierge.Dashboard.Tests.Server;

/// <summary>How the dashboard words what the call log stores: numbers for the company's region, deciders and choices, search matches.</summary>
public sealed class ReadableTextTests
{
    [Theory]
    [InlineData("US", "+14155550100", "(415) 555-0100")]
    [InlineData("FR", "+33612345678", "06 12 34 56 78")]
    [InlineData("US", "+33612345678", "+33 6 12 34 56 78")]
    [InlineData("FR", "+14155550100", "+1 415-555-0100")]
    [InlineData("US", "anonymous", "anonymous")]
    public void NumbersReadNationallyAtHomeAndInternationallyElsewhere(string region, string stored, string shown)
    {
        Assert.Equal(shown, new PhoneDisplay(region).Of(stored));
    }

    [Theory]
    [InlineData("offline", "rules")]
    [InlineData("offline (fallback: gpt-4o-mini timeout)", "rules (the model failed: gpt-4o-mini timeout)")]
    [InlineData("gpt-4o-mini", "model (gpt-4o-mini)")]
    [InlineData("exception list", "exception list")]
    public void DecidersAreRulesOrModel(string brain, string words)
    {
        Assert.Equal(words, DecisionLabels.OfBrain(brain));
    }

    [Theory]
    [InlineData("take_message", "take a message")]
    [InlineData("transfer", "put the caller through")]
    [InlineData("end", "end the call")]
    public void TheScreenersChoicesAreWords(string action, string words)
    {
        Assert.Equal(words, DecisionLabels.OfAction(action));
    }

    [Fact]
    public void SearchedWordsAreMarkedInTheLineAndTheRestIsEncoded()
    {
        var highlight = new SearchHighlight("hospital ACCIDENT");
        using var html = new StringWriter();

        highlight.Mark("There's been an accident <b>, I'm at the hospitals.").WriteTo(html, System.Text.Encodings.Web.HtmlEncoder.Default);

        Assert.Equal("There&#x27;s been an <mark>accident</mark> &lt;b&gt;, I&#x27;m at the <mark>hospitals</mark>.", html.ToString());
        Assert.False(highlight.Matches("a hospice"));
    }
}
