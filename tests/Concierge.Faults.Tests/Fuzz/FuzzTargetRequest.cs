using System.Text;
using System.Text.Json.Nodes;

namespace Concierge.Faults.Tests.Fuzz;

/// <summary>Writes a <see cref="FuzzTarget"/> as an HTTP request: path, query, form or JSON body.</summary>
internal static class FuzzTargetRequest
{
    /// <summary>The request for <paramref name="target"/> with <paramref name="swept"/> set to <paramref name="hostile"/> and every other field valid.</summary>
    public static HttpRequestMessage Build(FuzzTarget target, FuzzField swept, string hostile, Func<object?, object?> resolve)
    {
        var path = target.Path;
        var query = new List<string>();
        var form = new List<KeyValuePair<string, string>>();
        var json = new JsonObject();
        foreach (var field in target.Fields)
        {
            var value = field == swept ? (field.Valid is string[] ? new[] { hostile } : hostile) : resolve(field.Valid);
            switch (field.Place)
            {
                case FieldPlace.Path:
                    path = path.Replace($"{{{field.Name}}}", Uri.EscapeDataString((string)value!), StringComparison.Ordinal);
                    break;
                case FieldPlace.Query when value is string text:
                    query.Add($"{field.Name}={Uri.EscapeDataString(text)}");
                    break;
                case FieldPlace.Form:
                    form.Add(new(field.Name, (string)value!));
                    break;
                case FieldPlace.Json:
                    json[field.Name] = Node(value!);
                    break;
            }
        }

        if (query.Count > 0)
        {
            path += (path.Contains('?', StringComparison.Ordinal) ? "&" : "?") + string.Join("&", query);
        }

        var request = new HttpRequestMessage(new HttpMethod(target.Method), new Uri(path, UriKind.Relative));
        if (json.Count > 0)
        {
            // The one thing a JSON serializer will not write is a lone surrogate: its escape goes in by hand.
            request.Content = new StringContent(json.ToJsonString().Replace(FuzzValues.LoneSurrogate, "\\ud800", StringComparison.Ordinal), Encoding.UTF8, "application/json");
        }
        else if (form.Count > 0)
        {
            request.Content = FormContent(form);
        }

        return request;
    }

    /// <summary>
    /// URL-encoded, as browsers and Twilio post, except a value with a NUL: ASP.NET's URL-encoded form reader refuses
    /// <c>%00</c> outright (the random run sends that), so it goes as multipart, which hands NUL to the handlers.
    /// </summary>
    public static HttpContent FormContent(IReadOnlyList<KeyValuePair<string, string>> fields)
    {
        if (!fields.Any(f => f.Value.Contains('\0', StringComparison.Ordinal)))
        {
            return new FormUrlEncodedContent(fields);
        }

        var multipart = new MultipartFormDataContent();
        foreach (var (name, value) in fields)
        {
            multipart.Add(new StringContent(value), name);
        }

        return multipart;
    }

    private static JsonNode Node(object value) => value switch
    {
        string text => JsonValue.Create(text),
        string[] texts => new JsonArray([.. texts.Select(t => (JsonNode)JsonValue.Create(t))]),
        bool flag => JsonValue.Create(flag),
        int number => JsonValue.Create(number),
        JsonNode node => node.DeepClone(), // a list of objects (a calendar's opening hours)
        _ => System.Text.Json.JsonSerializer.SerializeToNode(value) ?? throw new ArgumentOutOfRangeException(nameof(value), value, "A JSON field's value must not be null."), // a valid object (a lead's consent)
    };
}
