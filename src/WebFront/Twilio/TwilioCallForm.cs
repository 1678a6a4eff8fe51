using System.Globalization;
using Concierge.Grains.Interfaces.Text;
using Microsoft.Extensions.Primitives;

namespace Concierge.WebFront.Twilio;

/// <summary>
/// The fields of a Twilio voice webhook that Concierge uses, read once per request (<see cref="TwilioWebhook.ReadAsync"/>).
/// Every text is cleaned of what cannot be said (<see cref="SpeakableText"/>) as it enters here: what the caller said, the
/// carrier's caller-ID name and every other field reach the call's state, the call log and TwiML only through this record.
/// Optional texts are null when absent or blank; numbers are null when absent or not finite.
/// </summary>
public sealed record TwilioCallForm
{
    /// <summary>Empty when absent; <see cref="TwilioWebhook.ReadAsync"/> refuses a malformed one before an endpoint sees it.</summary>
    public string CallSid { get; init; } = "";

    public string? From { get; init; }

    public string? To { get; init; }

    /// <summary>The carrier's caller-ID name (CNAM), when Twilio has one.</summary>
    public string? CallerName { get; init; }

    public string? ForwardedFrom { get; init; }

    /// <summary>What the caller said in answer to a <c>&lt;Gather&gt;</c>; absent when nothing was heard.</summary>
    public string? SpeechResult { get; init; }

    public double? Confidence { get; init; }

    /// <summary>Keys pressed. Null when the field is absent, empty when Twilio sent it empty: the whisper tells the two apart.</summary>
    public string? Digits { get; init; }

    public string? DialCallStatus { get; init; }

    public double? DialCallDuration { get; init; }

    public bool? DialBridged { get; init; }

    public string? CallStatus { get; init; }

    public double? CallDuration { get; init; }

    /// <summary>The typed fields of <paramref name="form"/>, whose values are already cleaned.</summary>
    internal static TwilioCallForm Parse(IFormCollection form) => new()
    {
        CallSid = form["CallSid"].ToString(),
        From = Optional(form, "From"),
        To = Optional(form, "To"),
        CallerName = Optional(form, "CallerName"),
        ForwardedFrom = Optional(form, "ForwardedFrom"),
        SpeechResult = Optional(form, "SpeechResult"),
        Confidence = Number(form["Confidence"]),
        Digits = form.TryGetValue("Digits", out var digits) ? digits.ToString() : null,
        DialCallStatus = Optional(form, "DialCallStatus"),
        DialCallDuration = Number(form["DialCallDuration"]),
        DialBridged = bool.TryParse(form["DialBridged"], out var bridged) ? bridged : null,
        CallStatus = Optional(form, "CallStatus"),
        CallDuration = Number(form["CallDuration"]),
    };

    private static string? Optional(IFormCollection form, string field) => string.IsNullOrWhiteSpace(form[field]) ? null : form[field].ToString();

    private static double? Number(StringValues value) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number) ? number : null;
}
