using System.Globalization;
using Concierge.Grains.Interfaces.Calls;
using Concierge.Silo.Queries;
using Concierge.WebFront.Logging;
using Concierge.WebFront.Media;
using Orleans;
using Twilio.TwiML;

namespace Concierge.WebFront.Twilio;

/// <summary>Twilio's voice webhooks, each a grain call rendered as TwiML. Every route is signature-checked.</summary>
public static class TwilioVoiceEndpoints
{
    /// <summary>The query parameter of <c>/twilio/gather</c> naming the listening the caller answers (<see cref="ListenStep.Turn"/>).</summary>
    public const string TurnParameter = "turn";

    public static RouteGroupBuilder MapTwilioVoice(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/twilio").WithTags("Twilio").CorrelateTwilioCall().ValidateTwilioRequest().ExcludeFromDescription();
        group.MapPost("/voice", VoiceAsync);
        group.MapPost("/gather", GatherAsync);
        group.MapPost("/dial-result", DialResultAsync);
        group.MapPost("/whisper", WhisperAsync);
        group.MapPost("/status", StatusAsync);
        group.MapPost("/message", TwilioMessageEndpoint.MessageAsync);
        return group;
    }

    /// <summary>
    /// A call arrives: route it to its company and start it. A call that will talk to the realtime model has the model's
    /// socket opened now, while Twilio answers and opens the media stream.
    /// </summary>
    private static async Task<IResult> VoiceAsync(
        HttpRequest request, IGrainFactory grains, CompanyDirectory directory, CallStepTwiml twiml, PreopenedModelSessions models, TroubleRecorder trouble, ILogger<CallStepTwiml> logger)
    {
        var (form, problem) = await TwilioWebhook.ReadAsync(request, "CallSid", "From", "To");
        if (problem is not null)
        {
            return problem;
        }

        var callSid = form.CallSid;
        var incoming = new IncomingCall("", form.From!, form.To!, form.CallerName, form.ForwardedFrom);
        using var turn = TwilioWebhook.TurnCancellation(request);
        return await TwilioWebhook.AnswerAsync(
            request,
            async () =>
            {
                incoming = incoming with { CompanyId = await directory.CompanyForNumberAsync(incoming.To, turn.Token) };
                request.HttpContext.LogCorrelation()?.CompanyId = incoming.CompanyId;
                var step = await grains.GetGrain<ICallGrain>(callSid).StartAsync(incoming, turn.Token);
                if (step is StreamStep)
                {
                    models.Open(callSid);
                }

                return twiml.Render(step, callSid);
            },
            () => Trouble(trouble, callSid, "voice", incoming), logger, "voice", callSid);
    }

    /// <summary>
    /// The caller's words, or nothing (the Gather's fallthrough redirect carries no SpeechResult), in answer to the
    /// listening the (signed) query's <c>turn</c> names; without one (an old number configuration), the current listening.
    /// </summary>
    private static async Task<IResult> GatherAsync(HttpRequest request, IGrainFactory grains, CallStepTwiml twiml, TroubleRecorder trouble, ILogger<CallStepTwiml> logger)
    {
        var (form, problem) = await TwilioWebhook.ReadAsync(request, "CallSid");
        var turnText = request.Query[TurnParameter].ToString();
        int? turn = int.TryParse(turnText, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0 ? number : null;
        if (problem is not null || (turnText.Length > 0 && turn is null))
        {
            return problem ?? TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { [TurnParameter] = ["The gather URL's turn must be a positive whole number, as in ?turn=2."] },
                title: "The Twilio request is missing required fields.");
        }

        var callSid = form.CallSid;
        var input = new CallerInput(form.SpeechResult, form.Confidence, turn);
        using var cancellation = TwilioWebhook.TurnCancellation(request);
        return await TwilioWebhook.AnswerAsync(
            request,
            async () => twiml.Render(await grains.GetGrain<ICallGrain>(callSid).HearAsync(input, cancellation.Token), callSid),
            () => Trouble(trouble, callSid, "gather"), logger, "gather", callSid);
    }

    private static async Task<IResult> DialResultAsync(HttpRequest request, IGrainFactory grains, CallStepTwiml twiml, TroubleRecorder trouble, ILogger<CallStepTwiml> logger)
    {
        var (form, problem) = await TwilioWebhook.ReadAsync(request, "CallSid", "DialCallStatus");
        if (problem is not null)
        {
            return problem;
        }

        var callSid = form.CallSid;
        var result = new DialResult(form.DialCallStatus!, (int?)form.DialCallDuration, form.DialBridged);
        using var turn = TwilioWebhook.TurnCancellation(request);
        return await TwilioWebhook.AnswerAsync(
            request,
            async () => twiml.Render(await grains.GetGrain<ICallGrain>(callSid).DialEndedAsync(result, turn.Token), callSid),
            () => Trouble(trouble, callSid, "dial-result"), logger, "dial-result", callSid);
    }

    /// <summary>
    /// The owner's leg, before the caller is connected. The screened call's CallSid travels in the (signed) query
    /// string; <c>Digits</c> is present once the owner pressed a key.
    /// </summary>
    private static async Task<IResult> WhisperAsync(HttpRequest request, IGrainFactory grains, CallStepTwiml twiml, ILogger<CallStepTwiml> logger)
    {
        var (form, problem) = await TwilioWebhook.ReadAsync(request, "CallSid");
        var callSid = request.Query["call"].ToString();
        if (problem is not null || !TwilioWebhook.IsSid(callSid))
        {
            return problem ?? TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { ["call"] = ["The whisper URL must carry the screened call's CallSid as ?call=…"] },
                title: "The Twilio request is missing required fields.");
        }

        var call = grains.GetGrain<ICallGrain>(callSid);
        using var turn = TwilioWebhook.TurnCancellation(request);
        return await TwilioWebhook.AnswerAsync(
            request,
            async () => twiml.Render(form.Digits is { } digits ? await call.WhisperAnsweredAsync(digits, turn.Token) : await call.WhisperAsync(), callSid),
            () => new VoiceResponse().Hangup(), logger, "whisper", callSid);
    }

    /// <summary>
    /// Twilio's status callback. Only a final status matters; 204 once recorded, 503 if it could not be. A model socket
    /// opened for the call and never taken (the caller hung up before the stream began) is closed.
    /// </summary>
    private static async Task<IResult> StatusAsync(HttpRequest request, IGrainFactory grains, PreopenedModelSessions models, ILogger<CallStepTwiml> logger)
    {
        var (form, problem) = await TwilioWebhook.ReadAsync(request, "CallSid", "CallStatus");
        if (problem is not null)
        {
            return problem;
        }

        var status = form.CallStatus!;
        if (status is not ("completed" or "busy" or "failed" or "no-answer" or "canceled"))
        {
            return TypedResults.NoContent();
        }

        var callSid = form.CallSid;
        models.Discard(callSid);
        using var turn = TwilioWebhook.TurnCancellation(request);
        try
        {
            await grains.GetGrain<ICallGrain>(callSid).CallEndedAsync(new CallEnded(status, (int?)form.CallDuration), turn.Token).WaitAsync(TwilioWebhook.Budget);
            return TypedResults.NoContent();
        }
        catch (Exception e) when (!request.HttpContext.RequestAborted.IsCancellationRequested)
        {
            logger.LogError(e, "Could not record the end of call {CallSid}", callSid);
            return TypedResults.Problem("The call's end could not be recorded; Twilio may retry.", statusCode: StatusCodes.Status503ServiceUnavailable);
        }
    }

    /// <summary>The caller is told of a technical problem: answer at once, and have the call log say so in the background.</summary>
    private static VoiceResponse Trouble(TroubleRecorder recorder, string callSid, string webhook, IncomingCall? incoming = null)
    {
        recorder.Report(callSid, webhook, incoming);
        return CallStepTwiml.ServiceTrouble();
    }
}
