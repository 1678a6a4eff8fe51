namespace Concierge.Grains.Interfaces.Companies;

/// <summary>How screened calls talk: <c>gather</c> (Twilio's speech recognition, turn by turn) or <c>realtime</c> (a live audio model).</summary>
public static class VoiceModes
{
    public const string Gather = "gather";
    public const string Realtime = "realtime";

    public static IReadOnlyList<string> All { get; } = [Gather, Realtime];
}
