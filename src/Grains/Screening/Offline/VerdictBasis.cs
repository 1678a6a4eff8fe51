namespace Concierge.Grains.Screening.Offline;

/// <summary>What a rule's verdict rests on, which decides whether the trained classifier may replace it.</summary>
internal enum VerdictBasis
{
    /// <summary>A known spammer, a robocall, a scam or a request for codes or bank details, the owner's own lists: never replaced.</summary>
    Safety,

    /// <summary>A phrase the rules know (a pitch, an emergency, a courier at the door) or the caller's history.</summary>
    Heard,

    /// <summary>No phrase decided: a caller who said who and why, a stranger's company, or nothing clear yet.</summary>
    Guess,
}
