using Orleans;

namespace Concierge.Grains.Interfaces.Leads;

/// <summary>
/// How a company qualifies its leads: what the assistant asks, when it may call, how often it tries, what it leaves on a
/// machine and whom it tells. Kept by the company's <see cref="ILeadSettingsGrain"/>, apart from the call settings.
/// Stored as JSON: new parameters go last, with a default.
/// </summary>
/// <param name="Questions">Asked one at a time, in this order.</param>
/// <param name="Hours">When calls may be placed.</param>
/// <param name="MaxAttempts">Calls placed to one lead before it counts as unreachable.</param>
/// <param name="RetryMinutes">The wait after a first unanswered attempt; it doubles with each further one.</param>
/// <param name="MachineMessage">Left once on an answering machine; null: the default message in the lead's language.</param>
/// <param name="NotifyEmails">Who is e-mailed each lead's outcome.</param>
/// <param name="ConsentText">The consent wording the public intake form shows; null: <see cref="LeadConsentWording.Default"/> in the form's language.</param>
[GenerateSerializer, Immutable, Alias("concierge.LeadSettings")]
public sealed record LeadSettings(
    IReadOnlyList<LeadQuestion> Questions,
    CallingHours Hours,
    int MaxAttempts,
    int RetryMinutes,
    string? MachineMessage,
    IReadOnlyList<string> NotifyEmails,
    string? ConsentText = null) : PrivateRecord
{
    /// <summary>What a company that never configured its leads has: no questions, weekdays 9 to 18, three attempts an hour apart.</summary>
    public static LeadSettings Default { get; } = new([], CallingHours.Default, 3, 60, null, []);
}

/// <summary>One qualification question.</summary>
/// <param name="Kind">One of <see cref="LeadQuestionKinds"/>.</param>
/// <param name="Options">The answers a <see cref="LeadQuestionKinds.Choice"/> question accepts; empty for other kinds.</param>
/// <param name="Required">A lead who gives no usable answer to a required question is not qualified on it.</param>
[GenerateSerializer, Immutable, Alias("concierge.LeadQuestion")]
public sealed record LeadQuestion(string Text, string Kind, IReadOnlyList<string> Options, bool Required);

public static class LeadQuestionKinds
{
    public const string YesNo = "yes_no";
    public const string Number = "number";
    public const string Choice = "choice";
    public const string FreeText = "free_text";

    public static IReadOnlyList<string> All { get; } = [YesNo, Number, Choice, FreeText];
}

/// <summary>When calls may be placed: on <paramref name="Days"/>, from <paramref name="From"/> to <paramref name="To"/> (local times, "HH:mm").</summary>
/// <param name="Days">Lower-case English day abbreviations (<see cref="Weekdays"/>).</param>
/// <param name="TimeZone">The IANA zone the hours are read in when the lead's own zone is unknown; null: the company's.</param>
[GenerateSerializer, Immutable, Alias("concierge.CallingHours")]
public sealed record CallingHours(IReadOnlyList<string> Days, string From, string To, string? TimeZone)
{
    public static IReadOnlyList<string> Weekdays { get; } = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

    public static CallingHours Default { get; } = new(["mon", "tue", "wed", "thu", "fri"], "09:00", "18:00", null);
}
