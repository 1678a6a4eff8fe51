namespace Concierge.Silo.Twilio;

/// <summary>Attributes of <c>&lt;Dial&gt;</c>; each unset one is left out, so Twilio's default applies.</summary>
public sealed record class DialOptions
{
    /// <summary>Where Twilio posts <c>DialCallStatus</c> when the dialled leg ends; verbs after the Dial then never run.</summary>
    public string? Action { get; init; }

    public string? Method { get; init; }

    /// <summary>Seconds to ring before giving up (<c>DialCallStatus=no-answer</c>).</summary>
    public int? Timeout { get; init; }

    /// <summary>Number shown to the person called.</summary>
    public string? CallerId { get; init; }

    /// <summary>Keep the caller hearing ringing (and unbilled) until the dialled person answers.</summary>
    public bool? AnswerOnBridge { get; init; }

    /// <summary>Maximum seconds the bridged call may last.</summary>
    public int? TimeLimit { get; init; }

    /// <summary><c>do-not-record</c>, <c>record-from-answer</c>, <c>record-from-ringing</c>, or their <c>-dual</c> forms.</summary>
    public string? Record { get; init; }
}
