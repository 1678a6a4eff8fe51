using System.Net;
using Concierge.Grains.Interfaces.Calls;
using Orleans;
using Concierge.TestSupport;

namespace Concierge.WebFront.Tests.Api;

public sealed class ExceptionsApiTests(ConciergeAppFactory app) : IClassFixture<ConciergeAppFactory>
{
    private readonly HttpClient api = app.Api();

    [Fact]
    public async Task NationalNumberIsStoredInE164AndListed()
    {
        var number = Unique();

        using var added = await api.PostJsonAsync("/api/exceptions", new { phone = National(number), name = "Grandma", category = "family", note = "any time" });

        var entry = await added.JsonAsync(HttpStatusCode.Created);
        Assert.Equal(number, entry.GetProperty("phone").GetString());
        Assert.Equal($"/api/exceptions/{Uri.EscapeDataString(number)}", added.Headers.Location?.ToString());
        var list = await (await api.GetAsync("/api/exceptions")).JsonAsync(HttpStatusCode.OK);
        Assert.Contains(list.EnumerateArray(), e => e.GetProperty("phone").GetString() == number && e.GetProperty("name").GetString() == "Grandma");
    }

    [Theory]
    [InlineData("+33 6 12 34 56 78", "+33612345678")]
    [InlineData("0044 20 7946 0958", "+442079460958")]
    [InlineData("+61 (0)4 1234 5678", "+61412345678")]
    public async Task ForeignNumbersInInternationalFormatAreAccepted(string written, string e164)
    {
        using var added = await api.PostJsonAsync("/api/exceptions", new { phone = written, name = "Abroad", category = "friend" });

        Assert.Equal(e164, (await added.JsonAsync(HttpStatusCode.Created)).GetProperty("phone").GetString());
        await api.DeleteAsync($"/api/exceptions/{Uri.EscapeDataString(e164)}");
    }

    [Theory]
    [InlineData("12")]
    [InlineData("+999 123 456 789")]
    [InlineData("1-800-FLOWERS")]
    [InlineData("+1 415 555 0123 ext 9")]
    public async Task InvalidNumberIsABadRequestNamingThePhoneField(string phone)
    {
        using var response = await api.PostJsonAsync("/api/exceptions", new { phone, name = "Nobody", category = "friend" });

        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(problem.FieldError("phone"));
    }

    [Fact]
    public async Task MissingNameUnknownCategoryAndOversizeNoteAreEachNamed()
    {
        using var response = await api.PostJsonAsync("/api/exceptions", new { phone = Unique(), category = "enemy", note = new string('x', 501) });

        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("name is required", problem.FieldError("name"), StringComparison.Ordinal);
        Assert.Contains("family", problem.FieldError("category"), StringComparison.Ordinal);
        Assert.Contains("at most 500", problem.FieldError("note"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task MalformedJsonIsABadRequestSayingWhere()
    {
        using var response = await api.PostRawAsync("/api/exceptions", "{\"phone\": \"+14155550100\", \"name\": ");

        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("line 1", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"phone\": 14155550100, \"name\": \"Grandma\"}", "phone", "phone must be a string.")]
    [InlineData("{\"phone\": \"+14155550100\", \"name\": [\"Grandma\"]}", "name", "name must be a string.")]
    [InlineData("[{\"phone\": \"+14155550100\", \"name\": \"Grandma\"}]", "body", "body must be a JSON object.")]
    [InlineData("5", "body", "body must be a JSON object.")]
    public async Task JsonOfTheWrongShapeIsABadRequestNamingTheField(string body, string field, string message)
    {
        using var response = await api.PostRawAsync("/api/exceptions", body);

        Assert.Equal(message, (await response.ProblemAsync(HttpStatusCode.BadRequest)).FieldError(field));
    }

    [Theory]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("text/plain")]
    public async Task BodyThatIsNotJsonIsUnsupportedAndToldToSendJson(string contentType)
    {
        using var response = await api.PostRawAsync("/api/exceptions", "phone=+14155550100", contentType);

        var problem = await response.ProblemAsync(HttpStatusCode.UnsupportedMediaType);
        Assert.Contains("Content-Type: application/json", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OversizeBodyIsRefused()
    {
        using var response = await api.PostJsonAsync("/api/exceptions", new { phone = Unique(), name = "Big", note = new string('x', 100_000) });

        await response.ProblemAsync(HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task AddingAnActiveNumberAgainIsAConflict()
    {
        var number = Unique();
        (await api.PostJsonAsync("/api/exceptions", new { phone = number, name = "Sam", category = "friend" })).Dispose();

        using var again = await api.PostJsonAsync("/api/exceptions", new { phone = National(number), name = "Sam again", category = "friend" });

        await again.ProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task RemovedNumberIsKeptInactiveAndReAddingRestoresIt()
    {
        var number = Unique();
        (await api.PostJsonAsync("/api/exceptions", new { phone = number, name = "Old friend", category = "friend" })).Dispose();

        using var removed = await api.DeleteAsync($"/api/exceptions/{number}");
        var active = await (await api.GetAsync("/api/exceptions")).JsonAsync(HttpStatusCode.OK);
        var all = await (await api.GetAsync("/api/exceptions?includeInactive=true")).JsonAsync(HttpStatusCode.OK);
        using var restored = await api.PostJsonAsync("/api/exceptions", new { phone = number, name = "Old friend", category = "favourite" });

        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
        Assert.DoesNotContain(active.EnumerateArray(), e => e.GetProperty("phone").GetString() == number);
        Assert.Contains(all.EnumerateArray(), e => e.GetProperty("phone").GetString() == number && !e.GetProperty("active").GetBoolean());
        var entry = await restored.JsonAsync(HttpStatusCode.OK);
        Assert.True(entry.GetProperty("active").GetBoolean());
        Assert.Equal("favourite", entry.GetProperty("category").GetString());
    }

    [Fact]
    public async Task EntryIsReadUpdatedAndCheckedByNumberInAnyFormat()
    {
        var number = Unique();
        (await api.PostJsonAsync("/api/exceptions", new { phone = number, name = "Dr Patel", category = "work" })).Dispose();

        var read = await (await api.GetAsync($"/api/exceptions/{National(number)}")).JsonAsync(HttpStatusCode.OK);
        var updated = await (await api.PutJsonAsync($"/api/exceptions/{number}", new { name = "Dr Anita Patel", category = "favourite", note = "GP" })).JsonAsync(HttpStatusCode.OK);
        var check = await (await api.GetAsync($"/api/exceptions/check/{Uri.EscapeDataString(number)}")).JsonAsync(HttpStatusCode.OK);
        var stranger = await (await api.GetAsync($"/api/exceptions/check/{Unique()}")).JsonAsync(HttpStatusCode.OK);

        Assert.Equal("Dr Patel", read.GetProperty("name").GetString());
        Assert.Equal("GP", updated.GetProperty("note").GetString());
        Assert.True(check.GetProperty("onList").GetBoolean());
        Assert.Equal("Dr Anita Patel", check.GetProperty("name").GetString());
        Assert.False(stranger.GetProperty("onList").GetBoolean());
    }

    [Fact]
    public async Task UnknownNumbersAreNotFound()
    {
        var number = Unique();

        using var get = await api.GetAsync($"/api/exceptions/{number}");
        using var put = await api.PutJsonAsync($"/api/exceptions/{number}", new { name = "Ghost", category = "other" });
        using var delete = await api.DeleteAsync($"/api/exceptions/{number}");

        await get.ProblemAsync(HttpStatusCode.NotFound);
        await put.ProblemAsync(HttpStatusCode.NotFound);
        await delete.ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task ListFiltersByCategoryAndRefusesAnUnknownOne()
    {
        var number = Unique();
        (await api.PostJsonAsync("/api/exceptions", new { phone = number, name = "Cousin", category = "family" })).Dispose();

        var family = await (await api.GetAsync("/api/exceptions?category=family")).JsonAsync(HttpStatusCode.OK);
        var work = await (await api.GetAsync("/api/exceptions?category=work")).JsonAsync(HttpStatusCode.OK);
        using var unknown = await api.GetAsync("/api/exceptions?category=enemies");

        Assert.Contains(family.EnumerateArray(), e => e.GetProperty("phone").GetString() == number);
        Assert.DoesNotContain(work.EnumerateArray(), e => e.GetProperty("phone").GetString() == number);
        Assert.NotEmpty((await unknown.ProblemAsync(HttpStatusCode.BadRequest)).FieldError("category"));
    }

    [Fact]
    public async Task NumberAddedThroughTheApiIsPutStraightThroughOnItsNextCall()
    {
        var call = app.NewCall();
        (await api.PostJsonAsync("/api/exceptions", new { phone = call.From, name = "Neighbour", category = "friend" })).Dispose();

        var twiml = await call.RingAsync();
        await call.DialEndsAsync("completed", bridged: true, duration: 30);

        Assert.Null(twiml.Gather);
        Assert.Equal(ConciergeAppFactory.OwnerPhone, twiml.DialedNumber?.Value);
        Assert.Equal(CallDecisions.TransferredException, (await app.Grains.GetGrain<ICallGrain>(call.CallSid).GetAsync())!.FinalDecision);
    }

    private static string Unique() => TestPhones.Next();

    /// <summary>The US national form of an E.164 +1 number: (415) 555-0123.</summary>
    private static string National(string e164) => $"({e164[2..5]}) {e164[5..8]}-{e164[8..]}";
}
