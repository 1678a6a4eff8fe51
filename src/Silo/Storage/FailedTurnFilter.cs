using Microsoft.Extensions.DependencyInjection;
using Orleans;
using Orleans.Runtime;

namespace Concierge.Silo.Storage;

/// <summary>
/// A turn that throws leaves neither memory nor storage changed. Orleans keeps a failed turn's in-memory changes (a
/// grain that changed its state and then failed to write it would answer from that state next time), so this filter
/// drops the projection rows the turn recorded and deactivates the activation: the next call reads the state from
/// storage again. It also refuses a turn that recorded projection rows without writing state: those rows would
/// otherwise ride along with a later, unrelated write.
/// </summary>
internal sealed class FailedTurnFilter : IIncomingGrainCallFilter
{
    private static readonly DeactivationReason TurnFailed =
        new(DeactivationReasonCode.ApplicationError, "A call failed: its in-memory changes are dropped and the state is read again on the next call.");

    public async Task Invoke(IIncomingGrainCallContext context)
    {
        if (context.Grain is not Grain)
        {
            await context.Invoke(); // a system target: it has no state of ours
            return;
        }

        var projections = context.TargetContext.ActivationServices.GetRequiredService<ProjectionBuffer>();
        try
        {
            await context.Invoke();
            if (projections.Pending.Count > 0)
            {
                throw new InvalidOperationException(
                    $"{context.InterfaceName}.{context.MethodName} recorded projection rows but wrote no state: rows are only committed with a state write.");
            }
        }
        catch
        {
            projections.Clear();
            context.TargetContext.Deactivate(TurnFailed);
            throw;
        }
    }
}
