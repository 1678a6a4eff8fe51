using Concierge.Grains.Interfaces.Calls;
using Concierge.Simulator.Calls;

namespace Concierge.WebFront.Tests.Simulator;

/// <summary>One name per thing: the simulator reports decisions in the words the REST API and the dashboard use.</summary>
public sealed class CallOutcomeNameTests
{
    [Fact]
    public void EveryOutcomeIsADecisionsOwnWordUnlessTheTwimlCannotTellTellsMoreOrTheRunFailed()
    {
        string[] notADecision = [CallOutcomes.CompletedOrBlocked, CallOutcomes.ServiceTrouble, CallOutcomes.Error, CallOutcomes.Cancelled];

        // Finer than a decision: what a completed booking call did, and a transfer that went to the agent line.
        string[] finerThanADecision = [CallOutcomes.Booked, CallOutcomes.Moved, CallOutcomes.AppointmentCancelled, CallOutcomes.HandedOver];

        var outcomes = typeof(CallOutcomes).GetFields().Select(field => (string)field.GetRawConstantValue()!).ToList();

        Assert.All(outcomes.Except(notADecision).Except(finerThanADecision), outcome => Assert.Contains(outcome, CallDecisions.All));
        Assert.Equal("completed_or_blocked", CallOutcomes.CompletedOrBlocked);
    }
}
