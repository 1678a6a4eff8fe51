using System.Text;
using Concierge.Grains.Calls;

namespace Concierge.WebFront.Media;

/// <summary>
/// The "one moment" clip a realtime call plays when no reply audio has reached Twilio 800 ms after the caller stopped
/// speaking, in the call's language: ready-made Twilio <c>media</c> payloads (base64 μ-law, 200 ms each), built once.
/// </summary>
public sealed class FillerClips
{
    /// <summary>Bytes of μ-law per payload: 200 ms at 8 kHz.</summary>
    private const int ChunkBytes = 1600;

    private readonly byte[][] english = Load("en");
    private readonly byte[][] french = Load("fr");

    /// <summary>The clip's payloads (base64 as UTF-8 bytes) for <paramref name="language"/> (BCP-47; anything not French is English).</summary>
    public IReadOnlyList<byte[]> For(string language) => CallScript.IsFrench(language) ? french : english;

    private static byte[][] Load(string language)
    {
        using var resource = typeof(FillerClips).Assembly.GetManifestResourceStream($"Concierge.Filler.one-moment-{language}.ulaw")
            ?? throw new InvalidOperationException($"The {language} filler clip is not embedded (scripts/filler-clips.sh makes it).");
        using var audio = new MemoryStream();
        resource.CopyTo(audio);
        var bytes = audio.ToArray();
        return [.. bytes.Chunk(ChunkBytes).Select(chunk => Encoding.ASCII.GetBytes(Convert.ToBase64String(chunk)))];
    }
}
