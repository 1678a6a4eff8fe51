using Concierge.WebFront.Logging;

namespace Concierge.WebFront.Twilio;

/// <summary>
/// Puts the call's CallSid into the request's log scope before anything else runs, signature refusals included. The
/// whisper webhook is the owner's leg: it is logged under the screened call's CallSid, which its URL carries.
/// </summary>
public sealed class TwilioCorrelationFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (context.HttpContext.LogCorrelation() is { } correlation)
        {
            correlation.CallSid = await CallSidAsync(context.HttpContext.Request);
        }

        return await next(context);
    }

    private static async Task<string?> CallSidAsync(HttpRequest request)
    {
        var callSid = request.Query["call"].ToString();
        if (callSid.Length == 0)
        {
            // Read, cleaned and typed once for the request: the endpoint gets the same form without parsing it again, and
            // the signature check the same raw form. An unreadable one is not a form Twilio sent; the signature check refuses it.
            callSid = (await TwilioWebhook.ReadAsync(request)).Form.CallSid;
        }

        // Unverified input at this point: only something shaped like a Sid may reach the logs.
        return TwilioWebhook.IsSid(callSid) ? callSid : null;
    }
}
