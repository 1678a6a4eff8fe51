using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Html;

namespace Concierge.WebFront.Dashboard;

/// <summary>
/// The words of a call search, found again in the lines it matched so the owner sees why a call is in the results: each
/// word of the search, at the start of a word of the line (the text index matches words and their longer forms), in any case.
/// </summary>
public sealed class SearchHighlight
{
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(100);

    private readonly Regex? words;

    public SearchHighlight(string? search)
    {
        var terms = (search ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(term => new string([.. term.Where(char.IsLetterOrDigit)]))
            .Where(term => term.Length > 0)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        words = terms.Count == 0
            ? null
            : new Regex(
                $@"(?<![\p{{L}}\p{{N}}])(?:{string.Join('|', terms.Select(Regex.Escape))})[\p{{L}}\p{{N}}]*",
                RegexOptions.IgnoreCase | RegexOptions.CultureInvariant,
                MatchTimeout);
    }

    /// <summary>True when <paramref name="line"/> holds a word of the search.</summary>
    public bool Matches(string line) => words?.IsMatch(line) == true;

    /// <summary><paramref name="line"/>, encoded, with each word of the search in a <c>mark</c>.</summary>
    public IHtmlContent Mark(string line)
    {
        var html = new HtmlContentBuilder();
        var at = 0;
        foreach (Match match in words?.Matches(line) ?? (IEnumerable<Match>)[])
        {
            html.Append(line[at..match.Index]);
            html.AppendHtml("<mark>");
            html.Append(match.Value);
            html.AppendHtml("</mark>");
            at = match.Index + match.Length;
        }

        html.Append(line[at..]);
        return html;
    }
}
