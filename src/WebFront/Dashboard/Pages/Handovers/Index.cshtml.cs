using Concierge.Silo.Handovers;
using Concierge.WebFront.Api;
using Concierge.WebFront.Api.Contracts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;

namespace Concierge.WebFront.Dashboard.Pages.Handovers;

/// <summary>The company's handovers to a person, newest first, with their outcome, as <c>/api/handovers</c> lists them.</summary>
public sealed class HandoversModel(HandoverQueries handovers, TimeProvider time) : DashboardPage
{
    [BindProperty(SupportsGet = true)]
    public string? Cursor { get; set; }

    public IReadOnlyList<HandoverListItem> Handovers { get; private set; } = [];

    public string? NextCursor { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var validation = new Validation();
        var (after, take) = Paging.Read(validation, Cursor, null);
        if (!validation.IsValid)
        {
            return Invalid(validation);
        }

        var page = await handovers.ListAsync(CompanyId, after, take, cancellationToken);
        var now = time.GetUtcNow();
        Handovers = [.. page.Items.Select(row => HandoverListItem.Of(row, now))];
        NextCursor = page.Next?.Encode();
        return Page();
    }

    public static string PageLink(string? cursor) => cursor is null ? "/handovers" : QueryHelpers.AddQueryString("/handovers", "cursor", cursor);
}
