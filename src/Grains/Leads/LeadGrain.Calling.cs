using Concierge.Grains.Interfaces.Calls;
using Concierge.Grains.Interfaces.Companies;
using Concierge.Grains.Interfaces.Leads;
using Concierge.Grains.Interfaces.Phones;
using Concierge.Grains.Interfaces.Telephony;
using Orleans;

namespace Concierge.Grains.Leads;

/// <summary>
/// The calling half of a lead: decide an attempt inside the calling hours, write it down (the outbox), place the call, write
/// its CallSid; retry what ends busy, unanswered or failed with a doubling wait, up to the company's attempts. Twilio takes no
/// idempotency key, so an attempt written down without a CallSid (a crash, or an answer lost, between the two writes) is
/// looked up on the network before anything is placed again, and adopted when found: each attempt is one call.
/// </summary>
public sealed partial class LeadGrain
{
    /// <summary>Answering-machine detection that waits for the beep, so the message is left after it.</summary>
    private const string MachineDetection = "DetectMessageEnd";

    /// <summary>A call created this long before its attempt was decided is not the attempt's (clocks of two machines).</summary>
    private static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(1);

    private NextAttempt NextCall => field ??= new(this, StepAsync);

    public Task ResumeAsync()
    {
        ContinueIfDue();
        NotifyIfDue();
        return Task.CompletedTask;
    }

    public async Task<CallStep> AnsweredAsync(string callSid, string? answeredBy)
    {
        var language = LeadPhrases.LanguageTag(Lead.Lead?.Language, (await CompanyAsync())?.Languages);
        if (!await IsCurrentCallAsync(callSid))
        {
            return new HangUpStep("", language);
        }

        if (answeredBy is not null && answeredBy.StartsWith("machine", StringComparison.Ordinal))
        {
            Lead.MachineAttempt = Lead.Current!.Number;
            var leave = !Lead.MachineMessageLeft;
            Lead.MachineMessageLeft = true;
            await SaveAsync();
            return new HangUpStep(leave ? await MachineMessageAsync(language) : "", language);
        }

        if (answeredBy == "fax")
        {
            return new HangUpStep("", language);
        }

        return await ConverseAsync(language);
    }

    public async Task CallEndedAsync(string callSid, string status, string? answeredBy)
    {
        if (!LeadCallOutcomes.Final.Contains(status) || !await IsCurrentCallAsync(callSid))
        {
            return; // progress, or a report of an earlier call heard twice
        }

        await EndAttemptAsync(status, answeredBy);
    }

    /// <summary>Schedules the lead's next step when one is due: at once when it is late, at its time otherwise.</summary>
    private void ContinueIfDue()
    {
        if (Lead.Lead is null || Lead.NextAttemptAt is not { } next || !LeadStatuses.IsOpen(Lead.Status))
        {
            return;
        }

        if (NextCall.IsScheduled && next > time.GetUtcNow())
        {
            return;
        }

        NextCall.Schedule(next, time);
    }

    private async Task StepAsync(CancellationToken cancellationToken)
    {
        if (Lead.NextAttemptAt is not { } next || next > time.GetUtcNow() || !LeadStatuses.IsOpen(Lead.Status))
        {
            ContinueIfDue();
            return;
        }

        try
        {
            if (Lead.Current is { CallSid: null } unconfirmed)
            {
                await RecoverAsync(unconfirmed);
            }
            else if (Lead.Current is { } placed)
            {
                await CheckCallAsync(placed);
            }
            else
            {
                await DecideAsync();
            }
        }
        catch (Exception e)
        {
            Lead.Error = e is TelephonyException ? e.Message : $"{e.GetType().Name}: {e.Message}";
            Lead.NextAttemptAt = time.GetUtcNow() + options.Value.Recovery;
            LogStepFailed(logger, e, LeadId, Lead.NextAttemptAt);
            await SaveAsync();
        }

        ContinueIfDue();
    }

    /// <summary>A new attempt: inside the calling hours, written down, then placed.</summary>
    private async Task DecideAsync()
    {
        var lead = Lead.Lead!;
        var company = await CompanyAsync();
        var configuration = await GrainFactory.GetGrain<ILeadSettingsGrain>(lead.CompanyId).GetAsync();
        if (configuration.DoNotCall.Contains(lead.Phone))
        {
            Close(LeadStatuses.Declined); // the number asked not to be called after the lead came in
            await SaveAsync();
            return;
        }

        if (company?.TwilioNumbers is not { Count: > 0 } numbers)
        {
            throw new InvalidOperationException("The company has no Twilio number to call from.");
        }

        var hours = configuration.Settings.Hours;
        var zone = CompanyTimeZone.Find(lead.TimeZone ?? PhoneTimeZone.Of(lead.Phone) ?? hours.TimeZone) ?? CompanyTimeZone.Of(company);
        var now = time.GetUtcNow();
        var opening = CallingWindow.NextOpening(hours, zone, now);
        if (opening > now)
        {
            Lead.NextAttemptAt = opening;
            await SaveAsync();
            return;
        }

        var attempt = new LeadAttempt(Lead.Attempts.Count + 1, now, null, null, numbers[0]);
        Lead.Attempts.Add(attempt);
        Lead.Status = LeadStatuses.Calling;
        Lead.NextAttemptAt = now + options.Value.Recovery; // should this node die now, the attempt is looked up, not placed again
        await SaveAsync();
        await PlaceAsync(attempt);
    }

    /// <summary>Places the written-down <paramref name="attempt"/> and writes its CallSid.</summary>
    private async Task PlaceAsync(LeadAttempt attempt)
    {
        var lead = Lead.Lead!;
        var call = new OutboundCall(
            attempt.From, lead.Phone, links.Voice(LeadId), StatusCallback: links.Status(LeadId),
            StatusCallbackEvents: ["answered", "completed"], MachineDetection: MachineDetection);
        string callSid;
        try
        {
            callSid = await telephony.PlaceCallAsync(call);
        }
        catch (TelephonyException e) when (!e.MayHaveHappened)
        {
            Lead.Error = e.Message; // refused (a number Twilio will not call…): the attempt counts as failed
            await EndAttemptAsync(LeadCallOutcomes.Failed, null);
            return;
        }

        await AdoptAsync(attempt, callSid);
    }

    /// <summary>An attempt whose call may or may not have been placed: the call is adopted when the network has it, placed otherwise.</summary>
    private async Task RecoverAsync(LeadAttempt attempt)
    {
        var found = await telephony.FindCallsAsync(attempt.From, Lead.Lead!.Phone, attempt.DecidedAt - ClockSkew);
        if (found.Count == 0)
        {
            await PlaceAsync(attempt);
            return;
        }

        var call = found.MinBy(c => c.CreatedAt)!; // the first call after the decision is this attempt's
        await AdoptAsync(attempt, call.CallSid);
        if (LeadCallOutcomes.Final.Contains(call.Status))
        {
            await EndAttemptAsync(call.Status, null);
        }
    }

    /// <summary>A placed call whose end was not reported in time: asked of the network.</summary>
    private async Task CheckCallAsync(LeadAttempt attempt)
    {
        var status = await telephony.GetCallStatusAsync(attempt.CallSid!);
        if (LeadCallOutcomes.Final.Contains(status))
        {
            await EndAttemptAsync(status, null);
            return;
        }

        Lead.NextAttemptAt = time.GetUtcNow() + options.Value.CallCheck;
        await SaveAsync();
    }

    private async Task AdoptAsync(LeadAttempt attempt, string callSid)
    {
        Lead.Attempts[attempt.Number - 1] = attempt with { CallSid = callSid };
        Lead.Error = null;
        Lead.NextAttemptAt = time.GetUtcNow() + options.Value.CallCheck; // the call's end is reported; checked if it is not
        await SaveAsync();
    }

    /// <summary>
    /// Whether <paramref name="callSid"/> is the current attempt's call. An attempt written down without a CallSid adopts a
    /// call reported for this lead: it was placed just before a crash or a lost answer.
    /// </summary>
    private async Task<bool> IsCurrentCallAsync(string callSid)
    {
        switch (Lead.Current)
        {
            case { CallSid: null } unconfirmed when LeadStatuses.IsOpen(Lead.Status):
                await AdoptAsync(unconfirmed, callSid);
                return true;
            case { CallSid: var current }:
                return current == callSid;
            default:
                return false;
        }
    }

    /// <summary>Ends the current attempt with <paramref name="status"/>; the lead is called again later or, out of attempts, unreachable.</summary>
    private async Task EndAttemptAsync(string status, string? answeredBy)
    {
        var attempt = Lead.Current!;
        var machine = Lead.MachineAttempt == attempt.Number || (answeredBy?.StartsWith("machine", StringComparison.Ordinal) ?? false);
        Lead.Attempts[attempt.Number - 1] = attempt with { Outcome = machine ? LeadCallOutcomes.Machine : status };
        if (Lead.Status == LeadStatuses.Calling)
        {
            var settings = (await GrainFactory.GetGrain<ILeadSettingsGrain>(Lead.Lead!.CompanyId).GetAsync()).Settings;
            if (Lead.Attempts.Count >= settings.MaxAttempts)
            {
                Close(LeadStatuses.Unreachable);
            }
            else
            {
                Lead.Status = LeadStatuses.Scheduled;
                Lead.NextAttemptAt = time.GetUtcNow() + TimeSpan.FromMinutes(settings.RetryMinutes * Math.Pow(2, Lead.Attempts.Count - 1));
            }
        }

        await SaveAsync();
        ContinueIfDue();
    }

    private async Task<string> MachineMessageAsync(string language)
    {
        var lead = Lead.Lead!;
        var configured = (await GrainFactory.GetGrain<ILeadSettingsGrain>(lead.CompanyId).GetAsync()).Settings.MachineMessage;
        return configured ?? LeadPhrases.MachineMessage((await CompanyAsync())?.Name ?? "", language);
    }

    private async Task<CompanySettings?> CompanyAsync() =>
        Lead.Lead is { } lead ? await GrainFactory.GetGrain<ICompanyGrain>(lead.CompanyId).GetSettingsAsync() : null;
}
