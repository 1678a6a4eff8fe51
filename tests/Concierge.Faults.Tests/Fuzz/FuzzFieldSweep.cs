using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Concierge.Grains.Interfaces.Twilio;
using Concierge.Simulator.Calls;
using Concierge.Simulator.Protocol;
using Concierge.TestSupport;

namespace Concierge.Faults.Tests.Fuzz;

/// <summary>
/// The field sweep: every field of every route gets each of <see cref="FuzzValues.Hostile"/> in turn, every other field
/// valid, so the value reaches the code that reads that field rather than a check in front of it: Twilio's webhooks
/// signed (for a call in the phase each expects) and unsigned, the REST API with a valid key, the dashboard's forms and
/// pages signed in. Unlike the random run it is exhaustive and the same every time.
/// </summary>
internal sealed partial class FuzzFieldSweep(HttpClient http, TwilioAccount account, string ownerKey, string adminKey)
{
    public const string TwilioSigned = "Twilio signed";
    public const string TwilioUnsigned = "Twilio unsigned";
    public const string TwilioSetUp = "Twilio call set-up";
    public const string RestApi = "REST API";
    public const string Dashboard = "dashboard";

    /// <summary>On the exception list before the sweep: <c>{phone}</c>.</summary>
    private const string ListedPhone = "+14155551999";

    /// <summary>Exists before the sweep: <c>{company}</c>.</summary>
    private const string Company = "fuzz-company";

    private const int Concurrency = 4;

    private readonly FuzzTally tally = new();
    private int companies;

    public async Task<FuzzTally> RunAsync()
    {
        await PrepareAsync();
        var (browser, token) = await SignedInBrowserAsync();
        List<Func<Task>> cases = [.. TwilioCases(), .. TargetCases(FuzzRoutes.Api, RestApi, http, null), .. TargetCases(FuzzRoutes.Dashboard, Dashboard, browser, token)];
        await Parallel.ForEachAsync(cases, new ParallelOptions { MaxDegreeOfParallelism = Concurrency }, async (run, _) => await run());
        browser.Dispose();
        return tally;
    }

    private IEnumerable<Func<Task>> TwilioCases()
    {
        foreach (var form in FuzzRoutes.TwilioForms)
        {
            var sample = new SimulatedCall(http, account, "+14155550000", ConciergeEnvironment.TwilioNumber);
            var (path, extra) = form.Request(sample);
            var fields = sample.FormFor(extra).Select(f => f.Key).Concat(path.Contains("?call=", StringComparison.Ordinal) ? ["call"] : []);
            foreach (var field in fields)
            {
                foreach (var (name, value) in FuzzValues.Hostile.Where(h => h.Value != FuzzValues.LoneSurrogate))
                {
                    yield return () => TwilioAsync(form, field, name, value, signed: true);
                    yield return () => TwilioAsync(form, field, name, value, signed: false);
                }
            }
        }
    }

    /// <summary>One webhook with <paramref name="field"/> hostile; signed ones go to a call of their own, set up first.</summary>
    private async Task TwilioAsync(TwilioForm form, string field, string valueName, string value, bool signed)
    {
        var call = new SimulatedCall(http, account, NewPhone(), ConciergeEnvironment.TwilioNumber);
        if (signed)
        {
            await SetUpAsync(call, form.Setup);
        }

        var (path, extra) = form.Request(call);
        var fields = call.FormFor(extra).ToList();
        if (field == "call")
        {
            path = $"{path[..path.IndexOf('?', StringComparison.Ordinal)]}?call={Uri.EscapeDataString(value)}";
        }
        else
        {
            fields[fields.FindIndex(f => f.Key == field)] = new(field, value);
        }

        var request = new HttpRequestMessage(HttpMethod.Post, new Uri(path, UriKind.Relative)) { Content = FuzzTargetRequest.FormContent(fields) };
        if (signed)
        {
            request.Headers.Add(TwilioSignature.HeaderName, account.Sign(path, fields));
        }

        await SendAsync(http, signed ? TwilioSigned : TwilioUnsigned, $"{form.Route} with {field} = {valueName}", request, mayBeCutOff: field == "call" && value.Length > 100_000);
    }

    /// <summary>Brings the call to <paramref name="phase"/> as Twilio would; every webhook of it counts, and none may fail.</summary>
    private async Task SetUpAsync(SimulatedCall call, CallPhase phase)
    {
        try
        {
            if (phase is CallPhase.Screening or CallPhase.Transferring)
            {
                await call.RingAsync();
            }

            if (phase is CallPhase.Transferring)
            {
                await call.SayAsync("There's been a car accident and I'm at the hospital, it's urgent.");
            }
        }
        catch (UnexpectedWebhookResponseException e)
        {
            tally.Failures.Enqueue($"{TwilioSetUp}: {e.Message}");
        }

        foreach (var exchange in call.Exchanges)
        {
            tally.Record(TwilioSetUp, exchange.PathAndQuery, exchange.StatusCode, exchange.Body);
        }
    }

    private IEnumerable<Func<Task>> TargetCases(IReadOnlyList<FuzzTarget> targets, string surface, HttpClient client, string? token)
    {
        foreach (var target in targets)
        {
            foreach (var field in target.Fields)
            {
                foreach (var (name, value) in FuzzValues.Hostile.Where(h => h.Value != FuzzValues.LoneSurrogate || field.Place == FieldPlace.Json))
                {
                    yield return () => TargetAsync(target, field, name, value, surface, client, token);
                }
            }
        }
    }

    private async Task TargetAsync(FuzzTarget target, FuzzField swept, string valueName, string value, string surface, HttpClient client, string? token)
    {
        if (!target.SignedIn && target.Method == "POST")
        {
            // Sign-in: a browser of its own each time, with the token its form gave it.
            using var stranger = Browser();
            token = await AntiforgeryTokenAsync(stranger, "/signin");
            await SendAsync(stranger, surface, $"{target} with {swept.Name} = {valueName}", FuzzTargetRequest.Build(target, swept, value, valid => Resolve(valid, token)), MayBeCutOff(swept, value));
            return;
        }

        var request = FuzzTargetRequest.Build(target, swept, value, valid => Resolve(valid, token));
        if (surface == RestApi)
        {
            request.Headers.Add("X-Api-Key", target.Admin ? adminKey : ownerKey);
        }

        await SendAsync(target.SignedIn ? client : http, surface, $"{target} with {swept.Name} = {valueName}", request, MayBeCutOff(swept, value));
    }

    /// <summary>A value past the server's limits on a URL (8 KB) or a JSON body (64 KB) may be refused by closing the connection.</summary>
    private static bool MayBeCutOff(FuzzField field, string value) => value.Length > 100_000 && field.Place is not FieldPlace.Form;

    private object? Resolve(object? valid, string? token) => valid switch
    {
        "{new phone}" => NewPhone(),
        "{phone}" => ListedPhone,
        "{company}" => Company,
        "{new company}" => $"fuzz-{Interlocked.Increment(ref companies)}",
        "{owner key}" => ownerKey,
        "{token}" => token,
        string[] values => values.Select(v => (string)Resolve(v, token)!).ToArray(),
        _ => valid,
    };

    private async Task SendAsync(HttpClient client, string surface, string description, HttpRequestMessage request, bool mayBeCutOff)
    {
        try
        {
            using var response = await client.SendAsync(request);
            await tally.RecordAsync(surface, description, response);
        }
        catch (HttpRequestException e)
        {
            tally.RecordNoAnswer(surface, description, e, mayBeCutOff);
        }
        finally
        {
            request.Dispose();
        }
    }

    /// <summary>A number on the exception list and a company, for the routes that change them.</summary>
    private async Task PrepareAsync()
    {
        using var listed = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/exceptions", UriKind.Relative))
        {
            Content = new StringContent($$"""{"phone":"{{ListedPhone}}","name":"Listed","category":"friend"}""", Encoding.UTF8, "application/json"),
        };
        listed.Headers.Add("X-Api-Key", ownerKey);
        using var company = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/companies", UriKind.Relative))
        {
            Content = new StringContent($$"""{"id":"{{Company}}","name":"Fuzz company"}""", Encoding.UTF8, "application/json"),
        };
        company.Headers.Add("X-Api-Key", adminKey);
        foreach (var request in new[] { listed, company })
        {
            using var response = await http.SendAsync(request);
            if (response.StatusCode != HttpStatusCode.Created)
            {
                throw new InvalidOperationException($"{request.RequestUri} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
            }
        }
    }

    /// <summary>A browser signed in through the form, and the antiforgery token its forms carry.</summary>
    private async Task<(HttpClient Browser, string Token)> SignedInBrowserAsync()
    {
        var browser = Browser();
        var token = await AntiforgeryTokenAsync(browser, "/signin");
        using var signIn = await browser.PostAsync(
            new Uri("/signin", UriKind.Relative),
            new FormUrlEncodedContent(new Dictionary<string, string> { ["key"] = ownerKey, [FuzzRoutes.AntiforgeryField] = token }));
        if (signIn.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Signing in answered {(int)signIn.StatusCode}");
        }

        return (browser, await AntiforgeryTokenAsync(browser, "/exceptions"));
    }

    private HttpClient Browser() => new(new SocketsHttpHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false })
    {
        BaseAddress = http.BaseAddress,
        Timeout = http.Timeout,
    };

    private static async Task<string> AntiforgeryTokenAsync(HttpClient browser, string path)
    {
        var page = await browser.GetStringAsync(new Uri(path, UriKind.Relative));
        return TokenField().Match(page) is { Success: true } match
            ? match.Groups[1].Value
            : throw new InvalidOperationException($"{path} carries no antiforgery token");
    }

    private static string NewPhone() => TestPhones.Next();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
