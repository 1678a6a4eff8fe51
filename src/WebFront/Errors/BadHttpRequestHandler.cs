using Microsoft.AspNetCore.Diagnostics;

namespace Concierge.WebFront.Errors;

/// <summary>
/// A request the server could not read (a body over the size limit, a broken form) carries its own status (413, 400…);
/// answer with that status as ProblemDetails instead of letting it surface as a 500.
/// </summary>
public sealed class BadHttpRequestHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException bad)
        {
            return false;
        }

        httpContext.Response.StatusCode = bad.StatusCode;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = { Status = bad.StatusCode, Title = bad.StatusCode == StatusCodes.Status413PayloadTooLarge ? "The request body is too large." : "The request could not be read." },
        });
    }
}
