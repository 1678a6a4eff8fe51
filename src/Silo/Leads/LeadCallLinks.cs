using Concierge.Grains.Interfaces.Leads;
using Concierge.Silo.Twilio;
using Microsoft.Extensions.Options;

namespace Concierge.Silo.Leads;

/// <summary>The lead webhooks under <c>Concierge:Twilio:PublicBaseUrl</c>, the address Twilio reaches (and signs) us at.</summary>
public sealed class LeadCallLinks(IOptionsMonitor<TwilioOptions> options) : ILeadCallLinks
{
    public const string VoicePath = "/twilio/lead/voice";
    public const string StatusPath = "/twilio/lead/status";
    public const string AnswerPath = "/twilio/lead/answer";
    public const string LeadParameter = "lead";

    public Uri Voice(string leadId) => Link(VoicePath, leadId);

    public Uri Status(string leadId) => Link(StatusPath, leadId);

    private Uri Link(string path, string leadId) => options.CurrentValue.PublicBaseUrl is { } root
        ? new Uri($"{root.ToString().TrimEnd('/')}{path}?{LeadParameter}={Uri.EscapeDataString(leadId)}")
        : throw new InvalidOperationException($"{TwilioOptions.PublicBaseUrlKey} is needed to call leads: Twilio fetches the call's answer from it.");
}
