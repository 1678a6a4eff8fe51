using Concierge.Grains.Interfaces.Companies;
using Concierge.Silo.Notes;
using Concierge.WebFront.Api;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;
using Orleans;

namespace Concierge.WebFront.Dashboard.Pages.Notes;

/// <summary>
/// The company's SMS/WhatsApp notes, newest first, filtered by intent and words, by the same rules as <c>/api/notes</c>;
/// and who may send them, added (with the operator API's rules) and removed by the owner.
/// </summary>
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

    /// <summary>The number of a sender to add or remove, posted as <c>phone</c> like the API's field.</summary>
    [BindProperty(Name = "phone")]
    public string? SenderPhone { get; set; }

    [BindProperty(Name = "name")]
    public string? SenderName { get; set; }

    /// <summary>Who may send the company notes (<c>/api/companies/{id}/senders</c> for the operator).</summary>
    public IReadOnlyList<MessageSender> Senders { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Senders = await Company.ListSendersAsync();
        var validation = new Validation();
        var query = new NoteListQuery { Intent = string.IsNullOrEmpty(Intent) ? null : Intent, Q = Q, Cursor = Cursor };
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

    public async Task<IActionResult> OnPostAddSenderAsync(CancellationToken cancellationToken)
    {
        var validation = new Validation();
        var (phone, name) = await SenderRules.ReadAsync(validation, SenderPhone, SenderName, grains, CompanyId);
        var change = validation.IsValid ? await Company.AddSenderAsync(phone!, name!) : null;
        switch (change)
        {
            case { Kind: SenderChangeKind.Added, Sender: { } added }:
                Notice = $"{added.Name} ({added.Phone}) may now send notes.";
                return RedirectToPage();
            case { Kind: SenderChangeKind.Renamed, Sender: { } renamed }:
                Notice = $"{renamed.Phone} is now listed as {renamed.Name}.";
                return RedirectToPage();
            case { Kind: SenderChangeKind.ListFull }:
                validation.Add("phone", SenderRules.ListFull);
                break;
        }

        // The page shown again is the unfiltered list, with the sender form's messages.
        (Intent, Q, Cursor) = (null, null, null);
        await OnGetAsync(cancellationToken);
        return Invalid(validation);
    }

    public async Task<IActionResult> OnPostRemoveSenderAsync()
    {
        var phone = await new Validation().CompanyPhoneAsync("phone", SenderPhone, grains, CompanyId);
        if (phone is not null && await Company.RemoveSenderAsync(phone))
        {
            Notice = $"{phone} may no longer send notes.";
        }

        return RedirectToPage();
    }

    private ICompanyGrain Company => grains.GetGrain<ICompanyGrain>(CompanyId);

    public string PageLink(string? cursor)
    {
        var query = new Dictionary<string, string?> { ["intent"] = Intent, ["q"] = Q, ["cursor"] = cursor };
        return QueryHelpers.AddQueryString("/notes", query.Where(p => !string.IsNullOrEmpty(p.Value)));
    }
}
