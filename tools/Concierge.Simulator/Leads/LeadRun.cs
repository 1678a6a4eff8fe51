using Concierge.Simulator.Load;
using Concierge.Simulator.Protocol;

namespace Concierge.Simulator.Leads;

/// <summary>The <c>lead</c> and <c>lead-stop</c> scenarios from the command line: one lead played, its outcome printed; exit 0 when it is the one expected.</summary>
public static class LeadRun
{
    public const string Answering = "lead";
    public const string Stopping = "lead-stop";

    public static bool IsLeadScenario(string? scenario) => scenario is Answering or Stopping;

    public static async Task<int> RunAsync(Uri url, TwilioAccount account, string? apiKey, string scenario, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (apiKey is null)
        {
            await output.WriteLineAsync("The lead scenarios hand a lead over through /api/leads: pass --api-key (the company's key).");
            return 2;
        }

        using var api = TwilioHttpClient.Create(url);
        api.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
        using var webhooks = TwilioHttpClient.Create(url);
        var player = new LeadPlayer(api, webhooks, account, TimeSpan.FromSeconds(60));
        var stop = scenario == Stopping;
        var result = await player.PlayAsync(new CallerNumbers().Next(), stop, cancellationToken);
        foreach (var said in result.Said)
        {
            await output.WriteLineAsync($"  lead said: {said}");
        }

        var expected = stop ? "declined" : "qualified";
        await output.WriteLineAsync($"Lead {result.LeadId}: {result.Status}{(result.Score is { } score ? $", score {score}" : "")} (expected {expected}).");
        return result.Status == expected ? 0 : 1;
    }
}
