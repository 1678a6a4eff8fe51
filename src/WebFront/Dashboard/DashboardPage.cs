using Concierge.Grains.Interfaces.Companies;
using Concierge.WebFront.Api;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Orleans;

namespace Concierge.WebFront.Dashboard;

/// <summary>What every signed-in page has: the company it shows and its clock, the unread count, its form's errors, and a notice carried over a redirect.</summary>
public abstract class DashboardPage : PageModel
{
    public FieldErrors Errors { get; private set; } = FieldErrors.None;

    /// <summary>The company's settings as they were when the request began; null when it was never configured.</summary>
    public CompanySettings? Settings { get; private set; }

    /// <summary>Dates and days in the company's time zone.</summary>
    public CompanyClock Clock { get; private set; } = CompanyClock.Utc;

    /// <summary>Phone numbers as the company reads them (its region's numbers nationally).</summary>
    public PhoneDisplay Phones { get; private set; } = PhoneDisplay.Us;

    /// <summary>Said once on the next page after a change (e.g. "Added Mum").</summary>
    [TempData]
    public string? Notice { get; set; }

    /// <summary>How many calls that need the owner this user has not opened yet, as the navigation shows it.</summary>
    public int UnreadCalls => unreadCalls ?? 0;

    private int? unreadCalls;

    protected string CompanyId => User.CompanyId();

    /// <summary>Reads the company's settings before any handler runs, so every page shows its dates in the company's zone.</summary>
    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        if (User.HasClaim(c => c.Type == ApiKeyAuthentication.CompanyClaim))
        {
            // Resolved here rather than through every page's constructor: the base class is the one place that needs it.
            var grains = HttpContext.RequestServices.GetRequiredService<IGrainFactory>();
            Settings = await grains.GetGrain<ICompanyGrain>(CompanyId).GetSettingsAsync();
            Clock = new CompanyClock(CompanyTimeZone.Of(Settings));
            Phones = new PhoneDisplay(Settings?.DefaultRegion ?? PhoneDisplay.Us.Region);
        }

        var executed = await next();

        // Counted after the handler: opening a call marks it read, and the page that opens it already counts it so.
        if (executed.Result is PageResult && unreadCalls is null && User.HasClaim(c => c.Type == ApiKeyAuthentication.CompanyClaim))
        {
            unreadCalls = await HttpContext.RequestServices.GetRequiredService<OwnerInbox>().UnreadCountAsync(User, HttpContext.RequestAborted);
        }
    }

    /// <summary>For a page that has just read the inbox itself (the home page): the navigation's count, not read a second time.</summary>
    protected void ShowUnread(int count) => unreadCalls = count;

    /// <summary>Shows the page again with <paramref name="validation"/>'s messages next to their fields (400).</summary>
    protected PageResult Invalid(Validation validation)
    {
        Errors = new FieldErrors(validation.Errors);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    /// <summary>The page with nothing to show (an unknown call or caller), answered as a 404.</summary>
    protected PageResult Missing()
    {
        Response.StatusCode = StatusCodes.Status404NotFound;
        return Page();
    }
}
