using System.Collections.Specialized;
using System.Text;
using Concierge.Grains.Interfaces.Twilio;
using Twilio.Security;

namespace Concierge.Silo.Tests.Twilio;

/// <summary>
/// Our validator (<see cref="TwilioSignature"/>) beside the Twilio SDK's <see cref="RequestValidator"/>: they agree on the
/// official vectors and on random requests, and differ exactly where documented (the SDK joins a repeated key's values
/// with commas; it throws on an empty signature) and in a third place the random requests found (an explicit default
/// port). A change on either side shows up here.
/// </summary>
public sealed class TwilioSignatureAgainstSdkTests
{
    private const string AuthToken = "12345";
    private const string Url = "https://mycompany.com/myapp.php?foo=1&bar=2";

    private static readonly Dictionary<string, string> CallParameters = new()
    {
        ["CallSid"] = "CA1234567890ABCDE",
        ["From"] = "+14158675309",
        ["Digits"] = "1234",
        ["To"] = "+18005551212",
        ["Caller"] = "+14158675309",
    };

    private static readonly RequestValidator Sdk = new(AuthToken);

    [Theory]
    [MemberData(nameof(OfficialSignatureVectors.AsRequested), MemberType = typeof(OfficialSignatureVectors))]
    [MemberData(nameof(OfficialSignatureVectors.OtherSpellings), MemberType = typeof(OfficialSignatureVectors))]
    public void BothAcceptTheOfficialVectors(string url, string signature)
    {
        Assert.True(Sdk.Validate(url, CallParameters, signature));
        Assert.True(TwilioSignature.Validate(url, CallParameters, signature, AuthToken));
    }

    [Theory]
    [InlineData("https://mycompany.com:1234/myapp.php?foo=1&bar=2", "Zmvh+3yNM1Phv2jhDCwEM3q5ebU=")]
    [InlineData(Url, "RSOYDt4T1cUTdK1PDd93/VVr8B8")]
    [InlineData(Url, "CYn1h0gLBdNxDGkKJg6hYohgeD8=")]
    public void BothRefuseTheWrongSignatures(string url, string signature)
    {
        Assert.False(Sdk.Validate(url, CallParameters, signature));
        Assert.False(TwilioSignature.Validate(url, CallParameters, signature, AuthToken));
    }

    [Fact]
    public void BothAgreeOnTheJsonBodyVector()
    {
        var body = Encoding.UTF8.GetBytes("""{"property": "value", "boolean": true}""");
        var url = TwilioSignature.AddBodyHash(Url, body);

        Assert.True(Sdk.Validate(url, Encoding.UTF8.GetString(body), "a9nBmqA0ju/hNViExpshrM61xv4="));
        Assert.True(TwilioSignature.ValidateJsonBody(url, body, "a9nBmqA0ju/hNViExpshrM61xv4=", AuthToken));
    }

    /// <summary>Divergence 1: the SDK signs a repeated key once with its values comma-joined, not once per distinct value.</summary>
    [Fact]
    public void OnRepeatedKeysOnlyOursAcceptsTwiliosSignature()
    {
        var form = new NameValueCollection { { "Sid", "CA123" }, { "SidAccount", "AC123" }, { "Digits", "5678" }, { "Digits", "1234" }, { "Digits", "1234" } };
        var pairs = form.AllKeys.SelectMany(key => form.GetValues(key)!.Select(value => KeyValuePair.Create(key!, value))).ToList();

        Assert.True(TwilioSignature.Validate(Url, pairs, "IK+Dwps556ElfBT0I3Rgjkr1wJU=", AuthToken));
        Assert.False(Sdk.Validate(Url, form, "IK+Dwps556ElfBT0I3Rgjkr1wJU="));
        // What the SDK signs instead: the comma-joined value.
        Assert.True(Sdk.Validate(Url, form, TwilioSignature.Sign(Url, [new("Sid", "CA123"), new("SidAccount", "AC123"), new("Digits", "5678,1234,1234")], AuthToken)));
    }

    /// <summary>Divergence 2: an empty signature is a refusal for us, an exception in the SDK.</summary>
    [Fact]
    public void OnAnEmptySignatureOnlyOursAnswersFalse()
    {
        Assert.False(TwilioSignature.Validate(Url, CallParameters, "", AuthToken));
        Assert.ThrowsAny<Exception>(() => Sdk.Validate(Url, CallParameters, ""));
    }

    /// <summary>
    /// Divergence 3 (found by the random requests): a URL that names its default port (<c>:443</c>, <c>:80</c>) is signed by
    /// Twilio either way; the SDK accepts only the signature over the URL as written, ours also the one without the port.
    /// </summary>
    [Fact]
    public void OnAnExplicitDefaultPortOnlyOursAcceptsTheSignatureWithoutIt()
    {
        // The official signature over https://mycompany.com/myapp.php?foo=1&bar=2, presented for the URL with ":443".
        Assert.True(TwilioSignature.Validate("https://mycompany.com:443/myapp.php?foo=1&bar=2", CallParameters, "RSOYDt4T1cUTdK1PDd93/VVr8B8=", AuthToken));
        Assert.False(Sdk.Validate("https://mycompany.com:443/myapp.php?foo=1&bar=2", CallParameters, "RSOYDt4T1cUTdK1PDd93/VVr8B8="));
    }

    [Fact]
    public void BothAgreeOnRandomRequests()
    {
        var random = new Random(20261128);
        for (var i = 0; i < 400; i++)
        {
            var url = RandomUrl(random);
            var parameters = RandomParameters(random);
            var token = RandomText(random, 8, 40, Alphanumeric);
            var sdk = new RequestValidator(token);
            var signature = TwilioSignature.Sign(url, parameters, token);
            var context = $"case {i}: {url} with {parameters.Count} fields";

            Assert.True(sdk.Validate(url, parameters, signature), context);
            Assert.True(TwilioSignature.Validate(url, parameters, signature, token), context);

            // Signed over the other port variant (the port dropped, or the default one added): both accept, except divergence 3.
            var variant = OtherPortVariant(url);
            var variantSignature = TwilioSignature.Sign(variant, parameters, token);
            Assert.True(TwilioSignature.Validate(url, parameters, variantSignature, token), context);
            Assert.Equal(!HasExplicitDefaultPort(url), sdk.Validate(url, parameters, variantSignature)); // divergence 3, below

            // Tampered: a changed value, or another token.
            if (parameters.Count > 0)
            {
                var tampered = new Dictionary<string, string>(parameters) { [parameters.Keys.First()] = parameters.Values.First() + "x" };
                Assert.False(sdk.Validate(url, tampered, signature), context);
                Assert.False(TwilioSignature.Validate(url, tampered, signature, token), context);
            }

            var otherToken = TwilioSignature.Sign(url, parameters, token + "0");
            Assert.False(sdk.Validate(url, parameters, otherToken), context);
            Assert.False(TwilioSignature.Validate(url, parameters, otherToken, token), context);
        }
    }

    private const string Alphanumeric = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

    // Text a caller or Twilio could send: spaces, punctuation, '+', '&', '=', non-ASCII letters, an emoji.
    private const string FieldCharacters = Alphanumeric + " +-_.,:;!?&=%/'\"()éüßçñ日本語";

    private static string RandomUrl(Random random)
    {
        var scheme = random.Next(2) == 0 ? "https" : "http";
        var host = RandomText(random, 3, 12, "abcdefghijklmnopqrstuvwxyz0123456789") + (random.Next(2) == 0 ? ".com" : ".example.org");
        var port = random.Next(4) switch
        {
            0 => "",
            1 => scheme == "https" ? ":443" : ":80",
            _ => ":" + random.Next(1024, 65535).ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        var path = string.Concat(Enumerable.Range(0, random.Next(0, 4)).Select(_ => "/" + RandomText(random, 1, 10, Alphanumeric + "-_.")));
        var query = random.Next(3) == 0
            ? ""
            : "?" + string.Join("&", Enumerable.Range(0, random.Next(1, 4)).Select(_ =>
                RandomText(random, 1, 6, Alphanumeric) + "=" + Uri.EscapeDataString(RandomText(random, 0, 10, FieldCharacters))));
        return $"{scheme}://{host}{port}{(path.Length == 0 ? "/" : path)}{query}";
    }

    private static Dictionary<string, string> RandomParameters(Random random)
    {
        var parameters = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var count = random.Next(0, 12); parameters.Count < count;)
        {
            parameters[RandomText(random, 1, 14, Alphanumeric)] = RandomText(random, 0, 30, FieldCharacters);
        }

        return parameters;
    }

    private static bool HasExplicitDefaultPort(string url) => new Uri(url) is { IsDefaultPort: true } uri && url.Contains($"{uri.Host}:{uri.Port}", StringComparison.Ordinal);

    private static string OtherPortVariant(string url)
    {
        var uri = new Uri(url);
        var authority = $"{uri.Scheme}://{uri.Host}";
        var explicitPort = url.AsSpan(authority.Length).StartsWith(":");
        var rest = url[(authority.Length + (explicitPort ? 1 + uri.Port.ToString(System.Globalization.CultureInfo.InvariantCulture).Length : 0))..];
        return explicitPort ? authority + rest : $"{authority}:{uri.Port}{rest}";
    }

    private static string RandomText(Random random, int min, int max, string alphabet)
    {
        var text = new StringBuilder();
        for (var length = random.Next(min, max + 1); text.Length < length;)
        {
            text.Append(alphabet[random.Next(alphabet.Length)]);
        }

        return text.ToString();
    }
}
