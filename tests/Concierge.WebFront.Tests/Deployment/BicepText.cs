using System.Text.RegularExpressions;
using Concierge.TestSupport;

namespace Concierge.WebFront.Tests.Deployment;

/// <summary>
/// A bicep file read as text, for tests of what it means (scripts/lint-deploy.sh compiles and lints every bicep file
/// with the Bicep CLI, so syntax, types and unused declarations are the compiler's business, not these tests').
/// </summary>
internal sealed partial class BicepText(string relativePath)
{
    public string Text { get; } = RepositoryFile.Read(relativePath);

    /// <summary>Declared parameters: name → whether it has a default value.</summary>
    public Dictionary<string, bool> Parameters =>
        ParameterDeclaration().Matches(Text).ToDictionary(m => m.Groups["name"].Value, m => m.Groups["default"].Success);

    /// <summary>Parameters marked <c>@secure()</c>.</summary>
    public IEnumerable<string> SecureParameters => SecureParameterDeclaration().Matches(Text).Select(m => m.Groups["name"].Value);

    /// <summary>The declaration of a resource or module, from its first line to its closing brace at the line start.</summary>
    public string Declaration(string symbol)
    {
        var start = Regex.Match(Text, $@"^(?:resource|module) {Regex.Escape(symbol)} ", RegexOptions.Multiline);
        Assert.True(start.Success, $"no resource or module '{symbol}'");
        var end = Text.IndexOf("\n}\n", start.Index, StringComparison.Ordinal);
        return Text[start.Index..(end + 2)];
    }

    /// <summary>The value expression of an app setting (<c>name: 'X'</c> followed by <c>value: …</c>), or null.</summary>
    public string? AppSetting(string name)
    {
        var match = Regex.Match(Text, $@"name: '{Regex.Escape(name)}'\n\s+value: (?<value>.+)\n");
        return match.Success ? match.Groups["value"].Value : null;
    }

    [GeneratedRegex(@"^param (?<name>\w+) \w+(?<default> =)?", RegexOptions.Multiline)]
    private static partial Regex ParameterDeclaration();

    [GeneratedRegex(@"^@secure\(\)\nparam (?<name>\w+) ", RegexOptions.Multiline)]
    private static partial Regex SecureParameterDeclaration();
}
