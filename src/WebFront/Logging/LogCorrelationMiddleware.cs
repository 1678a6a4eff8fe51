namespace Concierge.WebFront.Logging;

/// <summary>
/// Opens the request's <see cref="LogCorrelation"/> scope around every <c>/twilio</c> and <c>/api</c> request, and keeps the
/// correlation on the request so later code can fill it in (<see cref="LogCorrelationExtensions.LogCorrelation"/>). Every
/// line logged during the request, the request line itself included (<see cref="RequestLineInterceptor"/>), carries it.
/// </summary>
public sealed class LogCorrelationMiddleware(RequestDelegate next, ILogger<LogCorrelationMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (!RequestLineInterceptor.IsLogged(context.Request.Path))
        {
            await next(context);
            return;
        }

        var correlation = new LogCorrelation();
        context.Features.Set(correlation);
        using var scope = logger.BeginScope(correlation);
        await next(context);
    }
}
