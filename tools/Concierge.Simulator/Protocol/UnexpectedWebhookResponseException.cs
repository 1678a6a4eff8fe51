namespace Concierge.Simulator.Protocol;

/// <summary>A webhook answered with something Twilio could not use: not a 200, not TwiML, or TwiML the simulator cannot follow.</summary>
public sealed class UnexpectedWebhookResponseException(string message, Exception? innerException = null) : Exception(message, innerException);
