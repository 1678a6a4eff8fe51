using System.Globalization;
using Concierge.Grains.Interfaces.Calls;
using Concierge.Silo.Queries;
using Concierge.WebFront.Api;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;
using Orleans;

namespace Concierge.WebFront.Dashboard.Pages.Calls;

/// <summary>
/// The call log, newest first, filtered by decision, caller, day (in the company's time zone) and words said, in keyset
/// pages: the REST API's list, read through its rules.
/// </summary>
public sealed class CallsModel(ConversationQueries conversations, CallTextQueries lines, IGrainFactory grains) : DashboardPage
{
    /// <summary>Calls read per query while exporting.</summary>
    private const int CsvPageSize = 500;

    [BindProperty(SupportsGet = true)]
    public string? Decision { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Caller { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Date { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Cursor { get; set; }

    /// <summary>The page of calls; null when the filters were refused.</summary>
    public CallTable? Table { get; private set; }

    public string? NextCursor { get; private set; }

    public bool Filtered => Decision is { Length: > 0 } || Caller is { Length: > 0 } || Date is { Length: > 0 } || Q is { Length: > 0 };

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var validation = new Validation();
        var (filter, after, take) = await ReadFiltersAsync(validation);
        if (!validation.IsValid)
        {
            return Invalid(validation);
        }

        var page = await conversations.ListAsync(filter, after, take, cancellationToken);
        Table = await CallTable.ReadAsync(
            "calls", $"Calls, newest first{(Filtered ? " (filtered)" : "")}", page.Items, Blank(Q), lines, this, cancellationToken);
        NextCursor = page.Next?.Encode();
        return Page();
    }

    /// <summary>
    /// <c>/calls.csv</c> with the list's filters: every matching call (up to <see cref="CallsCsv.MaxRows"/>), newest
    /// first, streamed a page at a time; refused filters get the page with their errors, as the list does.
    /// </summary>
    public async Task<IActionResult> OnGetCsvAsync(CancellationToken cancellationToken)
    {
        var validation = new Validation();
        Cursor = null; // an export starts at the newest call, whatever page the list was on
        var (filter, _, _) = await ReadFiltersAsync(validation);
        if (!validation.IsValid)
        {
            return Invalid(validation);
        }

        return new StreamedCsvResult("calls.csv", async body =>
        {
            await body.WriteAsync(CallsCsv.Header);
            PageCursor? after = null;
            var written = 0;
            do
            {
                var page = await conversations.ListAsync(filter, after, Math.Min(CsvPageSize, CallsCsv.MaxRows - written), cancellationToken);
                var messages = await lines.LastCallerLinesAsync(
                    [.. page.Items.Where(c => c.FinalDecision == CallDecisions.MessageTaken).Select(c => c.CallSid)], cancellationToken);
                foreach (var call in page.Items)
                {
                    await body.WriteAsync(CallsCsv.Row(call, messages.GetValueOrDefault(call.CallSid), Clock));
                }

                written += page.Items.Count;
                after = page.Next;
            }
            while (after is not null && written < CallsCsv.MaxRows);
        });
    }

    /// <summary>The address of this list's filters as a CSV file.</summary>
    public string CsvLink => QueryHelpers.AddQueryString("/calls.csv", Filters().Where(p => p.Value is not null));

    /// <summary>This list's address with the same filters, from <paramref name="cursor"/> (null: the first page).</summary>
    public string PageLink(string? cursor)
    {
        var query = Filters().Append(new("cursor", cursor));
        return QueryHelpers.AddQueryString("/calls", query.Where(p => p.Value is not null));
    }

    private Dictionary<string, string?> Filters() =>
        new Dictionary<string, string?> { ["decision"] = Blank(Decision), ["caller"] = Blank(Caller), ["date"] = Blank(Date), ["q"] = Blank(Q) };

    private Task<(ConversationFilter Filter, PageCursor? After, int Take)> ReadFiltersAsync(Validation validation)
    {
        var day = Day(validation);
        var query = new ConversationListQuery
        {
            Caller = Blank(Caller), Decision = Blank(Decision), From = Instant(day), To = Instant(day?.AddDays(1)), Q = Blank(Q), Cursor = Blank(Cursor),
        };
        return query.ReadAsync(validation, grains, CompanyId);
    }

    private DateOnly? Day(Validation validation)
    {
        if (Blank(Date) is not { } date)
        {
            return null;
        }

        if (!DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            validation.Add("date", "date must be a day such as 2026-11-21.");
            return null;
        }

        // Checked before the day after it is computed: 9999-12-31 has none.
        if (!CallLogDates.Contains(day))
        {
            validation.Add("date", CallLogDates.OutOfRange("date", "day"));
            return null;
        }

        return day;
    }

    /// <summary>
    /// Where <paramref name="day"/> starts in the company's time zone, as the API's filter takes it. Clamped to the call log's
    /// range: the first and last days of it start or end outside it in zones away from UTC.
    /// </summary>
    private string? Instant(DateOnly? day)
    {
        if (day is not { } value)
        {
            return null;
        }

        var start = Clock.StartOf(value);
        var clamped = start < CallLogDates.Earliest ? CallLogDates.Earliest : start > CallLogDates.Latest ? CallLogDates.Latest : start;
        return clamped.ToString("O", CultureInfo.InvariantCulture);
    }

    // An empty form field means "any", as a missing query parameter does for the REST API.
    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
