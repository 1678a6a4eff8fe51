using System.Text.RegularExpressions;
using Concierge.Grains.Interfaces.Text;
using Concierge.Silo.Twilio;
using Microsoft.Extensions.Primitives;

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

    /// <summary>
    /// When a webhook cancels the grain turn serving it (<see cref="TurnCancellation"/>). A turn cancelled before it saves
    /// writes nothing; one that already committed still answers. Orleans waits for the grain to acknowledge the
    /// cancellation (<c>WaitForCancellationAcknowledgement</c>), so until <see cref="Budget"/> the webhook learns which of the
    /// two happened: the margin covers the longest wait a turn cannot cut short (SQLite's busy wait,
    /// <c>SqlDialect.LockWait</c>). Past the budget the caller is told of a technical problem and the turn cannot commit any more.
    /// </summary>
    public static readonly TimeSpan TurnDeadline = Budget - TimeSpan.FromSeconds(3);

    /// <summary>A token for the grain call serving a webhook: cancelled at <see cref="TurnDeadline"/>, or when Twilio hangs up.</summary>
    public static CancellationTokenSource TurnCancellation(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var turn = CancellationTokenSource.CreateLinkedTokenSource(request.HttpContext.RequestAborted);
        turn.CancelAfter(TurnDeadline);
        return turn;
    }

    /// <summary>
    /// The form, every value cleaned of what cannot be said (<see cref="SpeakableText"/>), or a 400 ProblemDetails naming
    /// the required fields missing or malformed. This is where Twilio's text enters: what the caller said, the carrier's
    /// caller-ID name and every other field reach the call's state, the call log and TwiML only as read here.
    /// </summary>
    public static async Task<(IFormCollection Form, IResult? Problem)> ReadAsync(HttpRequest request, params string[] required)
    {
        if (await TwilioRequestForm.ReadAsync(request) is not { } read)
        {
            // The signature check refuses such a body first; an endpoint without that check still answers 400, never 500.
            return (FormCollection.Empty, TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The request body could not be read as a form."));
        }

        var form = Speakable(read);
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

    private static FormCollection Speakable(IFormCollection form) => new(
        form.ToDictionary(field => field.Key, field => new StringValues([.. field.Value.Select(value => SpeakableText.Clean(value))]), StringComparer.OrdinalIgnoreCase));

    /// <summary>True when <paramref name="value"/> has the shape of a Twilio Sid (safe to log, to use as a grain key).</summary>
    public static bool IsSid(string? value) => value is not null && SidPattern().IsMatch(value);

    // \z, not $: "$" also matches before a final line break, and a Sid becomes a grain key and a log value.
    [GeneratedRegex(@"\A[A-Za-z0-9_-]{2,64}\z")]
    private static partial Regex SidPattern();
}
