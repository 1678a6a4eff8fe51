using System.Text.Json.Serialization;
using Orleans;

namespace Concierge.Grains.Interfaces.Calls;

/// <summary>
/// What the caller hears and what happens next. The web front end renders a step as TwiML; grains never
/// see TwiML. <c>Language</c> is a BCP-47 tag (e.g. "en-US", "fr-FR"). A call keeps the step it answered to the last
/// turn it heard (as JSON, in its state), so a repeat of that turn gets the same answer.
/// </summary>
[GenerateSerializer, Immutable, Alias("concierge.CallStep")]
[JsonPolymorphic(TypeDiscriminatorPropertyName = "step")]
[JsonDerivedType(typeof(ListenStep), "listen")]
[JsonDerivedType(typeof(TransferStep), "transfer")]
[JsonDerivedType(typeof(HangUpStep), "hang_up")]
[JsonDerivedType(typeof(RejectStep), "reject")]
[JsonDerivedType(typeof(StreamStep), "stream")]
public abstract record CallStep : PrivateRecord;

/// <summary>
/// Say <paramref name="Prompt"/>, then listen for the caller's speech. <paramref name="Turn"/> numbers the listening
/// (1, 2, …; 0 for a call started before turns were numbered): the caller's answer comes back carrying it, so an
/// answer that arrives twice is heard once. <paramref name="AnswerWithinSeconds"/>: how long to wait for the caller to
/// start speaking before carrying on as if they said nothing (null: Twilio's default, 5 s); a prompt that must not hold
/// the caller up waits less.
/// </summary>
[GenerateSerializer, Immutable, Alias("concierge.ListenStep")]
public sealed record ListenStep(string Prompt, string Language, int Turn, int? AnswerWithinSeconds = null) : CallStep;

/// <summary>
/// Say <paramref name="Prompt"/>, then ring the owner; <paramref name="Whisper"/>: brief the owner before connecting. A
/// handover rings the agent line instead (<paramref name="OwnerNumber"/>: E.164 or a SIP URI) and passes
/// <paramref name="HandoverToken"/> to it once connected.
/// </summary>
[GenerateSerializer, Immutable, Alias("concierge.TransferStep")]
public sealed record TransferStep(string Prompt, string OwnerNumber, int RingSeconds, bool Whisper, string Language, string? HandoverToken = null) : CallStep;

/// <summary>Say <paramref name="Farewell"/> and hang up.</summary>
[GenerateSerializer, Immutable, Alias("concierge.HangUpStep")]
public sealed record HangUpStep(string Farewell, string Language) : CallStep;

/// <summary>Refuse the call without answering it.</summary>
[GenerateSerializer, Immutable, Alias("concierge.RejectStep")]
public sealed record RejectStep : CallStep;

/// <summary>
/// Connect the caller's audio to a live voice model over a media stream (<c>realtime</c> voice mode). The stream's start
/// must present <paramref name="Token"/>, issued for this call and good once; when the stream ends, Twilio asks the call
/// for its next step.
/// </summary>
[GenerateSerializer, Immutable, Alias("concierge.StreamStep")]
public sealed record StreamStep(string Token, string Language) : CallStep;

/// <summary>
/// The owner's side of a transfer: <paramref name="Announcement"/> is said to the owner; when
/// <paramref name="AwaitKey"/> is set the owner is asked to press a key; <paramref name="Connect"/> bridges the caller.
/// </summary>
[GenerateSerializer, Immutable, Alias("concierge.WhisperStep")]
public sealed record WhisperStep(string Announcement, string Language, bool AwaitKey, bool Connect) : PrivateRecord;
