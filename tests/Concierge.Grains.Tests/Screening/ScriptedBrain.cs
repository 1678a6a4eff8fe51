using Concierge.Grains.Interfaces.Screening;

namespace Concierge.Grains.Tests.Screening;

/// <summary>A brain whose behaviour a test sets: answer, hang, fail.</summary>
internal sealed class ScriptedBrain(string name, Func<ScreeningContext, CancellationToken, Task<ScreeningDecision>> decide) : IScreeningBrain
{
    public int Calls { get; private set; }

    public string Name => name;

    public static ScreeningDecision Decision(ScreeningAction action, string reply = "Thanks, one moment.") =>
        new(action, reply, CallCategory.Personal, Urgency.Normal, "scripted");

    public Task<ScreeningDecision> DecideAsync(ScreeningContext context, CancellationToken cancellationToken)
    {
        Calls++;
        return decide(context, cancellationToken);
    }
}
