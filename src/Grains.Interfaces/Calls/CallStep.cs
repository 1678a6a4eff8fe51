namespace Concierge.Grains.Interfaces.Calls;

/// <summary>
/// What the caller hears and what happens next. The web front end renders a step as TwiML; grains never
/// see TwiML. <c>Language</c> is a BCP-47 tag (e.g. "en-US", "fr-FR").
/// </summary>
public abstract record CallStep;

/// <summary>Say <paramref name="Prompt"/>, then listen for the caller's speech.</summary>
public sealed record ListenStep(string Prompt, string Language) : CallStep;

/// <summary>Say <paramref name="Prompt"/>, then ring the owner; <paramref name="Whisper"/>: brief the owner before connecting.</summary>
public sealed record TransferStep(string Prompt, string OwnerNumber, int RingSeconds, bool Whisper, string Language) : CallStep;

/// <summary>Say <paramref name="Farewell"/> and hang up.</summary>
public sealed record HangUpStep(string Farewell, string Language) : CallStep;

/// <summary>Refuse the call without answering it.</summary>
public sealed record RejectStep : CallStep;

/// <summary>
/// The owner's side of a transfer: <paramref name="Announcement"/> is said to the owner; when
/// <paramref name="AwaitKey"/> is set the owner is asked to press a key; <paramref name="Connect"/> bridges the caller.
/// </summary>
public sealed record WhisperStep(string Announcement, string Language, bool AwaitKey, bool Connect);
