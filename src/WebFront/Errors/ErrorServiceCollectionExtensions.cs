namespace Concierge.WebFront.Errors;

public static class ErrorServiceCollectionExtensions
{
    /// <summary>Every error answered as ProblemDetails with the status it deserves: unreadable requests, store failures, the rest as 500.</summary>
    public static IServiceCollection AddConciergeProblemDetails(this IServiceCollection services)
    {
        services.AddProblemDetails();
        services.AddExceptionHandler<BadHttpRequestHandler>();
        services.AddExceptionHandler<StoreFailureHandler>();
        return services;
    }
}
