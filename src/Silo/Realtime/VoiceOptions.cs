using Concierge.Grains.Interfaces.Companies;

namespace Concierge.Silo.Realtime;

/// <summary>How screened calls talk unless a company chooses (configuration section <c>Concierge:Voice</c>).</summary>
public sealed class VoiceOptions
{
    public const string SectionName = "Concierge:Voice";

    /// <summary><c>gather</c> (Twilio's speech recognition, turn by turn) or <c>realtime</c> (a live voice model): a new company's <c>voiceMode</c>.</summary>
    public string Mode { get; set; } = VoiceModes.Gather;

    public IEnumerable<string> Validate()
    {
        if (!VoiceModes.All.Contains(Mode))
        {
            yield return $"{SectionName}:Mode must be one of {string.Join(", ", VoiceModes.All)} (got '{Mode}').";
        }
    }
}
