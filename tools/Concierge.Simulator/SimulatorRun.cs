using Concierge.Simulator.Calls;
using Concierge.Simulator.Load;
using Concierge.Simulator.Output;
using Concierge.Simulator.Protocol;

namespace Concierge.Simulator;

/// <summary>A command-line run: the load with progress shown while it runs, then the summary. Exit code 1 when a call failed.</summary>
public static class SimulatorRun
{
    private static readonly TimeSpan ProgressInterval = TimeSpan.FromMilliseconds(250);

    public static async Task<int> RunAsync(SimulatorSettings settings, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(output);
        using var http = TwilioHttpClient.Create(settings.Url);
        var account = new TwilioAccount(settings.PublicBaseUrl, settings.AuthToken);
        var runner = new LoadRunner(
            http, account, settings.ApiKey is null ? null : new ExceptionRegistrar(http, settings.ApiKey), settings.ApiKey is null ? null : new HandoverLookup(http, settings.ApiKey));
        var plan = new LoadPlan(settings.Callers, settings.Concurrency, settings.Scripts, settings.To, settings.Owner);
        await output.WriteLineAsync(
            $"Calling {settings.Url} as Twilio (signed for {settings.PublicBaseUrl}): {plan.Callers} callers, {plan.Concurrency} at a time, " +
            $"scenarios {string.Join(", ", plan.Scripts.Select(s => s.Name))}; the owner's phone: {plan.Owner.DialOutcome}.");

        var display = new ProgressDisplay(output, interactive: ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected);
        var run = runner.RunAsync(plan, cancellationToken);
        while (!run.IsCompleted)
        {
            display.Show(runner.Progress, plan.Callers);
            await Task.WhenAny(run, Task.Delay(ProgressInterval, CancellationToken.None));
        }

        display.Show(runner.Progress, plan.Callers);
        display.Finish();
        var report = await run;
        await output.WriteLineAsync();
        SummaryPrinter.Print(report, output);
        return report.Errors.Count == 0 ? 0 : 1;
    }
}
