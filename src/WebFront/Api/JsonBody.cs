using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace Concierge.WebFront.Api;

/// <summary>
/// Reads a JSON request body with clear failures: 415 when it is not JSON, 413 when too large, 400 naming the
/// line and position when it does not parse. (Model binding would answer these with an empty 400.)
/// </summary>
public sealed class JsonBody(IOptions<JsonOptions> json, IOptions<ApiOptions> api)
{
    public async Task<(T? Value, ProblemHttpResult? Problem)> ReadAsync<T>(HttpRequest request) where T : class
    {
        if (!request.HasJsonContentType())
        {
            return (null, TypedResults.Problem("The body must be JSON (Content-Type: application/json).", statusCode: StatusCodes.Status415UnsupportedMediaType));
        }

        var limit = api.Value.MaxBodyBytes;
        if (request.ContentLength > limit)
        {
            return (null, TooLarge(limit));
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, request.HttpContext.RequestAborted)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return (null, TooLarge(limit));
            }

            buffer.Write(chunk, 0, read);
        }

        try
        {
            var value = JsonSerializer.Deserialize<T>(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), json.Value.SerializerOptions);
            return value is null ? (null, Invalid("The body is empty (null).")) : (value, null);
        }
        catch (JsonException e)
        {
            return (null, Invalid($"The body is not valid JSON for this request (line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1}{(e.Path is { Length: > 1 } path ? $", at {path}" : "")})."));
        }
    }

    private static ProblemHttpResult TooLarge(int limit) =>
        TypedResults.Problem($"The body is larger than {limit} bytes.", statusCode: StatusCodes.Status413PayloadTooLarge);

    private static ProblemHttpResult Invalid(string detail) =>
        TypedResults.Problem(detail, title: "Malformed request body.", statusCode: StatusCodes.Status400BadRequest);
}
