namespace Concierge.WebFront.Leads;

/// <summary>A lead's details as typed into a form (the public intake form, the dashboard's add-a-lead form), field names as the API names them.</summary>
public sealed class LeadContactFields
{
    public string? Name { get; set; }

    public string? Phone { get; set; }

    public string? Email { get; set; }

    public string? Notes { get; set; }

    /// <summary>The consent box: ticked by the lead on the intake form, by the owner vouching for the lead on the dashboard.</summary>
    public bool Consent { get; set; }

    /// <summary>
    /// What the API would have been sent: the consent given now with <paramref name="consentText"/>, this server's wording,
    /// never text the browser sent.
    /// </summary>
    public LeadInput ToInput(string source, string consentText, DateTimeOffset now, string? language) =>
        new(Name, Phone, Email, source, Notes, new ConsentInput(Consent, now.ToString("O"), consentText), null, language);
}
