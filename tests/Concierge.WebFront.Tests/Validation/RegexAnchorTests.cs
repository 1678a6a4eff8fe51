using System.Text.RegularExpressions;
using Concierge.TestSupport;

namespace Concierge.WebFront.Tests.Validation;

/// <summary>
/// "$" matches at the very end and also just before a final line break, so a pattern anchored with it accepts
/// "charlie\n". Every pattern in the app and the simulator ends with \z instead; this keeps new ones honest.
/// </summary>
public sealed partial class RegexAnchorTests
{
    [Fact]
    public void NoPatternInTheAppOrTheSimulatorIsAnchoredWithADollar()
    {
        var patterns = new[] { "src", "tools" }
            .SelectMany(folder => Directory.EnumerateFiles(RepositoryFile.Path(folder), "*.cs", SearchOption.AllDirectories))
            .Where(file => !file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(file => Pattern().Matches(File.ReadAllText(file)).Select(m => (File: Path.GetFileName(file), Pattern: m.Groups["pattern"].Value)))
            .ToList();

        Assert.NotEmpty(patterns);
        var dollarAnchored = patterns.Where(p => UnescapedDollar().IsMatch(p.Pattern)).Select(p => $"{p.File}: {p.Pattern}").ToList();
        Assert.True(dollarAnchored.Count == 0, string.Join("\n", dollarAnchored));
    }

    // The text of a [GeneratedRegex(...)] or new Regex(...) pattern, verbatim or not.
    [GeneratedRegex(@"(?:GeneratedRegex|new Regex|Regex\.(?:IsMatch|Match|Matches|Replace))\((?:[^""]*?,\s*)?@?""(?<pattern>(?:[^""\\]|\\.|"""")*)""")]
    private static partial Regex Pattern();

    [GeneratedRegex(@"(?<!\\)\$")]
    private static partial Regex UnescapedDollar();
}
