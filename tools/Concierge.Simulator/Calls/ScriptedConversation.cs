using Concierge.Simulator.Protocol;
using Concierge.Simulator.Scripts;

namespace Concierge.Simulator.Calls;

/// <summary>
/// Plays one scripted call the way Twilio would: rings, then follows each TwiML answer. A speech Gather gets the
/// script's next line (silence follows the Redirect after it), a Dial rings the owner (whisper, key press, dial result),
/// a Hangup or Reject ends the call; the status callback closes it. Returns one of <see cref="CallOutcomes"/>.
/// </summary>
/// <param name="memory">What the caller remembers across their calls (a booking reference); a fresh memory when null.</param>
/// <param name="handovers">Looks up a handover's token as the agent's system would; without it only the digits are checked.</param>
public sealed class ScriptedConversation(SimulatedCall call, OwnerBehaviour owner, CallerMemory? memory = null, HandoverLookup? handovers = null)
{
    private readonly CallerMemory memory = memory ?? new CallerMemory();

    /// <summary>A concierge that keeps a call going longer than this is looping: reported as an error.</summary>
    public const int MaxWebhooks = 30;

    /// <summary>Simulated seconds per webhook, for the CallDuration the status callback reports.</summary>
    private const int SecondsPerWebhook = 6;

    /// <exception cref="UnexpectedWebhookResponseException">A webhook answered with something Twilio could not use.</exception>
    /// <exception cref="HttpRequestException">The concierge did not answer.</exception>
    public async Task<string> RunAsync(ScriptedCall script, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(script);
        var first = await call.RingAsync(cancellationToken);
        var (outcome, endStatus) = await FollowAsync(first, script.Lines, cancellationToken);
        using var status = await call.HangUpAsync(call.Exchanges.Count * SecondsPerWebhook, endStatus, cancellationToken);
        if (!status.IsSuccessStatusCode)
        {
            throw new UnexpectedWebhookResponseException($"/twilio/status answered {(int)status.StatusCode}: {await status.Content.ReadAsStringAsync(cancellationToken)}");
        }

        return outcome;
    }

    private async Task<(string Outcome, string EndStatus)> FollowAsync(Twiml twiml, IReadOnlyList<string?> lines, CancellationToken cancellationToken)
    {
        var next = 0;
        var spoke = false;
        var transferFailed = false;
        var spokeAfterFailedTransfer = false;
        for (var answers = 1; answers <= MaxWebhooks; answers++)
        {
            memory.Hear(twiml);
            if (twiml.IsServiceTrouble)
            {
                return (CallOutcomes.ServiceTrouble, "completed");
            }

            if (twiml.Rejects)
            {
                // Twilio ends a rejected call as busy or no-answer, following the Reject's reason.
                return (CallOutcomes.Blocked, twiml.Root.Element("Reject")?.Attribute("reason")?.Value == "busy" ? "busy" : "no-answer");
            }

            if (twiml.Dial is not null)
            {
                var handover = await CheckHandoverAsync(twiml, cancellationToken);
                var (afterDial, connected) = await TransferAsync(twiml, cancellationToken);
                if (connected)
                {
                    return (handover ? CallOutcomes.HandedOver : answers == 1 ? CallOutcomes.TransferredException : CallOutcomes.Transferred, "completed");
                }

                transferFailed = true;
                twiml = afterDial;
            }
            else if (twiml.Listens)
            {
                if (next == lines.Count)
                {
                    return (CallOutcomes.Abandoned, "completed");
                }

                var line = lines[next++] is { } said ? memory.Fill(said) : null;
                spoke |= line is not null;
                spokeAfterFailedTransfer |= transferFailed && line is not null;
                twiml = line is null
                    ? await call.StaySilentAsync(PathOf(twiml.Redirect?.Value, "/twilio/gather"), cancellationToken)
                    : await call.SayAsync(line, pathAndQuery: PathOf(twiml.Gather!.Attribute("action")?.Value, "/twilio/gather"), cancellationToken: cancellationToken);
            }
            else if (twiml.HangsUp || twiml.IsEmpty)
            {
                var outcome = transferFailed
                    ? spokeAfterFailedTransfer ? CallOutcomes.MessageTaken : CallOutcomes.TransferFailed
                    : spoke ? BookingFarewell.Of(twiml.Spoken) ?? CallOutcomes.CompletedOrBlocked : CallOutcomes.EndedNoSpeech;
                return (outcome, "completed");
            }
            else if (twiml.Redirect is { } redirect)
            {
                twiml = await call.PostTwimlAsync(PathOf(redirect.Value, "/twilio/voice"), [], cancellationToken);
            }
            else
            {
                throw new UnexpectedWebhookResponseException($"TwiML the simulator cannot follow: {twiml.Root}");
            }
        }

        throw new UnexpectedWebhookResponseException($"The concierge kept the call going past {MaxWebhooks} webhooks.");
    }

    /// <summary>
    /// Whether the Dial is a handover: its number carries the token as digits to send once the agent answers ("ww" then
    /// digits). The agent's system then reads the token once, when a look-up is given.
    /// </summary>
    private async Task<bool> CheckHandoverAsync(Twiml twiml, CancellationToken cancellationToken)
    {
        if (twiml.DialedNumber?.Attribute("sendDigits")?.Value is not { } digits)
        {
            return false;
        }

        var token = digits.TrimStart('w');
        if (token.Length == 0 || !token.All(char.IsAsciiDigit))
        {
            throw new UnexpectedWebhookResponseException($"The handover Dial sends '{digits}': a pause, then the token's digits, was expected.");
        }

        if (handovers is not null)
        {
            await handovers.CheckReadOnceAsync(token, cancellationToken);
        }

        return true;
    }

    /// <summary>Rings the owner: whisper and key press when asked for, then the Dial's action with the outcome.</summary>
    private async Task<(Twiml Next, bool Connected)> TransferAsync(Twiml twiml, CancellationToken cancellationToken)
    {
        var connected = owner.PicksUp
            && (twiml.DialedNumber?.Attribute("url")?.Value is not { } whisper || await OwnerAcceptsAsync(PathOf(whisper, ""), cancellationToken));
        var next = await call.DialEndsAsync(
            owner.PicksUp ? "completed" : owner.DialOutcome,
            bridged: connected,
            duration: connected ? 60 : 0,
            pathAndQuery: PathOf(twiml.Dial!.Attribute("action")?.Value, "/twilio/dial-result"),
            cancellationToken: cancellationToken);
        return (next, connected);
    }

    /// <summary>The owner hears the whisper; when asked for a key they press 1 (or let it time out, which hangs up their leg).</summary>
    private async Task<bool> OwnerAcceptsAsync(string whisper, CancellationToken cancellationToken)
    {
        var announcement = await call.OwnerAnswersAsync(whisper, cancellationToken);
        if (!announcement.AwaitsKey)
        {
            return announcement.IsEmpty;
        }

        if (!owner.PressesOne)
        {
            return false;
        }

        var reply = await call.OwnerPressesAsync("1", PathOf(announcement.Gather!.Attribute("action")?.Value, whisper), cancellationToken);
        return reply.IsEmpty;
    }

    private string PathOf(string? twimlUrl, string fallback) =>
        string.IsNullOrWhiteSpace(twimlUrl) ? fallback : call.Account.PathAndQueryOf(twimlUrl);
}
