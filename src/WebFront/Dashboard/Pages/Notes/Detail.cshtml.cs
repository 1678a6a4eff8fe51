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

    /// <summary>Each artifact's link, valid for <c>Concierge:Notes:LinkMinutes</c> (ours, or an Azure SAS URL on Blob storage).</summary>
    public IReadOnlyDictionary<string, string> FileLinks { get; private set; } = new Dictionary<string, string>();

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Note = Id.Length <= 64 && await grains.GetGrain<INoteGrain>(Id).GetAsync() is { } note && note.CompanyId == CompanyId ? note : null;
        if (Note is null)
        {
            return Missing();
        }

        var fileLinks = new Dictionary<string, string>();
        foreach (var file in Note.Artifacts)
        {
            fileLinks[file] = (await links.LinkAsync(Note, file, "", cancellationToken)).Url;
        }

        FileLinks = fileLinks;
        return Page();
    }
}
