using Concierge.Grains.Interfaces.Companies;
using Concierge.Grains.Interfaces.Phones;

namespace Concierge.Grains.Companies;

/// <summary>Who is calling, as the E.164 number their history and the exception list are keyed by.</summary>
public static class CallerNumber
{
    /// <summary>The region of a company never configured, as for its settings' default.</summary>
    private const string DefaultRegion = "US";

    /// <summary>
    /// Twilio's <c>From</c> as E.164; null for a hidden caller ("anonymous"), a SIP or client address, or anything else
    /// that is no number. Carriers may pass a domestic caller in national form ("0612345678" to a French line), so it is
    /// read for the company's region, as its people write numbers.
    /// </summary>
    public static string? Of(string? from, CompanySettings? company) =>
        PhoneNumber.TryParse(from, company?.DefaultRegion ?? DefaultRegion, out var number, out _) ? number.E164 : null;
}
