namespace Concierge.Grains.Screening;

/// <summary>
/// How sure the trained classifier must be (its probability for the action it prefers) to replace what the rules
/// decided: <paramref name="OverGuess"/> where no phrase decided (a caller who gave a name and a reason, or nothing
/// clear yet), <paramref name="OverHeard"/> where a phrase the rules know did. Above 1 means never. The rules' safety
/// layer (known spammers, robocalls, scams, requests for codes or bank details, the owner's own lists, the one
/// clarifying question to an unnamed caller) is never replaced.
/// </summary>
public sealed record ClassifierTrust(double OverGuess, double OverHeard)
{
    /// <summary>The rules alone decide.</summary>
    public static ClassifierTrust RulesOnly { get; } = new(2, 2);
}
