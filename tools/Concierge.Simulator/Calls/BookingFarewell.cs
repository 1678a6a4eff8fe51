namespace Concierge.Simulator.Calls;

/// <summary>
/// How a booking dialogue ended, from the concierge's last words (English or French): booked, moved or cancelled. The
/// call log says <c>completed</c> for all three; these tell the caller's side apart.
/// </summary>
public static class BookingFarewell
{
    private static readonly (string Outcome, string[] Phrases)[] Endings =
    [
        (CallOutcomes.Moved, ["your appointment is now", "votre rendez-vous est maintenant"]),
        (CallOutcomes.Booked, ["You're booked", "C'est réservé"]),
        (CallOutcomes.AppointmentCancelled, ["is cancelled", "est annulé"]),
    ];

    /// <summary>The outcome <paramref name="spoken"/> announces, or null for a farewell that is no booking's.</summary>
    public static string? Of(string spoken) =>
        Endings.FirstOrDefault(ending => ending.Phrases.Any(phrase => spoken.Contains(phrase, StringComparison.Ordinal))).Outcome;
}
