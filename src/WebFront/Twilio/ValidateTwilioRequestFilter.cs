using Concierge.Grains.Interfaces.Twilio;
using Concierge.Silo.Twilio;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Concierge.WebFront.Twilio;

/// <summary>
/// Lets a request through only when its <c>X-Twilio-Signature</c> is Twilio's for the URL Twilio called (the public
/// one when <see cref="TwilioOptions.PublicBaseUrl"/> is set) and for its form fields or JSON body. Anything else gets
/// 403 and the endpoint never runs.
/// </summary>
public sealed class ValidateTwilioRequestFilter(IOptionsMonitor<TwilioOptions> options, ILogger<ValidateTwilioRequestFilter> logger)
    : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var request = context.HttpContext.Request;
        var twilio = options.CurrentValue;

        if (string.IsNullOrEmpty(twilio.AuthToken))
        {
            logger.LogWarning(
                "Refused a Twilio request to {Path}: {SettingKey} is not configured, so its signature cannot be checked",
                request.Path, TwilioOptions.AuthTokenKey);
            return Forbidden();
        }

        var signature = request.Headers[TwilioSignature.HeaderName];
        if (signature.Count != 1 || string.IsNullOrEmpty(signature[0]))
        {
            logger.LogWarning("Refused a request to {Path}: no single {Header} header", request.Path, TwilioSignature.HeaderName);
            return Forbidden();
        }

        var url = SignedUrl(request, twilio.PublicBaseUrl);
        // A media stream's handshake is signed over the wss:// URL Twilio opened.
        if (!await IsSignedAsync(request, url, signature[0], twilio.AuthToken, context.HttpContext.RequestAborted)
            && !(context.HttpContext.WebSockets.IsWebSocketRequest && await IsSignedAsync(request, Media.MediaStreamTwiml.WebSocketUrl(url), signature[0], twilio.AuthToken, context.HttpContext.RequestAborted)))
        {
            // The query string is left out of the log: action URLs may carry call details.
            logger.LogWarning(
                "Refused a request to {SignedUrl} (query not shown): {Header} does not match; if Twilio reaches the app through a proxy, check {SettingKey}",
                BaseUrl(request, twilio.PublicBaseUrl) + request.PathBase + request.Path, TwilioSignature.HeaderName, TwilioOptions.PublicBaseUrlKey);
            return Forbidden();
        }

        return await next(context);
    }

    private static async Task<bool> IsSignedAsync(HttpRequest request, string url, string? signature, string authToken, CancellationToken cancellationToken)
    {
        if (request.HasFormContentType)
        {
            // Read once for the request (the endpoint reads the same form); a body that cannot be read as a form is not
            // Twilio's: refuse it rather than fail with a 500.
            if (await TwilioRequestForm.ReadAsync(request) is not { } form)
            {
                return false;
            }

            var fields = new List<KeyValuePair<string, string>>(form.Count);
            foreach (var field in form)
            {
                foreach (var value in field.Value)
                {
                    fields.Add(KeyValuePair.Create(field.Key, value ?? ""));
                }
            }

            return TwilioSignature.Validate(url, fields, signature, authToken);
        }

        if (request.HasJsonContentType())
        {
            // Buffered and rewound so the endpoint reads the same bytes that were hashed.
            request.EnableBuffering();
            using var body = new MemoryStream();
            await request.Body.CopyToAsync(body, cancellationToken);
            request.Body.Position = 0;
            return TwilioSignature.ValidateJsonBody(url, body.GetBuffer().AsSpan(0, (int)body.Length), signature, authToken);
        }

        // Twilio sends GET webhooks with everything in the (signed) query, and POSTs as form or JSON: an unsigned body
        // of another kind must not ride along on a signature that covers the URL only.
        return HttpMethods.IsGet(request.Method) && TwilioSignature.Validate(url, [], signature, authToken);
    }

    /// <summary>
    /// The URL Twilio requested: the public base URL (else the request's own scheme and host), then the path and the
    /// query exactly as received.
    /// </summary>
    private static string SignedUrl(HttpRequest request, Uri? publicBaseUrl) =>
        BaseUrl(request, publicBaseUrl) + request.PathBase.ToUriComponent() + request.Path.ToUriComponent() + request.QueryString.Value;

    private static string BaseUrl(HttpRequest request, Uri? publicBaseUrl) =>
        publicBaseUrl is null
            ? $"{request.Scheme}://{request.Host.ToUriComponent()}"
            // OriginalString keeps the host's case as configured at Twilio; Uri.ToString() would lowercase it.
            : publicBaseUrl.OriginalString.TrimEnd('/');

    private static ProblemHttpResult Forbidden() =>
        TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "The request is not signed by Twilio.");
}
