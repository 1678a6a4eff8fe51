using Concierge.Grains.Interfaces.Notes;
using Concierge.WebFront.Api;
using Microsoft.AspNetCore.Mvc;
using Orleans;

namespace Concierge.WebFront.Dashboard.Pages.Notes;

/// <summary>One note: its text, what it was read as, its timings, and download links to its artifacts.</summary>
public sealed class NoteDetailModel(IGrainFactory grains, NoteFileLinks links) : DashboardPage
{
    [BindProperty(SupportsGet = true)]
    public string Id { get; set; } = "";

    public NoteRecord? Note { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        Note = Id.Length <= 64 && await grains.GetGrain<INoteGrain>(Id).GetAsync() is { } note && note.CompanyId == CompanyId ? note : null;
        return Note is null ? Missing() : Page();
    }

    /// <summary>A signed link to <paramref name="file"/>, valid for <c>Concierge:Notes:LinkMinutes</c>.</summary>
    public string FileLink(string file) =>
        $"/api/notes/{Uri.EscapeDataString(Id)}/files/{file}?token={Uri.EscapeDataString(links.Issue(Id, file).Token)}";
}
