using System.Text;
using Twilio.TwiML;

namespace Concierge.WebFront.Twilio;

/// <summary>
/// Answers a Twilio webhook with a TwiML document. The document is serialised when the result is created, not when it
/// is sent: text XML cannot hold makes the SDK's serialiser throw, and that must happen inside the webhook's guard,
/// which still has a fallback to answer, instead of after the endpoint returned, where only a 500 is left.
/// </summary>
public sealed class TwimlResult(TwiML twiml) : IResult, IContentTypeHttpResult, IStatusCodeHttpResult
{
    public const string MediaType = "application/xml; charset=utf-8";

    public string ContentType => MediaType;

    public int StatusCode => StatusCodes.Status200OK;

    int? IStatusCodeHttpResult.StatusCode => StatusCode;

    /// <summary>The TwiML document sent.</summary>
    public string Document { get; } = Render(twiml ?? throw new ArgumentNullException(nameof(twiml)));

    /// <summary>
    /// The document unindented and without an XML declaration: the SDK's <c>ToString</c> always declares one, so the root
    /// element is serialised instead of the whole document. Throws when the text cannot be XML (a control character).
    /// </summary>
    public static string Render(TwiML twiml)
    {
        ArgumentNullException.ThrowIfNull(twiml);
        return TwimlText.Of(twiml.ToXDocument().Root!);
    }

    public Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        httpContext.Response.StatusCode = StatusCode;
        httpContext.Response.ContentType = ContentType;
        return httpContext.Response.WriteAsync(Document, Encoding.UTF8, httpContext.RequestAborted);
    }
}
