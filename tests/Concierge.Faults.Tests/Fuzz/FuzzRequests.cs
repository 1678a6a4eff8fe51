using System.Net.Http.Headers;
using System.Text;
using Concierge.Grains.Interfaces.Twilio;
using Concierge.Simulator.Protocol;

namespace Concierge.Faults.Tests.Fuzz;

/// <summary>One malformed request and what it is, for the failure message.</summary>
/// <param name="MayBeCutOff">A request so large the server may close the connection on it (a 413 or 431 written mid-upload).</param>
internal sealed record FuzzRequest(HttpRequestMessage Message, string Description, bool MayBeCutOff = false);

/// <summary>
/// Builds request number i of a fuzz run from the seed alone (the same seed gives the same requests in any order):
/// validly signed garbage (so the handlers run, not only the signature filter), bad signatures, JSON and multipart
/// bodies (signed or not, some cut short mid-part), broken encodings, wrong methods and content types, huge values,
/// against every route in <see cref="FuzzRoutes"/>.
/// </summary>
internal sealed class FuzzRequests(int seed, TwilioAccount account)
{
    private static readonly string[] Methods = ["GET", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS", "FUZZ"];

    public FuzzRequest Create(int index)
    {
        var random = new Random(unchecked((seed * 1_000_003) + index));
        var values = new FuzzValues(random);
        return random.Next(100) switch
        {
            < 30 => SignedForm(random, values, plausible: true),
            < 40 => SignedForm(random, values, plausible: false),
            < 50 => BadlySigned(random, values),
            < 58 => Json(random, values),
            < 66 => MalformedEncoding(random, values),
            < 71 => Multipart(random, values),
            < 80 => WrongMethod(random, values),
            < 88 => OtherRoute(random, values),
            < 94 => WrongContentType(random, values),
            < 99 => Query(random, values),
            _ => Huge(random, values),
        };
    }

    /// <summary>A POST signed exactly as Twilio signs, carrying Twilio's fields (plausible) or anything at all.</summary>
    private FuzzRequest SignedForm(Random random, FuzzValues values, bool plausible)
    {
        var path = PathAndQuery(random, values, FuzzRoutes.Twilio[random.Next(FuzzRoutes.Twilio.Count)]);
        var fields = Fields(random, values, plausible);
        var request = Post(path, new FormUrlEncodedContent(fields));
        request.Headers.Add(TwilioSignature.HeaderName, account.Sign(path, fields));
        return new(request, $"signed form to {path}: {Describe(fields)}");
    }

    private FuzzRequest BadlySigned(Random random, FuzzValues values)
    {
        var path = PathAndQuery(random, values, FuzzRoutes.Twilio[random.Next(FuzzRoutes.Twilio.Count)]);
        var fields = Fields(random, values, plausible: true);
        var request = Post(path, new FormUrlEncodedContent(fields));
        var kind = random.Next(6);
        switch (kind)
        {
            case 0:
                break; // none
            case 1:
                request.Headers.TryAddWithoutValidation(TwilioSignature.HeaderName, "");
                break;
            case 2:
                request.Headers.TryAddWithoutValidation(TwilioSignature.HeaderName, values.Ascii(random.Next(1, 64)));
                break;
            case 3:
                request.Headers.Add(TwilioSignature.HeaderName, [account.Sign(path, fields), account.Sign(path, fields)]);
                break;
            case 4:
                request.Headers.Add(TwilioSignature.HeaderName, account.Sign(path + "&tampered=1", fields));
                break;
            default:
                request.Headers.Add(TwilioSignature.HeaderName, new TwilioAccount(account.PublicBaseUrl, "not-the-token").Sign(path, fields));
                break;
        }

        return new(request, $"badly signed ({kind}) form to {path}");
    }

    /// <summary>JSON as Twilio sends it (bodySHA256 in the signed URL), or JSON with a wrong hash, or not JSON at all.</summary>
    private FuzzRequest Json(Random random, FuzzValues values)
    {
        var route = FuzzRoutes.All[random.Next(FuzzRoutes.All.Count)];
        var body = random.Next(3) switch
        {
            0 => "{" + string.Join(",", Enumerable.Range(0, random.Next(6)).Select(_ => $"\"{Escape(values.FieldName())}\":\"{Escape(values.Value())}\"")) + "}",
            1 => values.Text(random.Next(0, 200)),
            _ => string.Concat(Enumerable.Repeat("[", random.Next(1, 5000))),
        };
        var bytes = Encoding.UTF8.GetBytes(body);
        var path = random.Next(2) == 0 ? TwilioSignature.AddBodyHash(route, bytes) : $"{route}?{TwilioSignature.BodyHashParameter}={values.Ascii(8)}";
        var request = Post(path, Content(bytes, "application/json"));
        request.Headers.Add(TwilioSignature.HeaderName, account.Sign(path, []));
        return new(request, $"JSON to {path}: {Truncate(body)}");
    }

    private FuzzRequest MalformedEncoding(Random random, FuzzValues values)
    {
        var route = FuzzRoutes.All[random.Next(FuzzRoutes.All.Count)];
        var bytes = random.Next(4) == 0
            ? Encoding.ASCII.GetBytes(string.Join("&", Enumerable.Range(0, random.Next(1025, 3000)).Select(i => $"k{i}=1"))) // past the form's field-count limit
            : values.MalformedFormBytes();
        var request = Post(route, Content(bytes, "application/x-www-form-urlencoded" + (random.Next(2) == 0 ? "; charset=utf-8" : "; charset=bogus")));
        request.Headers.Add(TwilioSignature.HeaderName, account.Sign(route, []));
        return new(request, $"malformed form bytes to {route}: {Convert.ToHexString(bytes.AsSpan(0, Math.Min(bytes.Length, 64)))}");
    }

    private FuzzRequest Multipart(Random random, FuzzValues values)
    {
        var path = PathAndQuery(random, values, FuzzRoutes.Twilio[random.Next(FuzzRoutes.Twilio.Count)]);
        // Part names travel in a header: printable ASCII only, or the client refuses to send them.
        var fields = Fields(random, values, plausible: true).Where(f => f.Key.Length > 0 && f.Key.All(char.IsAsciiLetterOrDigit)).ToList();
        var content = new MultipartFormDataContent();
        foreach (var (key, value) in fields)
        {
            content.Add(new StringContent(value), key);
        }

        if (random.Next(2) == 0)
        {
            content.Add(new ByteArrayContent(values.MalformedFormBytes()), "file", "voicemail.wav");
        }

        var cut = random.Next(3) == 0; // the body ends mid-part: its boundaries never close, and reading it fails
        var signed = random.Next(4) > 0;
        var request = Post(path, cut ? CutShort(random, content) : content);
        if (signed)
        {
            request.Headers.Add(TwilioSignature.HeaderName, account.Sign(path, fields));
        }

        return new(request, $"{(cut ? "cut-short " : "")}{(signed ? "signed" : "unsigned")} multipart to {path}: {Describe(fields)}");
    }

    /// <summary>The first bytes of <paramref name="content"/>, under its own content type (boundary included).</summary>
    private static ByteArrayContent CutShort(Random random, MultipartFormDataContent content)
    {
        using (content)
        {
            using var whole = new MemoryStream();
            content.CopyTo(whole, null, CancellationToken.None);
            var cut = new ByteArrayContent(whole.GetBuffer().AsSpan(0, random.Next(1, (int)whole.Length)).ToArray());
            cut.Headers.ContentType = content.Headers.ContentType;
            return cut;
        }
    }

    private FuzzRequest WrongMethod(Random random, FuzzValues values)
    {
        var route = FuzzRoutes.All[random.Next(FuzzRoutes.All.Count)];
        var method = new HttpMethod(Methods[random.Next(Methods.Length)]);
        var fields = Fields(random, values, plausible: true);
        var request = new HttpRequestMessage(method, new Uri(route, UriKind.Relative));
        if (method != HttpMethod.Get && method != HttpMethod.Head && random.Next(2) == 0)
        {
            request.Content = new FormUrlEncodedContent(fields);
        }

        request.Headers.Add(TwilioSignature.HeaderName, account.Sign(route, method == HttpMethod.Get ? [] : fields));
        return new(request, $"{method} {route}");
    }

    private static FuzzRequest OtherRoute(Random random, FuzzValues values)
    {
        var route = FuzzRoutes.Others[random.Next(FuzzRoutes.Others.Count)];
        var request = new HttpRequestMessage(random.Next(2) == 0 ? HttpMethod.Get : HttpMethod.Post, new Uri(route, UriKind.Relative));
        if (request.Method == HttpMethod.Post)
        {
            request.Content = random.Next(2) == 0 ? new FormUrlEncodedContent(Fields(random, values, plausible: false)) : Content(values.MalformedFormBytes(), "application/json");
        }

        request.Headers.TryAddWithoutValidation("X-Api-Key", values.Ascii(random.Next(0, 40)));
        return new(request, $"{request.Method} {route}");
    }

    private FuzzRequest WrongContentType(Random random, FuzzValues values)
    {
        var route = FuzzRoutes.Twilio[random.Next(FuzzRoutes.Twilio.Count)];
        var fields = Fields(random, values, plausible: true);
        var body = Encoding.UTF8.GetBytes(string.Join("&", fields.Select(f => $"{Uri.EscapeDataString(f.Key)}={Uri.EscapeDataString(f.Value)}")));
        string?[] types = ["text/plain", "application/xml", null, "application/x-www-form-urlencoded-but-not", "multipart/form-data", "multipart/form-data; boundary=\"\"", "*/*"];
        var type = types[random.Next(types.Length)];
        var content = new ByteArrayContent(body);
        if (type is not null)
        {
            content.Headers.TryAddWithoutValidation("Content-Type", type);
        }

        var request = Post(route, content);
        request.Headers.Add(TwilioSignature.HeaderName, account.Sign(route, fields));
        return new(request, $"{type ?? "no content type"} to {route}");
    }

    /// <summary>Garbage in the (signed) query string: the whisper's call parameter, broken escapes, repeated keys.</summary>
    private FuzzRequest Query(Random random, FuzzValues values)
    {
        var route = FuzzRoutes.All[random.Next(FuzzRoutes.All.Count)];
        string[] queries = ["?call=%ZZ", "?call=%FF%FE", "?call=&call=CA1", "?call", "?=&=&", "?call=" + Uri.EscapeDataString(values.Value()), "?%%%", "?a=1#fragment", "?" + Uri.EscapeDataString(values.Text(300))];
        var path = route + queries[random.Next(queries.Length)];
        var fields = Fields(random, values, plausible: true);
        var request = Post(path, new FormUrlEncodedContent(fields));
        request.Headers.Add(TwilioSignature.HeaderName, account.Sign(path, fields));
        return new(request, $"query garbage to {path}");
    }

    /// <summary>Megabytes: a huge field (validly signed, below and above the form limits), a huge body, a huge header or URL.</summary>
    private FuzzRequest Huge(Random random, FuzzValues values)
    {
        var route = FuzzRoutes.Twilio[random.Next(FuzzRoutes.Twilio.Count)];
        var kind = random.Next(4);
        HttpRequestMessage request;
        switch (kind)
        {
            case 0:
                var fields = Fields(random, values, plausible: true).Append(new("SpeechResult", values.Value(hugeOneIn: 1))).ToList();
                request = Post(route, new FormUrlEncodedContent(fields));
                request.Headers.Add(TwilioSignature.HeaderName, account.Sign(route, fields));
                break;
            case 1:
                var bytes = new byte[random.Next(1, 9) * 1024 * 1024];
                random.NextBytes(bytes);
                request = Post(route, Content(bytes, "application/x-www-form-urlencoded"));
                request.Headers.Add(TwilioSignature.HeaderName, "AAAA");
                break;
            case 2:
                request = Post(route, new FormUrlEncodedContent(Fields(random, values, plausible: true)));
                request.Headers.TryAddWithoutValidation(TwilioSignature.HeaderName, new string('A', random.Next(8, 64) * 1024));
                break;
            default:
                request = Post($"{route}?call={new string('C', random.Next(8, 64) * 1024)}", new FormUrlEncodedContent(Fields(random, values, plausible: true)));
                break;
        }

        return new(request, $"huge ({kind}) to {route}", MayBeCutOff: true);
    }

    private static List<KeyValuePair<string, string>> Fields(Random random, FuzzValues values, bool plausible)
    {
        var fields = new List<KeyValuePair<string, string>>();
        if (plausible)
        {
            fields.Add(new("CallSid", values.CallSid()));
            foreach (var name in FuzzValues.TwilioFields.Where(_ => random.Next(3) == 0))
            {
                fields.Add(new(name, values.Value()));
            }
        }

        for (var i = random.Next(plausible ? 3 : 12); i > 0; i--)
        {
            fields.Add(new(values.FieldName(), values.Value()));
        }

        return fields;
    }

    private static string PathAndQuery(Random random, FuzzValues values, string route) =>
        route == "/twilio/whisper" && random.Next(4) > 0 ? $"{route}?call={Uri.EscapeDataString(values.CallSid())}" : route;

    private static HttpRequestMessage Post(string pathAndQuery, HttpContent content) =>
        new(HttpMethod.Post, new Uri(pathAndQuery, UriKind.Relative)) { Content = content };

    private static ByteArrayContent Content(byte[] bytes, string contentType)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        return content;
    }

    private static string Escape(string json) => json.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal);

    private static string Describe(IEnumerable<KeyValuePair<string, string>> fields) =>
        Truncate(string.Join("&", fields.Select(f => $"{f.Key}={Truncate(f.Value, 40)}")));

    private static string Truncate(string text, int length = 300) => text.Length <= length ? text : $"{text[..length]}…({text.Length} chars)";
}
