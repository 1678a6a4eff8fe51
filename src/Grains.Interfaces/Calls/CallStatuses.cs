namespace Concierge.Grains.Interfaces.Calls;

/// <summary>Where a call stands (<c>status</c> in the call log): stable names users and tests rely on.</summary>
public static class CallStatuses
{
    public const string Screening = "screening";
    public const string Transferring = "transferring";
    public const string AwaitingMessage = "awaiting_message";
    public const string Ended = "ended";

    public static IReadOnlyList<string> All { get; } = [Screening, Transferring, AwaitingMessage, Ended];
}
