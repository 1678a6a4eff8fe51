using Concierge.Grains.Interfaces.Phones;

namespace Concierge.WebFront.Dashboard;

/// <summary>
/// Phone numbers as the company reads them: national for its own region, international for the rest. What is not a
/// number (a hidden caller's "anonymous", a SIP address) is shown as the carrier sent it.
/// </summary>
public sealed class PhoneDisplay(string region)
{
    public static PhoneDisplay Us { get; } = new("US");

    /// <summary>The region whose numbers read nationally.</summary>
    public string Region => region;

    public string Of(string? stored) =>
        stored is null ? "" : PhoneNumber.TryParse(stored, region, out var number, out _) ? number.ReadableIn(region) : stored;
}
