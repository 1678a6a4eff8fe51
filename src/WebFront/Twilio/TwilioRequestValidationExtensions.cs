namespace Concierge.WebFront.Twilio;

public static class TwilioRequestValidationExtensions
{
    /// <summary>Refuses (403) every request to the group that does not carry Twilio's valid signature.</summary>
    public static RouteGroupBuilder ValidateTwilioRequest(this RouteGroupBuilder group)
        => group.AddEndpointFilter<ValidateTwilioRequestFilter>();

    /// <summary>Logs every request to the group under its call's CallSid; add it before <see cref="ValidateTwilioRequest"/>.</summary>
    public static RouteGroupBuilder CorrelateTwilioCall(this RouteGroupBuilder group)
        => group.AddEndpointFilter<TwilioCorrelationFilter>();
}
