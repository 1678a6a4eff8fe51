namespace Concierge.Silo.Twilio;

/// <summary>Attributes of <c>&lt;Record&gt;</c>; each unset one is left out, so Twilio's default applies.</summary>
public sealed record class RecordOptions
{
    /// <summary>Where Twilio posts <c>RecordingUrl</c>, <c>RecordingDuration</c> and <c>Digits</c>.</summary>
    public string? Action { get; init; }

    public string? Method { get; init; }

    /// <summary>Longest recording in seconds.</summary>
    public int? MaxLength { get; init; }

    public bool? PlayBeep { get; init; }

    /// <summary>Seconds of silence that end the recording.</summary>
    public int? Timeout { get; init; }

    /// <summary>Keys that end the recording, e.g. <c>#</c>.</summary>
    public string? FinishOnKey { get; init; }

    public bool? Transcribe { get; init; }
}
