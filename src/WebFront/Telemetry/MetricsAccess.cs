using Concierge.WebFront.Api;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace Concierge.WebFront.Telemetry;

/// <summary>
/// Who may read <c>/metrics</c>: the operator's admin key (the same X-Api-Key check as <c>/api/companies</c>), or a client
/// in <see cref="MetricsOptions.AllowedNetworks"/> (its address as seen after forwarded headers). Anyone else is refused as
/// the API refuses: 401 without a valid key (a wrong key counts towards the failed-key throttle), 403 with a company key.
/// </summary>
public sealed class MetricsAccess(IOptionsMonitor<MetricsOptions> options) : AuthorizationHandler<MetricsAccess.Requirement>
{
    public const string Policy = "metrics";

    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, Requirement requirement)
    {
        var fromAllowedNetwork = context.Resource is HttpContext http && options.CurrentValue.Allows(http.Connection.RemoteIpAddress);
        if (fromAllowedNetwork || context.User.IsInRole(ApiKeyAuthentication.AdminRole))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }

    public sealed class Requirement : IAuthorizationRequirement;
}
