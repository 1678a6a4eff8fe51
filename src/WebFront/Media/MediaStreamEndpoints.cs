using Concierge.Grains.Interfaces.Calls;
using Concierge.WebFront.Logging;
using Concierge.WebFront.Twilio;
using Orleans;

namespace Concierge.WebFront.Media;

/// <summary>
/// Realtime calls' routes: the media stream (a WebSocket whose handshake must carry Twilio's signature) and the Connect
/// action Twilio requests once the stream has closed, answered with the call's next step.
/// </summary>
public static class MediaStreamEndpoints
{
    public static WebApplication MapTwilioMediaStreams(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseWebSockets();
        app.MapGroup(MediaStreamTwiml.StreamPath).WithTags("Twilio").ValidateTwilioRequest().ExcludeFromDescription().MapGet("", StreamAsync);
        app.MapGroup("/twilio").WithTags("Twilio").CorrelateTwilioCall().ValidateTwilioRequest().ExcludeFromDescription()
            .MapPost(MediaStreamTwiml.EndedPath["/twilio".Length..], StreamEndedAsync);
        return app;
    }

    private static async Task<IResult> StreamAsync(HttpContext context, MediaRelayServices services)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "This is Twilio's media stream: a WebSocket.");
        }

        using var link = new WebSocketLink(await context.WebSockets.AcceptWebSocketAsync());
        using var relay = new MediaRelay(link, services) { Correlation = context.LogCorrelation() };
        await relay.RunAsync(context.RequestAborted);
        return TypedResults.Empty;
    }

    private static async Task<IResult> StreamEndedAsync(
        HttpRequest request, IGrainFactory grains, CallStepTwiml twiml, TroubleRecorder trouble, ILogger<CallStepTwiml> logger)
    {
        var (form, problem) = await TwilioWebhook.ReadAsync(request, "CallSid");
        if (problem is not null)
        {
            return problem;
        }

        var callSid = form.CallSid;
        using var turn = TwilioWebhook.TurnCancellation(request);
        return await TwilioWebhook.AnswerAsync(
            request,
            async () => twiml.Render(await grains.GetGrain<ICallGrain>(callSid).StreamEndedAsync(turn.Token), callSid),
            () =>
            {
                trouble.Report(callSid, "stream-ended", null);
                return CallStepTwiml.ServiceTrouble();
            },
            logger, "stream-ended", callSid);
    }
}
