using System.Security.Claims;
using System.Threading.RateLimiting;
using Concierge.WebFront.Api.OpenApi;
using Concierge.WebFront.Leads;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;

namespace Concierge.WebFront.Api;

public static class ApiServiceCollectionExtensions
{
    /// <summary>Largest request body Kestrel accepts at all: webhooks and API bodies are a few kilobytes.</summary>
    private const long MaxRequestBodyBytes = 1024 * 1024;

    /// <summary>The REST API's cross-cutting rules: API-key authentication, per-key rate limits, ProblemDetails, OpenAPI.</summary>
    public static IServiceCollection AddConciergeApi(this IServiceCollection services)
    {
        services.AddOptions<ApiOptions>().BindConfiguration(ApiOptions.SectionName)
            .Validate(o => o.RequestsPerMinute > 0 && o.MaxBodyBytes > 0, "Concierge:Api:RequestsPerMinute and MaxBodyBytes must be positive.")
            .Validate(
                o => o.FailedKeysPerClientPerMinute > 0 && o.FailedKeysPerPrefixPerMinute > 0,
                "Concierge:Api:FailedKeysPerClientPerMinute and FailedKeysPerPrefixPerMinute must be positive.")
            .ValidateOnStart();
        services.AddOptions<OperatorKeyOptions>().BindConfiguration(OperatorKeyOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<OperatorKeyOptions>, ProductionOperatorKeysValidator>();
        services.AddSingleton<FailedKeyThrottle>();
        services.Configure<KestrelServerOptions>(o => o.Limits.MaxRequestBodySize = MaxRequestBodyBytes);
        services.AddSingleton<JsonBody>();
        services.AddSingleton<NoteFileLinks>();
        services.AddSingleton<OwnerInbox>();
        services.AddAuthentication(ApiKeyAuthentication.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthentication>(ApiKeyAuthentication.SchemeName, null);
        services.AddAuthorizationBuilder()
            .AddPolicy(ApiPolicies.Company, policy => policy.RequireClaim(ApiKeyAuthentication.CompanyClaim))
            .AddPolicy(ApiPolicies.Admin, policy => policy.RequireRole(ApiKeyAuthentication.AdminRole));
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy(ApiPolicies.PerKey, context =>
            {
                var perMinute = context.RequestServices.GetRequiredService<IOptions<ApiOptions>>().Value.RequestsPerMinute;
                return RateLimitPartition.GetFixedWindowLimiter(
                    context.User.FindFirstValue(ApiKeyAuthentication.KeyClaim) ?? "anonymous",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });
            });
            limiter.OnRejected = async (rejected, cancellationToken) =>
            {
                var response = rejected.HttpContext.Response;
                if (rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                {
                    response.Headers.RetryAfter = ApiKeyAuthentication.RetryAfterSeconds(retryAfter);
                }

                await rejected.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = rejected.HttpContext,
                    ProblemDetails = { Status = StatusCodes.Status429TooManyRequests, Title = "Too many requests for this API key; retry after the time in Retry-After." },
                });
            };
        });
        services.AddOpenApi(options => options.AddDocumentTransformer<ApiKeySecurityTransformer>().AddSchemaTransformer<DeclaredSchemaTransformer>());
        return services;
    }

    /// <summary>Maps every REST route group, the OpenAPI document (<c>/openapi/v1.json</c>) and its reference page (<c>/api/docs</c>).</summary>
    public static IEndpointRouteBuilder MapConciergeApi(this IEndpointRouteBuilder routes)
    {
        routes.MapExceptionsApi();
        routes.MapCallsApi();
        routes.MapCallersApi();
        routes.MapCompaniesApi();
        routes.MapCompanySendersApi();
        routes.MapNotesApi();
        routes.MapWebhookApi();
        routes.MapHandoversApi();
        routes.MapLeadsApi();
        routes.MapAppointmentsApi();
        routes.MapCalendarApi();
        routes.MapSettingsApi();
        routes.MapClusterApi();
        routes.MapOpenApi();
        routes.MapApiReference();
        return routes;
    }
}
