using System.Threading.RateLimiting;
using Concierge.WebFront.Api;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Concierge.WebFront.Leads;

/// <summary>
/// The public intake form's budget, counted per client (an IPv4 address or an IPv6 /64, see <see cref="ClientAddress"/>; <c>Concierge:Intake:RequestsPerMinute</c>): the form has no
/// key to count by, and a flood from one address must not turn into calls. Refused requests get a 429 page a person can read.
/// </summary>
public sealed class IntakeRateLimit(IOptions<IntakeOptions> options) : IRateLimiterPolicy<string>
{
    public const string Name = "intake-per-client";

    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected { get; } = async (rejected, cancellationToken) =>
    {
        var response = rejected.HttpContext.Response;
        response.StatusCode = StatusCodes.Status429TooManyRequests;
        if (rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
        {
            response.Headers.RetryAfter = ApiKeyAuthentication.RetryAfterSeconds(retryAfter);
        }

        response.ContentType = "text/plain; charset=utf-8";
        await response.WriteAsync("Too many requests from your address: please try again in a minute.", cancellationToken);
    };

    public RateLimitPartition<string> GetPartition(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var perMinute = options.Value.RequestsPerMinute;
        return RateLimitPartition.GetFixedWindowLimiter(
            ClientAddress.Partition(httpContext.Connection.RemoteIpAddress),
            _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });
    }
}
