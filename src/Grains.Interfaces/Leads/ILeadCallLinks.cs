namespace Concierge.Grains.Interfaces.Leads;

/// <summary>Where the network reaches Concierge about a lead's call: its answer (TwiML) and its status reports.</summary>
public interface ILeadCallLinks
{
    /// <summary>Fetched when the lead's call is answered (with <c>AnsweredBy</c>).</summary>
    Uri Voice(string leadId);

    /// <summary>Told when the lead's call ends (busy, no-answer, failed, completed…).</summary>
    Uri Status(string leadId);
}
