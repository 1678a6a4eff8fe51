namespace Concierge.Silo.Twilio;

/// <summary>Attributes of <c>&lt;Gather&gt;</c>; each unset one is left out, so Twilio's default applies.</summary>
public sealed record class GatherOptions
{
    /// <summary><c>dtmf</c> (Twilio's default), <c>speech</c>, or <c>dtmf speech</c>.</summary>
    public string? Input { get; init; }

    /// <summary>Where Twilio posts <c>SpeechResult</c>/<c>Confidence</c> or <c>Digits</c>.</summary>
    public string? Action { get; init; }

    public string? Method { get; init; }

    /// <summary>Seconds to wait for the caller to start (Twilio's default 5).</summary>
    public int? Timeout { get; init; }

    /// <summary>Seconds of silence that end speech, or <c>auto</c>.</summary>
    public string? SpeechTimeout { get; init; }

    /// <summary>Speech recognition language, e.g. <c>en-US</c> or <c>fr-FR</c>.</summary>
    public string? Language { get; init; }

    /// <summary>Comma-separated words and phrases the recogniser should expect.</summary>
    public string? Hints { get; init; }

    public string? SpeechModel { get; init; }

    /// <summary>Post to <see cref="Action"/> even when nothing was heard, instead of carrying on after the Gather.</summary>
    public bool? ActionOnEmptyResult { get; init; }

    public int? NumDigits { get; init; }

    public bool? ProfanityFilter { get; init; }
}
