using Concierge.Silo.Leads;
using Concierge.WebFront.Api;
using Concierge.WebFront.Leads;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Orleans;

namespace Concierge.WebFront.Dashboard.Pages.Intake;

/// <summary>
/// The public form a company links to from its site: a visitor leaves their details and ticks the company's consent wording,
/// and the lead is handed over with the REST API's rules. Open to anyone, so counted per client address.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(IntakeRateLimit.Name)]
public sealed class IntakeFormModel(IGrainFactory grains, LeadQueries leads, TimeProvider time) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string CompanyId { get; set; } = "";

    /// <summary>The form's fields, named as the API names them (name, phone…).</summary>
    [BindProperty]
    public LeadContactFields Fields { get; set; } = new();

    /// <summary>The <see cref="IntakeCompany.ConsentVersion"/> of the wording the form showed.</summary>
    [BindProperty]
    public string? Wording { get; set; }

    /// <summary>The company whose form this is; null when there is none (the page is then a 404).</summary>
    public IntakeCompany? Company { get; private set; }

    public FieldErrors Errors { get; private set; } = FieldErrors.None;

    public async Task<IActionResult> OnGetAsync() => await FindAsync() ? Page() : NoForm();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await FindAsync())
        {
            return NoForm();
        }

        var validation = new Validation();
        var now = time.GetUtcNow();
        var lead = LeadIntakeRules.Validate(Fields.ToInput("intake form", Company!.ConsentText, now, Company.Language), Company.Id, Company.Region, now, validation);
        if (Fields.Consent && Wording != Company.ConsentVersion)
        {
            (lead, Fields.Consent) = (null, false);
            validation.Add("consent.given", "The consent wording changed since the form was opened: please read it and tick the box again.");
        }

        if (lead is null)
        {
            return Refused(Company.Words.Say(validation.Errors), StatusCodes.Status400BadRequest);
        }

        var submitted = await LeadSubmission.SubmitAsync(grains, leads, lead, cancellationToken);
        if (submitted.Lead is null)
        {
            validation.Add("phone", string.Format(System.Globalization.CultureInfo.InvariantCulture, submitted.DoNotCall ? Company.Words.DoNotCall : Company.Words.Duplicate, Company.Name));
            return Refused(validation.Errors, StatusCodes.Status409Conflict);
        }

        return RedirectToPage("/Intake/Thanks", new { companyId = Company.Id });
    }

    private async Task<bool> FindAsync() => (Company = await IntakeCompany.FindAsync(grains, CompanyId)) is not null;

    private PageResult NoForm()
    {
        Response.StatusCode = StatusCodes.Status404NotFound;
        return Page();
    }

    private PageResult Refused(IReadOnlyDictionary<string, string[]> errors, int status)
    {
        Errors = new FieldErrors(errors);
        Response.StatusCode = status;
        return Page();
    }
}
