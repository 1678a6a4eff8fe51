using Concierge.WebFront.Api;

namespace Concierge.WebFront.Errors;

public static class ErrorServiceCollectionExtensions
{
    /// <summary>Every error answered as ProblemDetails with the status it deserves: unreadable requests, store failures, the rest as 500.</summary>
    public static IServiceCollection AddConciergeProblemDetails(this IServiceCollection services)
    {
        services.AddProblemDetails(options => options.CustomizeProblemDetails = ExplainUnsupportedMediaType);
        services.AddExceptionHandler<BadHttpRequestHandler>();
        services.AddExceptionHandler<StoreFailureHandler>();
        return services;
    }

    // Routing itself answers 415 when an API route's declared content type (application/json) is not what was sent, before
    // the route runs, and with nothing but the status: say what to send, as the route would.
    private static void ExplainUnsupportedMediaType(ProblemDetailsContext context)
    {
        if (context.ProblemDetails is { Status: StatusCodes.Status415UnsupportedMediaType, Detail: null }
            && context.HttpContext.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            context.ProblemDetails.Detail = JsonShape.SendJson;
        }
    }
}
