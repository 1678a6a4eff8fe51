using Concierge.Grains.Interfaces.Handovers;
using Concierge.Grains.Interfaces.Projections;
using Orleans;
using Orleans.Runtime;

namespace Concierge.Grains.Handovers;

/// <summary>
/// One handover, keyed by its token. Opened once by the call that hands over; read once by the agent's system (the read
/// is saved as used before it answers, so two look-ups racing get it once between them), within its lifetime.
/// </summary>
[GrainType("handover")]
public sealed class HandoverGrain(
    [PersistentState("handover", GrainStorage.Name)] IPersistentState<HandoverState> state,
    IProjectionWriter projections,
    TimeProvider time) : Grain, IHandoverGrain
{
    private HandoverState Handover => state.State;

    public async Task<bool> OpenAsync(HandoverTicket ticket)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        if (Handover.Ticket is not null)
        {
            return false;
        }

        Handover.Ticket = ticket;
        await SaveAsync();
        return true;
    }

    public async Task<HandoverTicket?> ClaimAsync(string companyId)
    {
        if (Handover.Ticket is not { } ticket || ticket.CompanyId != companyId || Handover.UsedAt is not null || time.GetUtcNow() >= ticket.ExpiresAt)
        {
            return null;
        }

        Handover.UsedAt = time.GetUtcNow();
        await SaveAsync();
        return ticket;
    }

    private Task SaveAsync()
    {
        var ticket = Handover.Ticket!;
        projections.Upsert(new HandoverRow
        {
            HandoverId = ticket.Token,
            CompanyId = ticket.CompanyId,
            CallSid = ticket.CallSid,
            CallerPhone = ticket.CallerPhone,
            CallerName = ticket.CallerName,
            Reason = ticket.Reason,
            CreatedAtMs = ticket.CreatedAt.ToUnixTimeMilliseconds(),
            ExpiresAtMs = ticket.ExpiresAt.ToUnixTimeMilliseconds(),
            UsedAtMs = Handover.UsedAt?.ToUnixTimeMilliseconds(),
            UpdatedAtMs = time.GetUtcNow().ToUnixTimeMilliseconds(),
        });
        return state.WriteStateAsync();
    }
}

/// <summary>A handover's durable state.</summary>
public sealed class HandoverState
{
    public HandoverTicket? Ticket { get; set; }

    /// <summary>When the agent's system read it; it is not read again.</summary>
    public DateTimeOffset? UsedAt { get; set; }
}
