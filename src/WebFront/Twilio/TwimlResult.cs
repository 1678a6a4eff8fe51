using System.Text;
using Concierge.Silo.Twilio;

namespace Concierge.WebFront.Twilio;

/// <summary>
/// Answers a Twilio webhook with a TwiML document. The document is written when the result is created, not when it is
/// sent: a document that cannot be written then fails inside the webhook's guard, which still has a fallback to answer,
/// instead of after the endpoint returned, where only a 500 is left.
/// </summary>
public sealed class TwimlResult(TwimlWriter twiml) : IResult, IContentTypeHttpResult, IStatusCodeHttpResult
{
    public const string MediaType = "application/xml; charset=utf-8";

    public string ContentType => MediaType;

    public int StatusCode => StatusCodes.Status200OK;

    int? IStatusCodeHttpResult.StatusCode => StatusCode;

    /// <summary>The TwiML document sent.</summary>
    public string Document { get; } = (twiml ?? throw new ArgumentNullException(nameof(twiml))).ToString();

    public Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        httpContext.Response.StatusCode = StatusCode;
        httpContext.Response.ContentType = ContentType;
        return httpContext.Response.WriteAsync(Document, Encoding.UTF8, httpContext.RequestAborted);
    }
}
