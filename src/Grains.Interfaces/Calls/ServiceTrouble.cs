namespace Concierge.Grains.Interfaces.Calls;

/// <summary>
/// What a caller hears when the concierge itself fails. It lives with the contracts because the web front end says it
/// without any grain (a grain that cannot answer is the reason), and the call simulator recognises it.
/// </summary>
public static class ServiceTrouble
{
    public const string Announcement =
        "Sorry, I can't take your call right now because of a technical problem. Please send a text message or try again later. Goodbye.";

    /// <summary>The announcement is English: which language the caller speaks is not known without the call's state.</summary>
    public const string Language = "en-US";
}
