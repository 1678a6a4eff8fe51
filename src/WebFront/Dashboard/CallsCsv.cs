using System.Globalization;
using Concierge.Grains.Interfaces.Projections;

namespace Concierge.WebFront.Dashboard;

/// <summary>The call list as a spreadsheet reads it: one record per call, its message included, times in UTC and in the company's zone.</summary>
public static class CallsCsv
{
    /// <summary>An export stops after this many calls; narrow the filters for the rest.</summary>
    public const int MaxRows = 10_000;

    public const string ContentType = "text/csv; charset=utf-8";

    public static string Header { get; } = CsvCells.Record(
    [
        "call_sid", "started_at_utc", "started_at_local", "from", "caller_name", "to", "status", "decision", "reason",
        "category", "decided_by", "transfer_outcome", "duration_seconds", "turn_count", "message",
    ]);

    public static string Row(CallRow call, string? message, CompanyClock clock) => CsvCells.Record(
    [
        call.CallSid,
        DashboardFormat.Iso(call.StartedAtMs),
        clock.Time(call.StartedAtMs),
        call.FromNumber,
        call.CallerName,
        call.ToNumber,
        call.Status,
        call.FinalDecision,
        call.Reason,
        call.Category,
        call.DecidedBy,
        call.TransferOutcome,
        call.DurationSeconds?.ToString(CultureInfo.InvariantCulture),
        call.TurnCount.ToString(CultureInfo.InvariantCulture),
        message,
    ]);
}
