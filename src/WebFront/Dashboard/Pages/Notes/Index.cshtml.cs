using Concierge.Silo.Notes;
using Concierge.WebFront.Api;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;
using Orleans;

namespace Concierge.WebFront.Dashboard.Pages.Notes;

/// <summary>The company's SMS/WhatsApp notes, newest first, filtered by intent and words, by the same rules as <c>/api/notes</c>.</summary>
public sealed class NotesModel(NoteQueries notes, IGrainFactory grains) : DashboardPage
{
    [BindProperty(SupportsGet = true)]
    public string? Intent { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Cursor { get; set; }

    public IReadOnlyList<NoteSummaryRow> Notes { get; private set; } = [];

    public string? NextCursor { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var validation = new Validation();
        var query = new NoteListQuery(string.IsNullOrEmpty(Intent) ? null : Intent, null, null, null, Q, Cursor, null);
        var (filter, after, take) = await query.ReadAsync(validation, grains, CompanyId);
        if (!validation.IsValid)
        {
            return Invalid(validation);
        }

        var page = await notes.ListAsync(CompanyId, filter, after, take, cancellationToken);
        Notes = page.Items;
        NextCursor = page.Next?.Encode();
        return Page();
    }

    public string PageLink(string? cursor)
    {
        var query = new Dictionary<string, string?> { ["intent"] = Intent, ["q"] = Q, ["cursor"] = cursor };
        return QueryHelpers.AddQueryString("/notes", query.Where(p => !string.IsNullOrEmpty(p.Value)));
    }
}
