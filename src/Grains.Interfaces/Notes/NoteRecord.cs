using Orleans;

namespace Concierge.Grains.Interfaces.Notes;

/// <summary>A note as it stands: what was sent, what it was read as, and how far processing went.</summary>
/// <param name="NoteId">Twilio's MessageSid.</param>
/// <param name="Text">The full text: the typed body and the transcript of any voice note; null until read.</param>
/// <param name="Intent">One of <see cref="NoteIntents"/>; null until read.</param>
/// <param name="Language">"en" or "fr"; null until read.</param>
/// <param name="Status">One of <see cref="NoteStatuses"/>.</param>
/// <param name="Error">Why the last attempt failed, or why the note failed or was refused.</param>
/// <param name="Artifacts">Names of the artifacts stored (<see cref="NoteArtifacts"/>).</param>
/// <param name="AudioExtension">The voice note's file extension ("ogg"), part of its audio artifact's path.</param>
[GenerateSerializer, Immutable, Alias("concierge.NoteRecord")]
public sealed record NoteRecord(
    string NoteId,
    string CompanyId,
    string SenderPhone,
    string SenderName,
    string Channel,
    string Body,
    int MediaCount,
    string? Text,
    string? Intent,
    string? Language,
    NoteSummary? Summary,
    string? ReadBy,
    string Status,
    string? Error,
    int Attempts,
    IReadOnlyList<string> Artifacts,
    DateTimeOffset ReceivedAt,
    DateTimeOffset? ProcessedAt,
    DateTimeOffset? RepliedAt,
    string? Reply,
    string? AudioExtension = null) : PrivateRecord;

/// <summary>
/// A note summarised into a structured form. A job fills title, location, customer, actions, due date and materials; a
/// knowledge document fills title, topic and key points; other notes have a title only.
/// </summary>
[GenerateSerializer, Immutable, Alias("concierge.NoteSummary")]
public sealed record NoteSummary(
    string Title,
    string? Location = null,
    string? Customer = null,
    IReadOnlyList<string>? Actions = null,
    string? DueDate = null,
    IReadOnlyList<string>? Materials = null,
    string? Topic = null,
    IReadOnlyList<string>? KeyPoints = null) : PrivateRecord;

public static class NoteIntents
{
    /// <summary>Work to do for a customer.</summary>
    public const string Job = "job";

    /// <summary>A how-to, a reference, a lesson for the team.</summary>
    public const string Knowledge = "knowledge";

    public const string Other = "other";

    public static IReadOnlyList<string> All { get; } = [Job, Knowledge, Other];
}

public static class NoteStatuses
{
    /// <summary>Recorded and acknowledged; being processed (or waiting for its next attempt, with <see cref="NoteRecord.Error"/>).</summary>
    public const string Received = "received";

    /// <summary>A voice note stored while no transcription model is configured: processed once one is.</summary>
    public const string Waiting = "waiting";

    /// <summary>Read, stored and answered.</summary>
    public const string Processed = "processed";

    /// <summary>Its media were refused (type or size); the sender was told.</summary>
    public const string Refused = "refused";

    /// <summary>Processing kept failing; <see cref="NoteRecord.Error"/> says why.</summary>
    public const string Failed = "failed";

    public static IReadOnlyList<string> All { get; } = [Received, Waiting, Processed, Refused, Failed];

    /// <summary>True for a note that still has work to do.</summary>
    public static bool IsPending(string status) => status is Received or Waiting;
}

/// <summary>The artifacts stored for a note, under <c>{company}/{intent}/{noteId}_{name}</c>.</summary>
public static class NoteArtifacts
{
    public const string Audio = "audio";
    public const string FullText = "full_text";
    public const string Summary = "summary";

    public static IReadOnlyList<string> All { get; } = [Audio, FullText, Summary];

    /// <summary>The blob path of artifact <paramref name="name"/> (its extension from <paramref name="extension"/>).</summary>
    public static string Path(string companyId, string intent, string noteId, string name, string extension) =>
        $"{companyId}/{intent}/{noteId}_{name}.{extension}";
}
