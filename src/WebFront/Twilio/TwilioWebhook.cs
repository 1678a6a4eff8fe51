using System.Text.RegularExpressions;
using Concierge.Silo.Twilio;

namespace Concierge.WebFront.Twilio;

/// <summary>
/// What every Twilio webhook shares: reading required form fields (a missing one is a 400 naming it), and
/// answering within Twilio's patience. A grain call that fails or outlasts the budget still gets the caller
/// sensible TwiML; the failure is logged, never shown as a 500.
/// </summary>
public static partial class TwilioWebhook
{
    /// <summary>Twilio gives up on a webhook after 15 s; answer well before, whatever a dependency does.</summary>
    public static readonly TimeSpan Budget = TimeSpan.FromSeconds(10);

    /// <summary>The form fields named, or a 400 ProblemDetails naming those missing or malformed.</summary>
    public static async Task<(IFormCollection Form, IResult? Problem)> ReadAsync(HttpRequest request, params string[] required)
    {
        var form = request.HasFormContentType ? await request.ReadFormAsync(request.HttpContext.RequestAborted) : FormCollection.Empty;
        var errors = new Dictionary<string, string[]>();
        foreach (var field in required)
        {
            if (string.IsNullOrWhiteSpace(form[field]))
            {
                errors[field] = [$"{field} is required."];
            }
        }

        if (!string.IsNullOrEmpty(form["CallSid"]) && !IsSid(form["CallSid"].ToString()))
        {
            errors["CallSid"] = ["CallSid must be 2 to 64 letters, digits, '-' or '_'."];
        }

        return (form, errors.Count == 0 ? null : TypedResults.ValidationProblem(errors, title: "The Twilio request is missing required fields."));
    }

    /// <summary>
    /// Runs <paramref name="respond"/> within <see cref="Budget"/>; on failure or overrun answers <paramref name="fallback"/>.
    /// Only Twilio hanging up (the request aborted) ends without an answer: a cancellation from anywhere else, such as a
    /// grain call that a dying silo took down with it, still gets the caller the fallback.
    /// </summary>
    public static async Task<IResult> AnswerAsync(HttpRequest request, Func<Task<TwimlWriter>> respond, Func<TwimlWriter> fallback, ILogger logger, string webhook, string callSid)
    {
        try
        {
            return new TwimlResult(await respond().WaitAsync(Budget));
        }
        catch (Exception e) when (!request.HttpContext.RequestAborted.IsCancellationRequested)
        {
            logger.LogError(e, "Twilio webhook {Webhook} for call {CallSid} failed; the caller got the fallback answer", webhook, callSid);
            return new TwimlResult(fallback());
        }
    }

    /// <summary>True when <paramref name="value"/> has the shape of a Twilio Sid (safe to log, to use as a grain key).</summary>
    public static bool IsSid(string? value) => value is not null && SidPattern().IsMatch(value);

    // \z, not $: "$" also matches before a final line break, and a Sid becomes a grain key and a log value.
    [GeneratedRegex(@"\A[A-Za-z0-9_-]{2,64}\z")]
    private static partial Regex SidPattern();
}
