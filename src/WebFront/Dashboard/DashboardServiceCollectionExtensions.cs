using Concierge.Silo.Storage;
using Concierge.WebFront.Api;
using Concierge.WebFront.Dashboard.Live;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.AspNetCore.RateLimiting;

namespace Concierge.WebFront.Dashboard;

public static class DashboardServiceCollectionExtensions
{
    /// <summary>
    /// The owner's dashboard: server-rendered Razor Pages under <c>Dashboard/Pages</c>, every page behind the dashboard
    /// cookie except the sign-in form; data protection keys (cookies, antiforgery tokens) kept in the shared store so
    /// every node reads what any node issued.
    /// </summary>
    public static IServiceCollection AddConciergeDashboard(this IServiceCollection services)
    {
        services.AddRazorPages(options =>
        {
            options.RootDirectory = "/Dashboard/Pages";
            options.Conventions.AuthorizeFolder("/", DashboardAuthentication.Policy);
            options.Conventions.AllowAnonymousToPage("/SignIn");
            options.Conventions.AllowAnonymousToPage(DashboardEndpoints.NotFoundPage);
            options.Conventions.AddFolderApplicationModelConvention("/", RateLimitedPerKey);
            options.Conventions.AddFolderApplicationModelConvention("/", PageMethods.Declare);
            options.Conventions.AddPageRoute("/Calls/Index", "calls.{handler:regex(^csv$)}"); // the call list's filters as a CSV file
            options.Conventions.ConfigureFilter(new DashboardSecurityHeaders());
        });
        services.Configure<RouteOptions>(options => options.SetParameterPolicy<PersonPathConstraint>(PersonPathConstraint.Name));
        services.AddAuthentication().AddDashboardCookie();
        services.AddAuthorizationBuilder().AddPolicy(DashboardAuthentication.Policy, policy => policy
            .AddAuthenticationSchemes(DashboardAuthentication.Scheme)
            .RequireClaim(ApiKeyAuthentication.CompanyClaim));
        services.AddDataProtection().SetApplicationName("Concierge");
        services.AddOptions<KeyManagementOptions>()
            .Configure<SqlStore, TimeProvider>((options, storage, time) => options.XmlRepository = new SqlXmlRepository(storage, time));
        services.AddSingleton<DashboardSessions>();
        services.AddSingleton<LiveCallFeed>();
        return services;
    }

    // A session spends its key's request budget, as the REST API does with the same key (Concierge:Api:RequestsPerMinute).
    // The sign-in form is left out: its visitors have no key yet, and failed sign-ins have a throttle of their own. So is
    // the not-found page, open to anyone like the plain 404 it replaces: every visitor without a key would share one budget.
    // The public intake form counts per client address instead (IntakeRateLimit, declared on its pages).
    private static void RateLimitedPerKey(PageApplicationModel page)
    {
        if (page.ViewEnginePath is not ("/SignIn" or DashboardEndpoints.NotFoundPage) && !page.ViewEnginePath.StartsWith("/Intake/", StringComparison.Ordinal))
        {
            page.EndpointMetadata.Add(new EnableRateLimitingAttribute(ApiPolicies.PerKey));
        }
    }
}
