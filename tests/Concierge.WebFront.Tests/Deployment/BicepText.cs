using System.Text;
using System.Text.RegularExpressions;
using Concierge.TestSupport;

namespace Concierge.WebFront.Tests.Deployment;

/// <summary>
/// A bicep file read for structural checks: the Bicep compiler cannot be obtained from the registries these machines
/// reach, so the tests check declarations and properties as text, after stripping comments and string contents.
/// </summary>
internal sealed partial class BicepText(string relativePath)
{
    public string Text { get; } = RepositoryFile.Read(relativePath);

    /// <summary>The file without comments and with every string's content blanked: what is left is the structure.</summary>
    public string Code => Structure(Text);

    /// <summary>Declared parameters: name → whether it has a default value.</summary>
    public Dictionary<string, bool> Parameters =>
        ParameterDeclaration().Matches(Text).ToDictionary(m => m.Groups["name"].Value, m => m.Groups["default"].Success);

    public IEnumerable<string> Variables => VariableDeclaration().Matches(Text).Select(m => m.Groups["name"].Value);

    /// <summary>How often <paramref name="identifier"/> appears as a whole word in the code (declaration included).</summary>
    public int Uses(string identifier) => Regex.Count(Code, $@"(?<![\w.]){Regex.Escape(identifier)}\b");

    private static string Structure(string text)
    {
        var code = new StringBuilder(text.Length);
        var inString = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (inString)
            {
                if (c == '\\')
                {
                    i++;
                }
                else if (c == '\'')
                {
                    inString = false;
                    code.Append(c);
                }
                else if (c == '$' && i + 1 < text.Length && text[i + 1] == '{')
                {
                    // an interpolation is code: copy it up to its closing brace
                    var end = text.IndexOf('}', i);
                    code.Append(text, i, end - i + 1);
                    i = end;
                }

                continue;
            }

            if (c == '/' && i + 1 < text.Length && text[i + 1] == '/')
            {
                i = text.IndexOf('\n', i) is var newline and >= 0 ? newline - 1 : text.Length;
                continue;
            }

            inString = c == '\'';
            code.Append(c);
        }

        return code.ToString();
    }

    [GeneratedRegex(@"^param (?<name>\w+) \w+(?<default> =)?", RegexOptions.Multiline)]
    private static partial Regex ParameterDeclaration();

    [GeneratedRegex(@"^var (?<name>\w+) =", RegexOptions.Multiline)]
    private static partial Regex VariableDeclaration();
}
