namespace Concierge.Silo.Twilio;

/// <summary>What a rejected caller hears: a "not in service" message, or a busy tone.</summary>
public enum RejectReason
{
    Rejected,
    Busy,
}
