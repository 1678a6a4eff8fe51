namespace Concierge.Simulator.Load;

/// <summary>A load run so far.</summary>
public sealed record LoadProgress(int CallersStarted, int CallsFinished, int Errors, int Webhooks, TimeSpan Elapsed)
{
    public double CallsPerSecond => Elapsed > TimeSpan.Zero ? CallsFinished / Elapsed.TotalSeconds : 0;
}
