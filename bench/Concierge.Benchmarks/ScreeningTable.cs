using System.Globalization;
using Concierge.Grains.Interfaces.Screening;
using Concierge.TestSupport.Screening;

namespace Concierge.Benchmarks;

/// <summary>The screening benchmark's markdown tables for one screener: summary, per group, confusion matrices, tuning misses.</summary>
internal static class ScreeningTable
{
    private static readonly (string Name, Func<CorpusCall, bool> Slice)[] Parts =
    [
        ("tuning", call => !call.IsHeldOut),
        ("held-out", call => call.IsHeldOut),
        ("all", _ => true),
    ];

    public static void Print(string brain, ScreeningScorecard scorecard)
    {
        Console.WriteLine();
        Console.WriteLine($"### {brain}");
        Console.WriteLine();
        Console.WriteLine("| part | callers | right | accuracy | en | fr | scams put through | p50 µs | p99 µs |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var (name, slice) in Parts)
        {
            var part = scorecard.Where(slice);
            var (english, french) = (Ratio(part.Where(c => c.Language == "en")), Ratio(part.Where(c => c.Language == "fr")));
            Console.WriteLine(Invariant(
                $"| {name} | {part.Calls.Count} | {part.Right} | {part.Accuracy:P1} | {english} | {french} | {part.ScamsPutThrough.Count} | {part.Percentile(50).TotalMicroseconds:F0} | {part.Percentile(99).TotalMicroseconds:F0} |"));
        }

        Console.WriteLine();
        Console.WriteLine("| group | expected | tuning | held-out |");
        Console.WriteLine("|---|---|---:|---:|");
        foreach (var group in scorecard.Calls.GroupBy(scored => scored.Call.Group))
        {
            var expected = string.Join("/", group.Select(scored => scored.Call.ExpectedAction).Distinct());
            var part = scorecard.Where(call => call.Group == group.Key);
            Console.WriteLine($"| {group.Key} | {expected} | {Ratio(part.Where(call => !call.IsHeldOut))} | {Ratio(part.Where(call => call.IsHeldOut))} |");
        }

        foreach (var (name, slice) in Parts.Take(2))
        {
            PrintConfusion(name, scorecard.Where(slice));
        }

        PrintScamsPutThrough(scorecard);
        // Other held-out misses are not listed (their count is in the tables): the held-out part is measured, never tuned on.
        foreach (var miss in scorecard.Where(call => !call.IsHeldOut).Misses)
        {
            Console.WriteLine($"tuning miss {miss.Call.Id}: expected {miss.Call.ExpectedAction}, got {miss.Decision.Action} — {miss.Decision.Reason}");
        }
    }

    /// <summary>A set written after the screener was built: accuracy, per group, scams put through and its confusion matrix, no misses.</summary>
    public static void PrintFresh(string set, ScreeningScorecard fresh)
    {
        Console.WriteLine();
        Console.WriteLine(Invariant(
            $"{set}: {fresh.Right}/{fresh.Calls.Count} ({fresh.Accuracy:P1}), en {Ratio(fresh.Where(c => c.Language == "en"))}, fr {Ratio(fresh.Where(c => c.Language == "fr"))}, scams put through {fresh.ScamsPutThrough.Count}, p50 {fresh.Percentile(50).TotalMicroseconds:F0} µs, p99 {fresh.Percentile(99).TotalMicroseconds:F0} µs."));
        PrintGroupsByLanguage(fresh);
        PrintConfusion(set, fresh);
        PrintScamsPutThrough(fresh);
    }

    // Counts only, never the callers missed: a held-out set is measured, not read for what to tune.
    private static void PrintGroupsByLanguage(ScreeningScorecard scorecard)
    {
        Console.WriteLine();
        Console.WriteLine("| group | expected | en | fr |");
        Console.WriteLine("|---|---|---:|---:|");
        foreach (var group in scorecard.Calls.GroupBy(scored => scored.Call.Group).OrderBy(group => group.Key, StringComparer.Ordinal))
        {
            var expected = string.Join("/", group.Select(scored => scored.Call.ExpectedAction).Distinct());
            var part = scorecard.Where(call => call.Group == group.Key);
            Console.WriteLine($"| {group.Key} | {expected} | {RatioOrDash(part.Where(call => call.Language == "en"))} | {RatioOrDash(part.Where(call => call.Language == "fr"))} |");
        }
    }

    // A scam put through breaks the one guarantee that must hold everywhere, so it is named even when held out.
    private static void PrintScamsPutThrough(ScreeningScorecard scorecard)
    {
        foreach (var scam in scorecard.ScamsPutThrough)
        {
            Console.WriteLine($"SCAM PUT THROUGH {scam.Call.Id}: {scam.Decision.Reason}");
        }
    }

    private static void PrintConfusion(string part, ScreeningScorecard scorecard)
    {
        var actions = Enum.GetValues<ScreeningAction>();
        Console.WriteLine();
        Console.WriteLine($"Confusion matrix, {part} (rows: expected, columns: decided)");
        Console.WriteLine();
        Console.WriteLine("| expected \\ decided | " + string.Join(" | ", actions) + " |");
        Console.WriteLine("|---|" + string.Concat(actions.Select(_ => "---:|")));
        foreach (var expected in actions.Where(action => scorecard.Calls.Any(scored => scored.Call.ExpectedAction == action)))
        {
            Console.WriteLine($"| {expected} | " + string.Join(" | ", actions.Select(decided => scorecard.Count(expected, decided))) + " |");
        }
    }

    // Some groups exist in one language only (CPF and carte Vitale are French).
    private static string RatioOrDash(ScreeningScorecard part) => part.Calls.Count == 0 ? "—" : Ratio(part);

    private static string Ratio(ScreeningScorecard part) => Invariant($"{part.Right}/{part.Calls.Count} ({part.Accuracy:P0})");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
