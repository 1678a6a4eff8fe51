namespace Concierge.Grains.Interfaces.Leads;

/// <summary>What a lead agrees to on the public intake form: the company's own wording, or a default that says who calls, how and why.</summary>
public static class LeadConsentWording
{
    /// <summary>The wording shown for <paramref name="company"/> in <paramref name="language"/> ("en" or "fr").</summary>
    public static string For(LeadSettings settings, string company, string language)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return settings.ConsentText ?? Default(company, language);
    }

    /// <summary>The default: the call is about the request, placed by an automated assistant, and may be recorded (as the call's opening says too).</summary>
    public static string Default(string company, string language) => language == "fr"
        ? $"J'accepte que {company} m'appelle à ce numéro au sujet de ma demande. L'appel est passé par un assistant automatique et peut être enregistré."
        : $"I agree that {company} may call me at this number about my request. The call is placed by an automated assistant and may be recorded.";
}
