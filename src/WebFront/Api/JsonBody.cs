using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace Concierge.WebFront.Api;

/// <summary>
/// Reads a JSON request body with clear failures: 415 when it is not JSON, 413 when too large, 400 naming the
/// line and position when it does not parse, and a 400 naming the field when a value has the wrong type. (Model
/// binding would answer these with an empty 400.)
/// </summary>
public sealed class JsonBody(IOptions<JsonOptions> json, IOptions<ApiOptions> api)
{
    public async Task<(T? Value, ProblemHttpResult? Problem)> ReadAsync<T>(HttpRequest request) where T : class
    {
        if (!request.HasJsonContentType())
        {
            return (null, TypedResults.Problem(JsonShape.SendJson, statusCode: StatusCodes.Status415UnsupportedMediaType));
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

        var utf8 = buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
        try
        {
            var value = JsonSerializer.Deserialize<T>(utf8.Span, json.Value.SerializerOptions);
            return value is null ? (null, Invalid("The body is empty (null).")) : (value, null);
        }
        catch (JsonException e) when (JsonShape.IsWellFormed(utf8.Span))
        {
            // Well-formed JSON of the wrong shape ({"phone": 5}, an array for an object): name the field, as validation does.
            var field = JsonShape.Field(e.Path);
            return (null, TypedResults.Problem(new HttpValidationProblemDetails(
                new Dictionary<string, string[]> { [field] = [$"{field} must be {JsonShape.Expected(json.Value.SerializerOptions.GetTypeInfo(typeof(T)), field)}."] })
            {
                Title = "The request has invalid fields.",
                Status = StatusCodes.Status400BadRequest,
            }));
        }
        catch (JsonException e)
        {
            return (null, Invalid($"The body is not valid JSON (line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1}{(e.Path is { Length: > 1 } path ? $", at {path}" : "")})."));
        }
    }

    private static ProblemHttpResult TooLarge(int limit) =>
        TypedResults.Problem($"The body is larger than {limit} bytes.", statusCode: StatusCodes.Status413PayloadTooLarge);

    private static ProblemHttpResult Invalid(string detail) =>
        TypedResults.Problem(detail, title: "Malformed request body.", statusCode: StatusCodes.Status400BadRequest);
}
