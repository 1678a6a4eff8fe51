using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Concierge.WebFront.Tests.Api;

/// <summary>Reading API answers: the expected status, then the body as JSON.</summary>
public static class ApiAssertions
{
    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"Expected {(int)expected}, got {(int)response.StatusCode}: {body}");
        return body.Length == 0 ? default : JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>A ProblemDetails answer with <paramref name="expected"/> status; returns it for further checks.</summary>
    public static async Task<JsonElement> ProblemAsync(this HttpResponseMessage response, HttpStatusCode expected)
    {
        var problem = await response.JsonAsync(expected);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal((int)expected, problem.GetProperty("status").GetInt32());
        return problem;
    }

    /// <summary>The validation errors of one field in a ValidationProblem.</summary>
    public static string FieldError(this JsonElement problem, string field) =>
        string.Join(" ", problem.GetProperty("errors").GetProperty(field).EnumerateArray().Select(e => e.GetString()));

    public static Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string url, object body) =>
        client.PostAsJsonAsync(new Uri(url, UriKind.Relative), body);

    public static Task<HttpResponseMessage> PutJsonAsync(this HttpClient client, string url, object body) =>
        client.PutAsJsonAsync(new Uri(url, UriKind.Relative), body);

    public static Task<HttpResponseMessage> GetAsync(this HttpClient client, string url) => client.GetAsync(new Uri(url, UriKind.Relative));

    public static Task<HttpResponseMessage> DeleteAsync(this HttpClient client, string url) => client.DeleteAsync(new Uri(url, UriKind.Relative));

    public static Task<HttpResponseMessage> PostRawAsync(this HttpClient client, string url, string body, string contentType = "application/json") =>
        client.PostAsync(new Uri(url, UriKind.Relative), new StringContent(body, System.Text.Encoding.UTF8, contentType));
}
