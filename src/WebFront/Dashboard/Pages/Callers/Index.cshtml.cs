using Concierge.Silo.Queries;
using Concierge.WebFront.Api;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;

namespace Concierge.WebFront.Dashboard.Pages.Callers;

/// <summary>Everyone who called, most recently active first, in keyset pages; optionally the blocked ones only.</summary>
public sealed class CallersModel(CallerQueries callers) : DashboardPage
{
    [BindProperty(SupportsGet = true)]
    public bool Blocked { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Cursor { get; set; }

    public IReadOnlyList<CallerSummary> Callers { get; private set; } = [];

    public string? NextCursor { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var validation = new Validation();
        var (after, take) = Paging.Read(validation, Cursor, limit: null);
        if (!validation.IsValid)
        {
            return Invalid(validation);
        }

        var page = await callers.ListAsync(CompanyId, Blocked, after, take, cancellationToken);
        Callers = page.Items;
        NextCursor = page.Next?.Encode();
        return Page();
    }

    public string PageLink(string? cursor)
    {
        var query = new Dictionary<string, string?> { ["blocked"] = Blocked ? "true" : null, ["cursor"] = cursor };
        return QueryHelpers.AddQueryString("/callers", query.Where(p => p.Value is not null));
    }
}
