using System.Net;
using System.Text.Json;
using Orleans;
using Orleans.Runtime;
using Concierge.TestSupport;

namespace Concierge.WebFront.Tests.Api;

public sealed class CallsApiTests(ConciergeAppFactory app) : IClassFixture<ConciergeAppFactory>
{
    private readonly HttpClient api = app.Api();

    [Fact]
    public async Task CallsAreListedNewestFirstAndEachOpensWithItsTurnsTimingsAndDecision()
    {
        var caller = TestPhones.Next();
        var first = app.NewCall(caller);
        await first.RingAsync();
        await first.SayAsync("Hi, I'm calling from Bright Energy about a special offer on solar panels.");
        var second = app.NewCall(caller);
        await second.RingAsync();

        var list = await ListAsync($"caller={Uri.EscapeDataString(caller)}");
        var detail = await (await api.GetAsync($"/api/calls/{first.CallSid}")).JsonAsync(HttpStatusCode.OK);

        Assert.Equal([second.CallSid, first.CallSid], CallSids(list));
        Assert.Equal("completed", detail.GetProperty("decision").GetString());
        Assert.Equal("sales", detail.GetProperty("category").GetString());
        Assert.False(string.IsNullOrEmpty(detail.GetProperty("reason").GetString()));
        var turns = detail.GetProperty("turns").EnumerateArray().ToList();
        Assert.Equal(["concierge", "caller", "concierge"], turns.Select(t => t.GetProperty("speaker").GetString()));
        Assert.Equal("offline", turns[2].GetProperty("brain").GetString());
        Assert.Equal("end", turns[2].GetProperty("action").GetString());
        Assert.True(turns[2].GetProperty("latencyMs").GetInt32() >= 0);
        Assert.True(turns[1].GetProperty("at").GetDateTimeOffset() <= turns[2].GetProperty("at").GetDateTimeOffset());
    }

    [Fact]
    public async Task ListIsFilteredByDecisionDatesAndWordsSaid()
    {
        var caller = TestPhones.Next();
        var pizza = app.NewCall(caller);
        await pizza.RingAsync();
        await pizza.SayAsync("Hello, this is Tony from Luigi's about your pineapple pizza order, it's ready for pickup.");
        var silent = app.NewCall(caller);
        await silent.RingAsync();
        await silent.StaySilentAsync();
        await silent.StaySilentAsync();
        var byCaller = $"caller={Uri.EscapeDataString(caller)}";

        var noSpeech = await ListAsync($"{byCaller}&decision=ended_no_speech");
        var pineapple = await ListAsync($"{byCaller}&q=pineapple");
        var phrase = await ListAsync($"{byCaller}&q={Uri.EscapeDataString("pineapple pizza")}");
        var nothing = await ListAsync($"{byCaller}&q=anchovies");
        var recent = await ListAsync($"{byCaller}&from={Uri.EscapeDataString(DateTimeOffset.UtcNow.AddHours(-1).ToString("O"))}");
        var old = await ListAsync($"{byCaller}&to={Uri.EscapeDataString(DateTimeOffset.UtcNow.AddHours(-1).ToString("O"))}");

        Assert.Equal([silent.CallSid], CallSids(noSpeech));
        Assert.Equal([pizza.CallSid], CallSids(pineapple));
        Assert.Equal([pizza.CallSid], CallSids(phrase));
        Assert.Empty(CallSids(nothing));
        Assert.Equal(2, CallSids(recent).Count);
        Assert.Empty(CallSids(old));
    }

    [Fact]
    public async Task PagingWhileNewCallsArriveShowsEveryEarlierCallExactlyOnce()
    {
        var caller = TestPhones.Next();
        var earlier = new List<string>();
        for (var i = 0; i < 12; i++)
        {
            var call = app.NewCall(caller);
            await call.RingAsync();
            earlier.Add(call.CallSid);
        }

        var seen = new List<string>();
        string? cursor = null;
        do
        {
            var page = await ListAsync($"caller={Uri.EscapeDataString(caller)}&limit=5{(cursor is null ? "" : $"&cursor={cursor}")}");
            seen.AddRange(CallSids(page));
            cursor = page.GetProperty("nextCursor").GetString();
            await app.NewCall(caller).RingAsync(); // a new call lands while the owner pages
        }
        while (cursor is not null);

        var earlierSeen = seen.Where(earlier.Contains).ToList();
        Assert.Equal(earlier.Count, earlierSeen.Count);
        Assert.Equal(earlier.Order(), earlierSeen.Order());
        Assert.Equal(seen.Count, seen.Distinct().Count());
    }

    [Theory]
    [InlineData("decision=maybe", "decision")]
    [InlineData("from=yesterday-ish", "from")]
    [InlineData("to=2026-13-45", "to")]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=1000", "limit")]
    [InlineData("cursor=not-a-cursor!", "cursor")]
    [InlineData("caller=12", "caller")]
    [InlineData("live=yes", "live")]
    [InlineData("live=1", "live")]
    [InlineData("limit=abc", "limit")]
    [InlineData("from=2026-11-22&to=2026-11-21", "from")]
    [InlineData("from=2026-11-21T10:00:00Z&to=2026-11-21T09:59:59Z", "from")]
    public async Task InvalidFiltersAreABadRequestNamingTheParameter(string query, string field)
    {
        using var response = await api.GetAsync($"/api/calls?{query}");

        Assert.NotEmpty((await response.ProblemAsync(HttpStatusCode.BadRequest)).FieldError(field));
    }

    [Fact]
    public async Task QueryParametersAreCamelCaseAndTheFormerPascalCaseSpellingStillWorks()
    {
        var caller = TestPhones.Next();
        var call = app.NewCall(caller);
        await call.RingAsync();
        await app.NewCall(caller).RingAsync();

        var camel = await ListAsync($"caller={Uri.EscapeDataString(caller)}&limit=1&live=true");
        var pascal = await ListAsync($"Caller={Uri.EscapeDataString(caller)}&Limit=1&Live=true");

        Assert.Single(CallSids(camel));
        Assert.Equal(CallSids(camel), CallSids(pascal));
    }

    [Fact]
    public async Task TheFormerConversationsRouteAnswersLikeTheCallsRoute()
    {
        var caller = TestPhones.Next();
        var call = app.NewCall(caller);
        await call.RingAsync();
        await call.SayAsync("Hello, this is Dana from the dentist about your appointment tomorrow.");
        var byCaller = $"caller={Uri.EscapeDataString(caller)}";

        var list = await ListAsync(byCaller);
        var formerList = await (await api.GetAsync($"/api/conversations?{byCaller}")).JsonAsync(HttpStatusCode.OK);
        var detail = await (await api.GetAsync($"/api/calls/{call.CallSid}")).JsonAsync(HttpStatusCode.OK);
        var formerDetail = await (await api.GetAsync($"/api/conversations/{call.CallSid}")).JsonAsync(HttpStatusCode.OK);
        var formerInvalid = await (await api.GetAsync("/api/conversations?limit=abc")).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal(list.GetRawText(), formerList.GetRawText());
        Assert.Equal(detail.GetRawText(), formerDetail.GetRawText());
        Assert.NotEmpty(formerInvalid.FieldError("limit"));
    }

    [Theory]
    [InlineData("from=9999-12-31", "from")]
    [InlineData("to=9999-12-31T23:59:59Z", "to")]
    [InlineData("from=0001-01-01", "from")]
    [InlineData("to=1970-01-01", "to")]
    [InlineData("from=2026-11-21T09:30:00Z&to=9999-12-31T23:59:59%2B14:00", "to")]
    public async Task DatesOutsideTheYears2000To2099AreABadRequestNamingTheParameter(string query, string field)
    {
        using var response = await api.GetAsync($"/api/calls?{query}");

        Assert.Contains("2000", (await response.ProblemAsync(HttpStatusCode.BadRequest)).FieldError(field), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownCallIsNotFound()
    {
        using var response = await api.GetAsync($"/api/calls/CA{Guid.NewGuid():N}");

        await response.ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task LookingUpCallsThatDoNotExistActivatesNoCallGrain()
    {
        var before = await CallGrainActivationsAsync();

        for (var i = 0; i < 20; i++)
        {
            await (await api.GetAsync($"/api/calls/CA{Guid.NewGuid():N}")).ProblemAsync(HttpStatusCode.NotFound);
        }

        Assert.InRange(await CallGrainActivationsAsync(), 0, before); // fewer when another test's ended call left meanwhile
    }

    private async Task<int> CallGrainActivationsAsync() =>
        (await app.Grains.GetGrain<IManagementGrain>(0).GetSimpleGrainStatistics())
            .Where(s => s.GrainType.Contains("CallGrain", StringComparison.Ordinal)).Sum(s => s.ActivationCount);

    private async Task<JsonElement> ListAsync(string query) =>
        await (await api.GetAsync($"/api/calls?{query}")).JsonAsync(HttpStatusCode.OK);

    private static List<string> CallSids(JsonElement page) =>
        [.. page.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("callSid").GetString()!)];
}
