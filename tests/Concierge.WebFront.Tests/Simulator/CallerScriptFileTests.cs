using Concierge.Simulator.Scripts;

namespace Concierge.WebFront.Tests.Simulator;

public sealed class CallerScriptFileTests
{
    [Fact]
    public void ScriptFileReadsLinesSilencesAndCallsAgain()
    {
        var script = CallerScriptFile.Parse("plumber", [
            "# a plumber who calls back",
            "Hi, it's Dan the plumber.",
            "",
            "(silence)",
            "---",
            "  It's Dan again, about the boiler.  ",
        ]);

        Assert.Equal("plumber", script.Name);
        Assert.Equal(2, script.Calls.Count);
        Assert.Equal(["Hi, it's Dan the plumber.", null], script.Calls[0].Lines);
        Assert.Equal(["It's Dan again, about the boiler."], script.Calls[1].Lines);
    }

    [Theory]
    [InlineData("")]
    [InlineData("# only a comment")]
    [InlineData("Hello?\n---")]
    public void ScriptWithACallWithNothingToSayIsRefused(string text)
    {
        var error = Assert.Throws<FormatException>(() => CallerScriptFile.Parse("empty", text.Split('\n')));

        Assert.Contains("every call needs at least one line", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownScenarioIsRefusedNamingTheKnownOnes()
    {
        var error = Assert.Throws<ArgumentException>(() => CallerScripts.Named("urgent,plumber"));

        Assert.Contains("No scenario 'plumber'", error.Message, StringComparison.Ordinal);
        Assert.Contains("exception, urgent, sales, scam, silent, repeat, french", error.Message, StringComparison.Ordinal);
    }
}
