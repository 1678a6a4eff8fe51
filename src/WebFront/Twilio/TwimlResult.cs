using System.Text;
using Concierge.Silo.Twilio;

namespace Concierge.WebFront.Twilio;

/// <summary>Answers a Twilio webhook with a TwiML document.</summary>
public sealed class TwimlResult(TwimlWriter twiml) : IResult, IContentTypeHttpResult, IStatusCodeHttpResult
{
    public const string MediaType = "application/xml; charset=utf-8";

    public string ContentType => MediaType;

    public int StatusCode => StatusCodes.Status200OK;

    int? IStatusCodeHttpResult.StatusCode => StatusCode;

    public TwimlWriter Twiml { get; } = twiml ?? throw new ArgumentNullException(nameof(twiml));

    public Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        httpContext.Response.StatusCode = StatusCode;
        httpContext.Response.ContentType = ContentType;
        return httpContext.Response.WriteAsync(Twiml.ToString(), Encoding.UTF8, httpContext.RequestAborted);
    }
}
