using System.Text.RegularExpressions;
using Concierge.Grains.Interfaces.Text;
using Microsoft.Extensions.Primitives;
using Twilio.TwiML;

namespace Concierge.WebFront.Twilio;

/// <summary>
/// What every Twilio webhook shares: its form read once into a <see cref="TwilioCallForm"/> (a missing required field is
/// a 400 naming it), and answering within Twilio's patience. A grain call that fails or outlasts the budget still gets
/// the caller sensible TwiML; the failure is logged, never shown as a 500.
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

    private static readonly object CallFormKey = new();

    /// <summary>A token for the grain call serving a webhook: cancelled at <see cref="TurnDeadline"/>, or when Twilio hangs up.</summary>
    public static CancellationTokenSource TurnCancellation(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var turn = CancellationTokenSource.CreateLinkedTokenSource(request.HttpContext.RequestAborted);
        turn.CancelAfter(TurnDeadline);
        return turn;
    }

    /// <summary>
    /// The request's <see cref="TwilioCallForm"/>, or a 400 ProblemDetails naming the <paramref name="required"/> fields
    /// missing or malformed. The form is read, cleaned and typed once per request, whichever of the correlation filter
    /// and the endpoint asks first; each caller only checks the fields it requires.
    /// </summary>
    public static async Task<(TwilioCallForm Form, IResult? Problem)> ReadAsync(HttpRequest request, params string[] required)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (await CleanedFormAsync(request) is not { } read)
        {
            // The signature check refuses such a body first; an endpoint without that check still answers 400, never 500.
            return (new TwilioCallForm(), TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The request body could not be read as a form."));
        }

        var errors = new Dictionary<string, string[]>();
        foreach (var field in required)
        {
            if (string.IsNullOrWhiteSpace(read.Fields[field]))
            {
                errors[field] = [$"{field} is required."];
            }
        }

        if (read.Call.CallSid.Length > 0 && !IsSid(read.Call.CallSid))
        {
            errors["CallSid"] = ["CallSid must be 2 to 64 letters, digits, '-' or '_'."];
        }

        return (read.Call, errors.Count == 0 ? null : TypedResults.ValidationProblem(errors, title: "The Twilio request is missing required fields."));
    }

    /// <summary>
    /// Runs <paramref name="respond"/> within <see cref="Budget"/>; on failure or overrun answers <paramref name="fallback"/>.
    /// The document is serialised here too (<see cref="TwimlResult"/>), so one the SDK cannot write also gets the fallback.
    /// Only Twilio hanging up (the request aborted) ends without an answer: a cancellation from anywhere else, such as a
    /// grain call that a dying silo took down with it, still gets the caller the fallback.
    /// </summary>
    public static async Task<IResult> AnswerAsync<TTwiml>(
        HttpRequest request, Func<Task<TTwiml>> respond, Func<TwiML> fallback, ILogger logger, string webhook, string callSid)
        where TTwiml : TwiML
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(respond);
        ArgumentNullException.ThrowIfNull(fallback);
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

    /// <summary>The request's form as every webhook reads it (once, cleaned); null when the body cannot be read as a form.</summary>
    internal static async Task<IFormCollection?> FieldsAsync(HttpRequest request) => (await CleanedFormAsync(request))?.Fields;

    /// <summary>True when <paramref name="value"/> has the shape of a Twilio Sid (safe to log, to use as a grain key).</summary>
    public static bool IsSid(string? value) => value is not null && SidPattern().IsMatch(value);

    /// <summary>The cleaned form and its typed fields, kept on the request; null when the body cannot be read as a form.</summary>
    private static async Task<CleanedForm?> CleanedFormAsync(HttpRequest request)
    {
        if (request.HttpContext.Items.TryGetValue(CallFormKey, out var kept))
        {
            return (CleanedForm?)kept;
        }

        var cleaned = await TwilioRequestForm.ReadAsync(request) is { } raw ? Clean(raw) : null;
        var read = cleaned is null ? null : new CleanedForm(cleaned, TwilioCallForm.Parse(cleaned));
        request.HttpContext.Items[CallFormKey] = read;
        return read;
    }

    /// <summary>This is where Twilio's text enters: every value said without what cannot be said.</summary>
    private static IFormCollection Clean(IFormCollection form)
    {
        foreach (var field in form)
        {
            foreach (var value in field.Value)
            {
                if (value is not null && SpeakableText.IndexOfUnspeakable(value) >= 0)
                {
                    return new FormCollection(form.ToDictionary(
                        each => each.Key, each => new StringValues([.. each.Value.Select(SpeakableText.Clean)]), StringComparer.OrdinalIgnoreCase));
                }
            }
        }

        return form; // the usual case, every value sayable: nothing to copy
    }

    // \z, not $: "$" also matches before a final line break, and a Sid becomes a grain key and a log value.
    [GeneratedRegex(@"\A[A-Za-z0-9_-]{2,64}\z")]
    private static partial Regex SidPattern();

    private sealed record CleanedForm(IFormCollection Fields, TwilioCallForm Call);
}
