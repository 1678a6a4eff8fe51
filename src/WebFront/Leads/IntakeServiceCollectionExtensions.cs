using Microsoft.AspNetCore.RateLimiting;

namespace Concierge.WebFront.Leads;

public static class IntakeServiceCollectionExtensions
{
    /// <summary>The public intake form's per-address rate limit (the pages themselves are Razor Pages under <c>Dashboard/Pages/Intake</c>).</summary>
    public static IServiceCollection AddLeadIntake(this IServiceCollection services)
    {
        services.AddOptions<IntakeOptions>().BindConfiguration(IntakeOptions.SectionName)
            .Validate(o => o.RequestsPerMinute > 0, "Concierge:Intake:RequestsPerMinute must be positive.").ValidateOnStart();
        services.Configure<RateLimiterOptions>(limiter => limiter.AddPolicy<string, IntakeRateLimit>(IntakeRateLimit.Name));
        return services;
    }
}
