namespace Concierge.WebFront.Logging;

public static class LogCorrelationExtensions
{
    /// <summary>The request's correlation ids, when its path is one the request log covers (<c>/twilio</c>, <c>/api</c>).</summary>
    public static LogCorrelation? LogCorrelation(this HttpContext context) => context.Features.Get<LogCorrelation>();
}
