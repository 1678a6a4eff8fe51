namespace Concierge.Simulator.Media;

/// <summary>
/// Speech-like audio we make ourselves, as Twilio sends it (μ-law, 8 kHz, 20 ms frames of 160 bytes): a voiced sound
/// (a low pitch and its harmonics, shaped like a vowel) whose loudness rises and falls with syllables. No recording, no
/// external tool: a voice detector hears it as speech, and every frame is loud enough never to read as silence.
/// </summary>
public static class SyntheticSpeech
{
    public const int FrameBytes = 160;
    private const int SampleRate = 8000;

    /// <summary>One frame of μ-law silence (digital zero).</summary>
    public static byte[] SilentFrame { get; } = [.. Enumerable.Repeat((byte)0xFF, FrameBytes)];

    /// <summary><paramref name="frames"/> frames of speech; <paramref name="seed"/> varies the pitch so callers differ.</summary>
    public static byte[][] Frames(int frames, int seed = 0)
    {
        var pitch = 105 + (seed % 7) * 10;
        var result = new byte[frames][];
        for (var f = 0; f < frames; f++)
        {
            var frame = result[f] = new byte[FrameBytes];
            for (var i = 0; i < FrameBytes; i++)
            {
                var t = (double)(f * FrameBytes + i) / SampleRate;
                var syllable = 0.65 + 0.35 * Math.Sin(2 * Math.PI * 4 * t); // about four syllables a second
                var voice = 0.0;
                for (var harmonic = 1; harmonic <= 12; harmonic++)
                {
                    var hz = pitch * harmonic;
                    var formant = Math.Exp(-Math.Pow((hz - 700) / 400.0, 2)) + 0.5 * Math.Exp(-Math.Pow((hz - 1200) / 500.0, 2)) + 0.2;
                    voice += formant * Math.Sin(2 * Math.PI * hz * t) / harmonic;
                }

                frame[i] = MuLaw.Encode((short)Math.Clamp(voice * syllable * 6000, short.MinValue, short.MaxValue));
            }
        }

        return result;
    }
}
