using System.Net;
using Concierge.TestSupport;

namespace Concierge.WebFront.Tests.Api;

public sealed class OpenApiTests(ConciergeAppFactory app) : IClassFixture<ConciergeAppFactory>
{
    [Fact]
    public async Task DocumentDescribesEveryRouteItsBodiesAnswersAndTheApiKeyScheme()
    {
        var document = await (await app.Api(apiKey: null).GetAsync("/openapi/v1.json")).JsonAsync(HttpStatusCode.OK);
        var paths = document.GetProperty("paths");

        var expected = new (string Path, string Method, string[] Statuses)[]
        {
            ("/api/exceptions", "get", ["200", "400", "401", "429"]),
            ("/api/exceptions", "post", ["201", "200", "400", "401", "409", "413", "415"]),
            ("/api/exceptions/check/{phone}", "get", ["200", "400"]),
            ("/api/exceptions/{phone}", "get", ["200", "404"]),
            ("/api/exceptions/{phone}", "put", ["200", "404", "400"]),
            ("/api/exceptions/{phone}", "delete", ["204", "404"]),
            ("/api/conversations", "get", ["200", "400"]),
            ("/api/conversations/{callSid}", "get", ["200", "404"]),
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
    }
}
