using Concierge.Grains.Interfaces.Leads;
using Concierge.Silo.Leads;
using Concierge.WebFront.Twilio;
using Orleans;

namespace Concierge.WebFront.Leads;

/// <summary>
/// Twilio's webhooks for a lead's call, signature-checked like every /twilio route; the lead travels in the (signed) query
/// string as <c>?lead=</c>. The answer gets TwiML (rendered by <see cref="CallStepTwiml"/>, as every call's), never an error.
/// </summary>
public static class LeadWebhooks
{
    public static RouteGroupBuilder MapLeadWebhooks(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/twilio/lead").WithTags("Twilio").CorrelateTwilioCall().ValidateTwilioRequest().ExcludeFromDescription();
        group.MapPost("/voice", VoiceAsync);
        group.MapPost("/answer", AnswerAsync);
        group.MapPost("/status", StatusAsync);
        return group;
    }

    /// <summary>The lead's call was answered (by a person or a machine, <c>AnsweredBy</c>).</summary>
    private static async Task<IResult> VoiceAsync(HttpRequest request, IGrainFactory grains, CallStepTwiml twiml, ILogger<CallStepTwiml> logger)
    {
        var (form, problem) = await TwilioWebhook.ReadAsync(request, "CallSid");
        var leadId = request.Query[LeadCallLinks.LeadParameter].ToString();
        if (problem is not null || !TwilioWebhook.IsSid(leadId))
        {
            return problem ?? MissingLead();
        }

        var answeredBy = (await TwilioWebhook.FieldsAsync(request))?["AnsweredBy"].ToString() is { Length: > 0 } by ? by : null;
        return await TwilioWebhook.AnswerAsync(
            request,
            async () => twiml.Render(await grains.GetGrain<ILeadGrain>(leadId).AnsweredAsync(form.CallSid, answeredBy), form.CallSid, AnswerPath(leadId)),
            CallStepTwiml.ServiceTrouble, logger, "lead-voice", form.CallSid);
    }

    /// <summary>What the lead said in answer to the listening the (signed) query's <c>turn</c> names; nothing when they were silent.</summary>
    private static async Task<IResult> AnswerAsync(HttpRequest request, IGrainFactory grains, CallStepTwiml twiml, ILogger<CallStepTwiml> logger)
    {
        var (form, problem) = await TwilioWebhook.ReadAsync(request, "CallSid");
        var leadId = request.Query[LeadCallLinks.LeadParameter].ToString();
        if (problem is not null || !TwilioWebhook.IsSid(leadId))
        {
            return problem ?? MissingLead();
        }

        if (!int.TryParse(request.Query[TwilioVoiceEndpoints.TurnParameter], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var turn)
            || turn < 1)
        {
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { [TwilioVoiceEndpoints.TurnParameter] = ["The answer URL's turn must be a positive whole number, as in ?turn=2."] },
                title: "The Twilio request is missing required fields.");
        }

        return await TwilioWebhook.AnswerAsync(
            request,
            async () => twiml.Render(await grains.GetGrain<ILeadGrain>(leadId).HearAsync(form.CallSid, form.SpeechResult, turn), form.CallSid, AnswerPath(leadId)),
            CallStepTwiml.ServiceTrouble, logger, "lead-answer", form.CallSid);
    }

    private static string AnswerPath(string leadId) => $"{LeadCallLinks.AnswerPath}?{LeadCallLinks.LeadParameter}={Uri.EscapeDataString(leadId)}";

    /// <summary>The lead's call's status callback: only its end matters; 204 once recorded, 503 if it could not be (Twilio may retry).</summary>
    private static async Task<IResult> StatusAsync(HttpRequest request, IGrainFactory grains, ILogger<CallStepTwiml> logger)
    {
        var (form, problem) = await TwilioWebhook.ReadAsync(request, "CallSid", "CallStatus");
        var leadId = request.Query[LeadCallLinks.LeadParameter].ToString();
        if (problem is not null || !TwilioWebhook.IsSid(leadId))
        {
            return problem ?? MissingLead();
        }

        if (!LeadCallOutcomes.Final.Contains(form.CallStatus!))
        {
            return TypedResults.NoContent();
        }

        var answeredBy = (await TwilioWebhook.FieldsAsync(request))?["AnsweredBy"].ToString() is { Length: > 0 } by ? by : null;
        try
        {
            await grains.GetGrain<ILeadGrain>(leadId).CallEndedAsync(form.CallSid, form.CallStatus!, answeredBy).WaitAsync(TwilioWebhook.Budget);
            return TypedResults.NoContent();
        }
        catch (Exception e) when (!request.HttpContext.RequestAborted.IsCancellationRequested)
        {
            logger.LogError(e, "Could not record the end of lead call {CallSid}", form.CallSid);
            return TypedResults.Problem("The call's end could not be recorded; Twilio may retry.", statusCode: StatusCodes.Status503ServiceUnavailable);
        }
    }

    private static Microsoft.AspNetCore.Http.HttpResults.ValidationProblem MissingLead() => TypedResults.ValidationProblem(
        new Dictionary<string, string[]> { [LeadCallLinks.LeadParameter] = ["The lead webhook URL must carry the lead's id as ?lead=…"] },
        title: "The Twilio request is missing required fields.");
}
