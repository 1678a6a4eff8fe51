using Orleans;
using Orleans.Runtime;

namespace Concierge.Grains.Interfaces.Notes;

/// <summary>Downloads a message's media from the provider (Twilio: <c>MediaUrl{N}</c> with the account's credentials).</summary>
public interface IMessageMedia
{
    /// <summary>The media's bytes.</summary>
    /// <exception cref="MediaRefusedException">Larger than allowed, or not the audio it claims to be.</exception>
    Task<FetchedMedia> FetchAsync(NoteMedia media, CancellationToken cancellationToken = default);

    /// <summary>Why a media item announced as <paramref name="contentType"/> is refused before download; null when it is an accepted audio type.</summary>
    string? RefusalOf(string contentType);
}

/// <summary>A downloaded media item.</summary>
public sealed record FetchedMedia(ReadOnlyMemory<byte> Content, string ContentType, string Extension);

/// <summary>A media item the note cannot take (wrong type, too large): the sender is told, nothing is retried.</summary>
[GenerateSerializer, Alias("concierge.MediaRefusedException")]
public sealed class MediaRefusedException : OrleansException
{
    public MediaRefusedException()
    {
    }

    public MediaRefusedException(string reason)
        : base(reason)
    {
    }

    public MediaRefusedException(string reason, Exception innerException)
        : base(reason, innerException)
    {
    }
}
