using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using Concierge.Grains.Handovers;
using Concierge.Grains.Interfaces.Calls;
using Concierge.Grains.Interfaces.Handovers;
using Concierge.Grains.Interfaces.Screening;
using Concierge.Grains.Interfaces.Webhooks;
using Concierge.Grains.Screening;
using Concierge.Grains.Screening.Offline;
using Orleans;
using Orleans.Runtime;

namespace Concierge.Grains.Calls;

/// <summary>The call grain's part in a handover to a person: nested so its grain calls are the call grain's own.</summary>
public sealed partial class CallGrain
{
    /// <summary>
    /// The warm handover a call grain may make after a screening turn: when the caller asks for a person, or the screener
    /// puts an urgent call through for a company that routes those to its agent line. It opens a handover under a random
    /// token (with a summary of the conversation), enqueues the <c>handover.created</c> webhook to the company's system,
    /// and returns the transfer to the agent line that carries the token (DTMF digits, or a SIP header). Nothing happens
    /// for a company without an agent line, or for a call the screener blocks. (Nested in the call grain: the call
    /// graph check counts its grain calls as the call grain's.)
    /// </summary>
    internal sealed class CallHandover(IGrainFactory grains, IPersistentState<CallState> state, CallJournal journal, TimeProvider time)
    {
        public const string EventType = "handover.created";

        /// <summary>Digits in a token: sent as DTMF, so digits only; 10^12 of them, each valid for minutes and read once.</summary>
        public const int TokenDigits = 12;

        private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

        private CallState Call => state.State;

        /// <summary>The transfer to the agent line, with the call's phase and decision set; null when this turn is no handover.</summary>
        public async Task<TransferStep?> StartAsync(string callSid, ScreeningDecision decision, ScreeningOutcome outcome, string callerWords)
        {
            var asked = PersonRequestCues.AskForAPerson(callerWords);
            var urgent = decision.Action == ScreeningAction.Transfer && (decision.Category == CallCategory.Urgent || decision.Urgency == Urgency.High);
            if (decision.Action == ScreeningAction.Block || (!asked && !urgent))
            {
                return null;
            }

            var settings = await grains.GetGrain<IHandoverSettingsGrain>(Call.CompanyId).GetAsync();
            if (settings.AgentNumber is not { } agent || (!asked && !settings.RouteUrgentCalls))
            {
                return null;
            }

            var reason = asked ? HandoverScript.AskedForAPerson : HandoverScript.Urgent(decision.Reason);
            var ticket = await OpenAsync(callSid, reason, HandoverSummary.Of(Call, decision, reason), settings.TokenMinutes);
            await grains.GetGrain<IWebhookDeliveryGrain>(WebhookDeliveryKey.For(Call.CompanyId, DeliveryId(ticket.Token)))
                .EnqueueAsync(new WebhookDelivery(Call.CompanyId, DeliveryId(ticket.Token), EventType, Body(ticket)));

            var prompt = HandoverScript.PuttingThrough(Call.Language);
            Call.Phase = CallPhase.Transferring;
            Call.PendingDecision = CallDecisions.Transferred;
            Call.Reason = reason;
            journal.Concierge(prompt, outcome with { Decision = decision with { Action = ScreeningAction.Transfer } }); // the log shows what the caller got
            journal.Event(HandoverScript.HandingOver);
            return new TransferStep(prompt, agent, Call.Company?.RingSeconds ?? 20, Whisper: false, Call.Language, HandoverToken: ticket.Token);
        }

        /// <summary>The webhook's delivery id: one per handover, so the receiver can tell a repeat.</summary>
        public static string DeliveryId(string token) => $"handover-{token}";

        private async Task<HandoverTicket> OpenAsync(string callSid, string reason, string summary, int minutes)
        {
            var now = time.GetUtcNow();
            while (true)
            {
                var ticket = new HandoverTicket(NewToken(), Call.CompanyId, callSid, Call.From, Call.CallerName, reason, summary, now, now.AddMinutes(minutes));
                if (await grains.GetGrain<IHandoverGrain>(ticket.Token).OpenAsync(ticket))
                {
                    return ticket; // a token already taken (one in 10^12) is simply drawn again
                }
            }
        }

        private static string NewToken() =>
            string.Concat(Enumerable.Range(0, TokenDigits).Select(_ => RandomNumberGenerator.GetInt32(10).ToString(CultureInfo.InvariantCulture)));

        private static string Body(HandoverTicket ticket) => JsonSerializer.Serialize(new
        {
            @event = EventType,
            token = ticket.Token,
            callSid = ticket.CallSid,
            caller = new { phone = ticket.CallerPhone, name = ticket.CallerName },
            reason = ticket.Reason,
            summary = ticket.Summary,
            createdAt = ticket.CreatedAt,
            expiresAt = ticket.ExpiresAt,
        }, Json);
    }
}
