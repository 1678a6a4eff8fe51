using System.Globalization;
using Concierge.Simulator.Load;

namespace Concierge.Simulator.Output;

/// <summary>The end-of-run summary: throughput, calls by decision and by scenario, webhook latency per kind, errors.</summary>
public static class SummaryPrinter
{
    /// <summary>How many error messages are shown (they tend to repeat).</summary>
    private const int ErrorsShown = 5;

    public static void Print(LoadReport report, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(writer);
        var callers = report.Calls.Select(c => c.Call.From).Distinct(StringComparer.Ordinal).Count();
        writer.WriteLine(Invariant($"{callers} callers, {report.Calls.Count} calls in {report.Elapsed.TotalSeconds:F1} s: {report.CallsPerSecond:F1} calls/s, {report.WebhooksPerSecond:F1} webhooks/s"));

        writer.WriteLine();
        writer.WriteLine("Calls by decision (as the caller heard it)");
        foreach (var (outcome, count) in report.ByOutcome)
        {
            writer.WriteLine(Invariant($"  {outcome,-24}{count,6}"));
        }

        writer.WriteLine();
        writer.WriteLine(Invariant($"  {"scenario",-12}{"calls",6}  decisions"));
        foreach (var script in report.Calls.GroupBy(c => c.Script))
        {
            var outcomes = string.Join(", ", script.GroupBy(c => c.Outcome).OrderByDescending(g => g.Count()).Select(g => Invariant($"{g.Key} {g.Count()}")));
            writer.WriteLine(Invariant($"  {script.Key,-12}{script.Count(),6}  {outcomes}"));
        }

        writer.WriteLine();
        writer.WriteLine("Webhook latency (ms)");
        writer.WriteLine(Invariant($"  {"webhook",-12}{"count",8}{"p50",9}{"p95",9}{"p99",9}{"max",9}"));
        foreach (var latency in report.Timings.Kinds.Select(report.Timings.For).Append(report.Timings.Overall()))
        {
            writer.WriteLine(Invariant($"  {latency.Label,-12}{latency.Count,8}{latency.P50,9:F1}{latency.P95,9:F1}{latency.P99,9:F1}{latency.Max,9:F1}"));
        }

        writer.WriteLine();
        writer.WriteLine(Invariant($"Errors: {report.Errors.Count}"));
        foreach (var error in report.Errors.Take(ErrorsShown))
        {
            writer.WriteLine($"  {error.Script} {error.Call.CallSid}: {error.Error}");
        }

        foreach (var note in report.Notes)
        {
            writer.WriteLine($"Note: {note}");
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
