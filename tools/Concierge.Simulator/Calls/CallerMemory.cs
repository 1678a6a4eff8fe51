using System.Text.RegularExpressions;
using Concierge.Simulator.Protocol;

namespace Concierge.Simulator.Calls;

/// <summary>
/// What a scripted caller remembers from one call to the next: the booking reference the concierge read out. A script
/// line saying <see cref="ReferencePlaceholder"/> says that reference, digit by digit, as a caller reading it from their
/// text would.
/// </summary>
public sealed partial class CallerMemory
{
    public const string ReferencePlaceholder = "{reference}";

    /// <summary>The last reference heard, digits only; null before any.</summary>
    public string? Reference { get; private set; }

    /// <summary>Keeps the reference <paramref name="twiml"/> reads out, if it reads one.</summary>
    public void Hear(Twiml twiml)
    {
        ArgumentNullException.ThrowIfNull(twiml);
        if (ReferenceSaid().Match(twiml.Spoken) is { Success: true } said)
        {
            Reference = said.Groups[1].Value.Replace(" ", "", StringComparison.Ordinal);
        }
    }

    /// <summary><paramref name="line"/> with the reference said in place of its placeholder.</summary>
    /// <exception cref="UnexpectedWebhookResponseException">The line needs a reference and the concierge never read one out.</exception>
    public string Fill(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        if (!line.Contains(ReferencePlaceholder, StringComparison.Ordinal))
        {
            return line;
        }

        var reference = Reference ?? throw new UnexpectedWebhookResponseException(
            $"The script says {ReferencePlaceholder}, but the concierge has read no booking reference to this caller.");
        return line.Replace(ReferencePlaceholder, string.Join(' ', reference.ToCharArray()), StringComparison.Ordinal);
    }

    [GeneratedRegex(@"(?:reference|référence) (?:is|est) ([0-9](?: [0-9]){5})")]
    private static partial Regex ReferenceSaid();
}
