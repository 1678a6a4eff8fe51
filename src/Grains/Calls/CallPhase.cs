namespace Concierge.Grains.Calls;

/// <summary>Where a call stands; a call row's status is this phase's name while the call is live.</summary>
public enum CallPhase
{
    Screening,
    Transferring,
    AwaitingMessage,
    Ended,
}
