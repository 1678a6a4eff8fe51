using System.Globalization;
using Concierge.Simulator.Load;

namespace Concierge.Simulator.Output;

/// <summary>
/// Shows a run's progress: one line rewritten in place on a terminal, a plain line every few seconds when the output
/// is redirected (so logs stay readable).
/// </summary>
public sealed class ProgressDisplay(TextWriter writer, bool interactive)
{
    private static readonly TimeSpan RedirectedInterval = TimeSpan.FromSeconds(5);
    private TimeSpan? lastPlainLine;
    private int lastWidth;

    /// <summary>Redraws (terminal) or, every few seconds, writes a line (redirected output).</summary>
    public void Show(LoadProgress progress, int plannedCallers)
    {
        ArgumentNullException.ThrowIfNull(progress);
        var planned = plannedCallers == LoadPlan.Unlimited ? "" : $"/{plannedCallers}";
        var text = string.Create(
            CultureInfo.InvariantCulture,
            $"{progress.Elapsed.TotalSeconds,6:F1} s  callers {progress.CallersStarted}{planned}  calls done {progress.CallsFinished}  webhooks {progress.Webhooks}  errors {progress.Errors}  {progress.CallsPerSecond:F1} calls/s");
        if (interactive)
        {
            writer.Write('\r' + text.PadRight(lastWidth));
            lastWidth = text.Length;
        }
        else if (lastPlainLine is not { } last || progress.Elapsed - last >= RedirectedInterval)
        {
            writer.WriteLine(text);
            lastPlainLine = progress.Elapsed;
        }
    }

    /// <summary>Ends the progress line so what follows starts on a line of its own.</summary>
    public void Finish()
    {
        if (interactive && lastWidth > 0)
        {
            writer.WriteLine();
        }
    }
}
