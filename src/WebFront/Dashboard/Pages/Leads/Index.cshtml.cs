using Concierge.Grains.Interfaces.Leads;
using Concierge.Silo.Leads;
using Concierge.WebFront.Api;
using Concierge.WebFront.Leads;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;
using Orleans;

namespace Concierge.WebFront.Dashboard.Pages.Leads;

/// <summary>
/// The company's leads: how many stand at each step of the pipeline, the list (filtered by status, by the same rules as
/// <c>/api/leads</c>) with score and tier, and a form to add a lead by hand.
/// </summary>
public sealed class LeadsModel(LeadQueries leads, IGrainFactory grains, TimeProvider time) : DashboardPage
{
    /// <summary>The steps the pipeline shows, in order (cancelled leads are counted under "All" only).</summary>
    public static IReadOnlyList<string> Pipeline { get; } =
        [LeadStatuses.New, LeadStatuses.Scheduled, LeadStatuses.Calling, LeadStatuses.Qualified, LeadStatuses.Declined, LeadStatuses.Unreachable];

    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Cursor { get; set; }

    [BindProperty]
    public LeadContactFields Lead { get; set; } = new();

    public IReadOnlyList<LeadSummaryRow> Leads { get; private set; } = [];

    public IReadOnlyDictionary<string, long> Counts { get; private set; } = new Dictionary<string, long>();

    public string? NextCursor { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var validation = new Validation();
        await ListAsync(validation, cancellationToken);
        return validation.IsValid ? Page() : Invalid(validation);
    }

    /// <summary>A lead the owner adds by hand: they state the lead agreed to be called, and that is the consent recorded.</summary>
    public async Task<IActionResult> OnPostAddAsync(CancellationToken cancellationToken)
    {
        var validation = new Validation();
        var now = time.GetUtcNow();
        var input = Lead.ToInput("dashboard", ConsentStatement, now, null);
        var lead = LeadIntakeRules.Validate(input, CompanyId, Settings?.DefaultRegion ?? PhoneDisplay.Us.Region, now, validation);
        if (lead is not null)
        {
            var submitted = await LeadSubmission.SubmitAsync(grains, leads, lead, cancellationToken);
            if (submitted.Lead is { } added)
            {
                Notice = $"{added.Name} was added; the call is placed within the calling hours.";
                return RedirectToPage("/Leads/Detail", new { id = added.LeadId });
            }

            validation.Add("phone", submitted.DoNotCall
                ? $"{lead.Phone} is on the do-not-call list: it is not called."
                : $"{lead.Phone} already has an open lead.");
        }

        await ListAsync(new Validation(), cancellationToken);
        return Invalid(validation);
    }

    /// <summary>The consent text of a lead the owner adds: who vouches for it, since the lead did not tick a box themselves.</summary>
    public static string OwnerConsent(string company) => $"The lead agreed to be called by {company}; recorded by the company on its dashboard.";

    /// <summary>What the owner ticks when adding a lead by hand: the consent recorded.</summary>
    public string ConsentStatement => OwnerConsent(Settings?.Name ?? CompanyId);

    /// <summary>The company's public intake form, to link from its site.</summary>
    public string IntakeLink => $"/intake/{CompanyId}";

    public long Count(string status) => Counts.GetValueOrDefault(status);

    public long Total => Counts.Values.Sum();

    public string PageLink(string? status, string? cursor)
    {
        var query = new Dictionary<string, string?> { ["status"] = status, ["cursor"] = cursor };
        return QueryHelpers.AddQueryString("/leads", query.Where(p => !string.IsNullOrEmpty(p.Value)));
    }

    private async Task ListAsync(Validation validation, CancellationToken cancellationToken)
    {
        var (filter, after, take) = new LeadListQuery { Status = string.IsNullOrEmpty(Status) ? null : Status, Cursor = Cursor }.Read(validation);
        Counts = (await leads.CountByStatusAsync(CompanyId, cancellationToken)).ToDictionary(c => c.Status, c => c.Leads);
        if (validation.IsValid)
        {
            var page = await leads.ListAsync(CompanyId, filter, after, take, cancellationToken);
            Leads = page.Items;
            NextCursor = page.Next?.Encode();
        }
    }
}
