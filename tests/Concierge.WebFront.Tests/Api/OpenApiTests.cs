using System.Net;
using System.Text.Json;
using Concierge.Grains.Interfaces.Calls;
using Concierge.Grains.Interfaces.Companies;
using Concierge.TestSupport;

namespace Concierge.WebFront.Tests.Api;

public sealed class OpenApiTests(ConciergeAppFactory app) : IClassFixture<ConciergeAppFactory>
{
    [Fact]
    public async Task DocumentDescribesEveryRouteItsBodiesAnswersAndTheApiKeyScheme()
    {
        var document = await DocumentAsync();
        var paths = document.GetProperty("paths");

        var expected = new (string Path, string Method, string[] Statuses)[]
        {
            ("/api/exceptions", "get", ["200", "400", "401", "429"]),
            ("/api/exceptions", "post", ["201", "200", "400", "401", "409", "413", "415"]),
            ("/api/exceptions/check/{phone}", "get", ["200", "400"]),
            ("/api/exceptions/{phone}", "get", ["200", "404"]),
            ("/api/exceptions/{phone}", "put", ["200", "404", "400"]),
            ("/api/exceptions/{phone}", "delete", ["204", "404"]),
            ("/api/calls", "get", ["200", "400"]),
            ("/api/calls/{callSid}", "get", ["200", "404"]),
            ("/api/callers", "get", ["200", "400"]),
            ("/api/callers/{phone}", "get", ["200", "404"]),
            ("/api/callers/{phone}/block", "post", ["200", "400"]),
            ("/api/callers/{phone}/unblock", "post", ["200"]),
            ("/api/companies", "get", ["200", "403"]),
            ("/api/companies", "post", ["201", "400", "409"]),
            ("/api/companies/{id}", "get", ["200", "404"]),
            ("/api/companies/{id}", "put", ["200", "404", "409"]),
            ("/api/companies/{id}/keys", "get", ["200", "404"]),
            ("/api/companies/{id}/keys", "post", ["201", "404"]),
            ("/api/companies/{id}/keys/{keyId}", "delete", ["204", "404"]),
            ("/api/settings", "get", ["200", "404"]),
            ("/api/settings", "put", ["200", "400", "413", "415"]),
        };
        foreach (var (path, method, statuses) in expected)
        {
            Assert.True(paths.TryGetProperty(path, out var item), $"{path} missing");
            Assert.True(item.TryGetProperty(method, out var operation), $"{method} {path} missing");
            var responses = operation.GetProperty("responses");
            Assert.All(statuses, status => Assert.True(responses.TryGetProperty(status, out _), $"{method} {path} does not describe {status}"));
            Assert.True(operation.TryGetProperty("security", out _), $"{method} {path} does not require the API key");
        }

        Assert.True(paths.GetProperty("/api/exceptions").GetProperty("post").TryGetProperty("requestBody", out _));
        var scheme = document.GetProperty("components").GetProperty("securitySchemes").GetProperty("ApiKey");
        Assert.Equal("X-Api-Key", scheme.GetProperty("name").GetString());
        Assert.False(paths.TryGetProperty("/twilio/voice", out _), "Twilio's webhooks are not part of the owner's API");
        Assert.False(paths.TryGetProperty("/api/conversations", out _), "the former name of /api/calls is not taught to new clients");
        Assert.False(paths.TryGetProperty("/api/conversations/{callSid}", out _), "the former name of /api/calls is not taught to new clients");
    }

    [Fact]
    public async Task QueryParametersAreCamelCaseAndTypedAsTheyAreRead()
    {
        var paths = (await DocumentAsync()).GetProperty("paths");

        var calls = Parameters(paths, "/api/calls");
        var callers = Parameters(paths, "/api/callers");
        var exceptions = Parameters(paths, "/api/exceptions");
        var companies = Parameters(paths, "/api/companies");

        Assert.Equal(["caller", "decision", "from", "to", "q", "cursor", "limit", "live"], calls.Keys.ToList());
        Assert.Equal("integer", Type(calls["limit"]));
        Assert.Equal("boolean", Type(calls["live"]));
        Assert.Equal(CallDecisions.All, Enum(calls["decision"]));
        Assert.Equal(["blocked", "cursor", "limit"], callers.Keys.Order().ToList());
        Assert.Equal("boolean", Type(callers["blocked"]));
        Assert.Equal("integer", Type(callers["limit"]));
        Assert.Equal("integer", Type(companies["limit"]));
        Assert.Equal("boolean", Type(exceptions["includeInactive"]));
        Assert.Equal(ExceptionCategories.All, Enum(exceptions["category"]));
        Assert.All(paths.EnumerateObject().SelectMany(path => path.Value.EnumerateObject()).SelectMany(Parameters), parameter =>
            Assert.True(char.IsLower(parameter.GetProperty("name").GetString()![0]), $"{parameter.GetProperty("name")} is not camelCase"));
    }

    [Fact]
    public async Task BodiesListTheirWordsAndRequireOnlyWhatIsRequired()
    {
        var schemas = (await DocumentAsync()).GetProperty("components").GetProperty("schemas");

        var input = schemas.GetProperty("ExceptionInput");
        var call = schemas.GetProperty("CallResponse").GetProperty("properties");
        var turn = schemas.GetProperty("TurnResponse").GetProperty("properties");

        Assert.Equal(ExceptionCategories.All, Enum(input.GetProperty("properties").GetProperty("category")));
        Assert.DoesNotContain("note", Required(input));
        Assert.DoesNotContain("category", Required(input));
        Assert.DoesNotContain("note", Required(schemas.GetProperty("ExceptionUpdate")));
        Assert.Equal(CallDecisions.All, Enum(call.GetProperty("decision")));
        Assert.Equal(CallStatuses.All, Enum(call.GetProperty("status")));
        Assert.Contains("sales", Enum(call.GetProperty("category")));
        Assert.Equal(TurnSpeakers.All, Enum(turn.GetProperty("speaker")));
        Assert.Contains("integer", Type(turn.GetProperty("seq")), StringComparison.Ordinal);
    }

    private async Task<JsonElement> DocumentAsync() => await (await app.Api(apiKey: null).GetAsync("/openapi/v1.json")).JsonAsync(HttpStatusCode.OK);

    private static Dictionary<string, JsonElement> Parameters(JsonElement paths, string path) =>
        Parameters(paths.GetProperty(path).GetProperty("get")).ToDictionary(p => p.GetProperty("name").GetString()!, p => p.GetProperty("schema"));

    private static List<JsonElement> Parameters(JsonProperty operation) => Parameters(operation.Value);

    private static List<JsonElement> Parameters(JsonElement operation) =>
        operation.ValueKind == JsonValueKind.Object && operation.TryGetProperty("parameters", out var parameters) ? [.. parameters.EnumerateArray()] : [];

    /// <summary>The schema's type; "null" left out of a nullable one.</summary>
    private static string Type(JsonElement schema) => schema.GetProperty("type") is { ValueKind: JsonValueKind.Array } types
        ? string.Join(",", types.EnumerateArray().Select(t => t.GetString()).Where(t => t != "null"))
        : schema.GetProperty("type").GetString()!;

    private static List<string> Enum(JsonElement schema) =>
        [.. schema.GetProperty("enum").EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!)];

    private static List<string> Required(JsonElement schema) =>
        schema.TryGetProperty("required", out var required) ? [.. required.EnumerateArray().Select(r => r.GetString()!)] : [];
}
