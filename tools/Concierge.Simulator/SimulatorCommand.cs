using System.CommandLine;
using Concierge.Simulator.Calls;
using Concierge.Simulator.Leads;
using Concierge.Simulator.Media;
using Concierge.Simulator.Scripts;

namespace Concierge.Simulator;

/// <summary>The command line: options, their defaults and checks, turned into <see cref="SimulatorSettings"/>.</summary>
public static class SimulatorCommand
{
    /// <summary>Environment variables the auth token is read from when <c>--auth-token</c> is not given, in order.</summary>
    public static IReadOnlyList<string> AuthTokenVariables { get; } = ["CONCIERGE_TWILIO_AUTH_TOKEN", "Concierge__Twilio__AuthToken"];

    public static RootCommand Create()
    {
        var url = new Option<Uri>("--url")
        {
            Description = "Where the concierge listens.",
            DefaultValueFactory = _ => new Uri("http://localhost:5080"),
            CustomParser = result =>
            {
                var text = result.Tokens.Single().Value;
                if (Uri.TryCreate(text, UriKind.Absolute, out var parsed) && parsed.Scheme is "http" or "https")
                {
                    return parsed;
                }

                result.AddError($"--url must be an absolute http(s) URL, e.g. http://localhost:5080 (got '{text}').");
                return null;
            },
        };
        var publicBaseUrl = new Option<string?>("--public-base-url")
        {
            Description = "The URL the concierge believes Twilio calls (its Concierge:Twilio:PublicBaseUrl); requests are signed over it. Default: --url.",
        };
        var authToken = new Option<string?>("--auth-token")
        {
            Description = $"The Twilio auth token the concierge checks signatures with. Default: ${string.Join(" or $", AuthTokenVariables)}.",
        };
        var calls = Positive(new Option<int>("--calls", "-n") { Description = "How many scripted callers to run (a repeat caller calls twice).", DefaultValueFactory = _ => 20 });
        var concurrency = Positive(new Option<int>("--concurrency", "-c") { Description = "How many callers are on the line at once.", DefaultValueFactory = _ => 4 });
        var scenario = new Option<string?>("--scenario", "-s")
        {
            Description = $"Built-in callers to run, comma-separated: {string.Join(", ", CallerScripts.All.Select(s => s.Name))}, or all; " +
                $"and, named only, for a company set up for them: {string.Join(", ", CallerScripts.NeedingSetup.Select(s => s.Name))}. Default: all (none when --script is given alone). " +
                $"Or, alone, {LeadRun.Answering} (a lead answering the company's questions on the concierge's call) or {LeadRun.Stopping} (a lead asking not to be called): needs --api-key.",
        };
        var script = new Option<FileInfo?>("--script") { Description = "A caller script file: one line said per line, (silence), --- to call again." };
        var to = new Option<string>("--to") { Description = "The Twilio number called.", DefaultValueFactory = _ => "+18005550000" };
        var dial = new Option<string>("--dial") { Description = "What the owner's phone does when a call is put through.", DefaultValueFactory = _ => "completed" };
        dial.AcceptOnlyFromAmong([.. OwnerBehaviour.DialOutcomes]);
        var ownerPresses = new Option<string>("--owner-presses") { Description = "What the owner does after the whisper: press 1 to take the call, or nothing.", DefaultValueFactory = _ => "1" };
        ownerPresses.AcceptOnlyFromAmong("1", "none");
        var media = new Option<bool>("--media")
        {
            Description = "Realtime voice: callers speak over Twilio media streams (synthesised speech at real-time pace), interrupt, stay silent; reports response time heard, barge-in reaction and decisions. Needs the concierge in realtime mode.",
        };
        var apiKey = new Option<string?>("--api-key") { Description = "The owner's API key: lets the exception scenario put its number on the exception list, and the handover scenario look its token up." };

        var command = new RootCommand("Places synthetic calls against a running Concierge, signed as Twilio signs them, and prints what happened.")
        {
            url, publicBaseUrl, authToken, calls, concurrency, scenario, script, to, dial, ownerPresses, apiKey, media,
        };
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var (output, error) = (parsed.InvocationConfiguration.Output, parsed.InvocationConfiguration.Error);
            var token = parsed.GetValue(authToken) ?? AuthTokenVariables.Select(Environment.GetEnvironmentVariable).FirstOrDefault(v => !string.IsNullOrEmpty(v));
            if (string.IsNullOrEmpty(token))
            {
                await error.WriteLineAsync($"An auth token is needed: pass --auth-token or set {string.Join(" or ", AuthTokenVariables)} (the server's Concierge:Twilio:AuthToken).");
                return 2;
            }

            if (LeadRun.IsLeadScenario(parsed.GetValue(scenario)))
            {
                var at = parsed.GetRequiredValue(url);
                var account = new Protocol.TwilioAccount(parsed.GetValue(publicBaseUrl) ?? at.ToString().TrimEnd('/'), token);
                return await LeadRun.RunAsync(at, account, parsed.GetValue(apiKey), parsed.GetValue(scenario)!, output, cancellationToken);
            }

            IReadOnlyList<CallerScript> scripts;
            try
            {
                var file = parsed.GetValue(script);
                var named = parsed.GetValue(scenario);
                scripts = [.. (named is null && file is not null ? [] : CallerScripts.Named(named ?? "all")), .. (file is null ? [] : new[] { CallerScriptFile.Load(file.FullName) })];
            }
            catch (Exception e) when (e is ArgumentException or FormatException or IOException)
            {
                await error.WriteLineAsync(e.Message);
                return 2;
            }

            var baseUrl = parsed.GetRequiredValue(url);
            var settings = new SimulatorSettings(
                baseUrl,
                parsed.GetValue(publicBaseUrl) ?? baseUrl.ToString().TrimEnd('/'),
                token,
                parsed.GetValue(calls),
                parsed.GetValue(concurrency),
                scripts,
                parsed.GetRequiredValue(to),
                new OwnerBehaviour(parsed.GetRequiredValue(dial), parsed.GetValue(ownerPresses) == "1"),
                parsed.GetValue(apiKey));
            return parsed.GetValue(media)
                ? await MediaRun.RunAsync(settings, output, cancellationToken)
                : await SimulatorRun.RunAsync(settings, output, cancellationToken);
        });
        return command;
    }

    private static Option<int> Positive(Option<int> option)
    {
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1)
            {
                result.AddError($"{option.Name} must be at least 1.");
            }
        });
        return option;
    }
}
