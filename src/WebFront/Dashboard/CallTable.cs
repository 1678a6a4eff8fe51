using Concierge.Grains.Interfaces.Calls;
using Concierge.Grains.Interfaces.Projections;
using Concierge.Silo.Queries;

namespace Concierge.WebFront.Dashboard;

/// <summary>
/// A list of calls as the dashboard's tables show it: each call with the message its caller left and, for a search, the
/// line the search matched (by call sid), read in the company's clock and numbering.
/// </summary>
public sealed record CallTable(
    string Id,
    string Caption,
    IReadOnlyList<CallRow> Calls,
    IReadOnlyDictionary<string, string> Messages,
    IReadOnlyDictionary<string, string> MatchedLines,
    SearchHighlight Search,
    CompanyClock Clock,
    PhoneDisplay Phones)
{
    public bool Searched => MatchedLines.Count > 0;

    /// <summary>The table of <paramref name="calls"/> for <paramref name="page"/>, with their messages and the lines <paramref name="search"/> matched.</summary>
    public static async Task<CallTable> ReadAsync(
        string id, string caption, IReadOnlyList<CallRow> calls, string? search, CallTextQueries lines, DashboardPage page, CancellationToken cancellationToken)
    {
        var messages = await lines.LastCallerLinesAsync(
            [.. calls.Where(c => c.FinalDecision == CallDecisions.MessageTaken).Select(c => c.CallSid)], cancellationToken);
        var highlight = new SearchHighlight(search);
        var matched = new Dictionary<string, string>();
        if (!string.IsNullOrWhiteSpace(search))
        {
            foreach (var line in await lines.SpokenLinesAsync([.. calls.Select(c => c.CallSid)], cancellationToken))
            {
                if (!matched.ContainsKey(line.CallSid) && highlight.Matches(line.Text))
                {
                    matched[line.CallSid] = line.Text;
                }
            }
        }

        return new CallTable(id, caption, calls, messages, matched, highlight, page.Clock, page.Phones);
    }
}
