using Concierge.Grains.Interfaces.Screening;

namespace Concierge.Silo.Tests.GrainCluster;

/// <summary>A screener brain the test scripts: it decides what <see cref="Decide"/> says and keeps every context it saw.</summary>
public sealed class ScriptedBrain : IScreeningBrain
{
    private static readonly Func<ScreeningContext, ScreeningDecision> AskWhoIsCalling =
        _ => new(ScreeningAction.Ask, "Who is calling?", CallCategory.Unknown, Urgency.Normal, "unclear");

    public string Name => "scripted";

    /// <summary>What the brain decides next; a test sets it before the caller speaks.</summary>
    public Func<ScreeningContext, ScreeningDecision> Decide { get; set; } = AskWhoIsCalling;

    public List<ScreeningContext> Contexts { get; } = [];

    /// <summary>Back to asking who is calling, with no contexts seen: each test starts from here.</summary>
    public void Reset()
    {
        Decide = AskWhoIsCalling;
        lock (Contexts)
        {
            Contexts.Clear();
        }
    }

    public Task<ScreeningDecision> DecideAsync(ScreeningContext context, CancellationToken cancellationToken)
    {
        lock (Contexts)
        {
            Contexts.Add(context);
        }

        return Task.FromResult(Decide(context));
    }
}
