using Concierge.Grains.Interfaces.Projections;
using Concierge.Silo.Storage;
using Microsoft.AspNetCore.Diagnostics;
using Orleans.Storage;

namespace Concierge.WebFront.Errors;

/// <summary>
/// Turns failures of the store into honest answers instead of a bare 500: the store is down (503, retry; told apart by
/// <see cref="StoreOutage"/>), a concurrent change won (409, retry), a uniqueness rule was broken (409). Everything else
/// stays a 500 ProblemDetails.
/// </summary>
public sealed class StoreFailureHandler(IProblemDetailsService problems, ILogger<StoreFailureHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var (status, title) = exception switch
        {
            ProjectionConflictException => (StatusCodes.Status409Conflict, "This conflicts with existing data (a phone number already belongs to another company?)."),
            InconsistentStateException => (StatusCodes.Status409Conflict, "Another change to the same data won; retry."),
            // Only an outage: a statement the store refuses (a syntax error, a value it cannot hold) would fail again on
            // retry, so it stays a 500 rather than inviting clients to retry a bug.
            _ when StoreOutage.Is(exception) => (StatusCodes.Status503ServiceUnavailable, "The store is unavailable; retry shortly."),
            _ => (0, ""),
        };
        if (status == 0)
        {
            return false;
        }

        logger.LogWarning(exception, "{Method} {Path} answered {Status}", httpContext.Request.Method, httpContext.Request.Path, status);
        httpContext.Response.StatusCode = status;
        if (status == StatusCodes.Status503ServiceUnavailable)
        {
            httpContext.Response.Headers.RetryAfter = "5";
        }

        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, Exception = exception, ProblemDetails = { Status = status, Title = title } });
    }
}
