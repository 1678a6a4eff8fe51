using System.Text;
using Concierge.Grains.Interfaces.Twilio;

namespace Concierge.Silo.Tests.Twilio;

/// <summary>Official vectors from Twilio's helper libraries (token 12345); see /work/shared/TWILIO.md.</summary>
public sealed class TwilioSignatureTests
{
    private const string AuthToken = "12345";
    private const string Url = "https://mycompany.com/myapp.php?foo=1&bar=2";

    // Deliberately out of order: signing sorts them.
    private static readonly KeyValuePair<string, string>[] CallParameters =
    [
        new("CallSid", "CA1234567890ABCDE"),
        new("From", "+14158675309"),
        new("Digits", "1234"),
        new("To", "+18005551212"),
        new("Caller", "+14158675309"),
    ];

    private static readonly KeyValuePair<string, string>[] RepeatedKeyParameters =
    [
        new("Sid", "CA123"),
        new("SidAccount", "AC123"),
        new("Digits", "5678"),
        new("Digits", "1234"),
        new("Digits", "1234"),
    ];

    private static readonly byte[] JsonBody = Encoding.UTF8.GetBytes("""{"property": "value", "boolean": true}""");
    private const string JsonBodyHash = "0a1ff7634d9ab3b95db5c9a2dfe9416e41502b283a80c7cf19632632f96e6620";

    [Theory]
    [MemberData(nameof(OfficialSignatureVectors.AsRequested), MemberType = typeof(OfficialSignatureVectors))]
    [InlineData("https://MyCompany.com/myapp.php?foo=1&bar=2", "g9IN/x4Cft2g517EjYvEvM/W7LU=")]
    public void SignProducesTheOfficialSignatureForEachUrl(string url, string expected)
        => Assert.Equal(expected, TwilioSignature.Sign(url, CallParameters, AuthToken));

    [Theory]
    [MemberData(nameof(OfficialSignatureVectors.AsRequested), MemberType = typeof(OfficialSignatureVectors))]
    [InlineData("https://MyCompany.com/myapp.php?foo=1&bar=2", "g9IN/x4Cft2g517EjYvEvM/W7LU=")]
    [MemberData(nameof(OfficialSignatureVectors.OtherSpellings), MemberType = typeof(OfficialSignatureVectors))]
    public void ValidateAcceptsTheOfficialSignatureForEachUrl(string url, string signature)
        => Assert.True(TwilioSignature.Validate(url, CallParameters, signature, AuthToken));

    [Fact]
    public void ValidateRejectsASignatureOverAnotherNonDefaultPort()
        => Assert.False(TwilioSignature.Validate(
            "https://mycompany.com:1234/myapp.php?foo=1&bar=2", CallParameters, "Zmvh+3yNM1Phv2jhDCwEM3q5ebU=", AuthToken));

    [Fact]
    public void ValidateKeepsTheHostsCase()
        => Assert.False(TwilioSignature.Validate(Url, CallParameters, "g9IN/x4Cft2g517EjYvEvM/W7LU=", AuthToken));

    [Fact]
    public void RepeatedKeysAreSignedOncePerDistinctValueInOrder()
    {
        Assert.Equal("IK+Dwps556ElfBT0I3Rgjkr1wJU=", TwilioSignature.Sign(Url, RepeatedKeyParameters, AuthToken));
        Assert.Equal(
            "IK+Dwps556ElfBT0I3Rgjkr1wJU=",
            TwilioSignature.Sign(Url + "Digits1234Digits5678SidCA123SidAccountAC123", [], AuthToken));
        Assert.True(TwilioSignature.Validate(Url, RepeatedKeyParameters, "IK+Dwps556ElfBT0I3Rgjkr1wJU=", AuthToken));
    }

    [Fact]
    public void HashBodyIsTheLowercaseHexSha256OfTheRawBody()
        => Assert.Equal(JsonBodyHash, TwilioSignature.HashBody(JsonBody));

    [Fact]
    public void AddBodyHashAppendsBodySha256ToTheQuery()
        => Assert.Equal($"{Url}&bodySHA256={JsonBodyHash}", TwilioSignature.AddBodyHash(Url, JsonBody));

    [Fact]
    public void JsonBodySignatureCoversTheUrlAloneAndIsTheOfficialOne()
    {
        var url = $"{Url}&bodySHA256={JsonBodyHash}";

        Assert.Equal("a9nBmqA0ju/hNViExpshrM61xv4=", TwilioSignature.Sign(url, [], AuthToken));
        Assert.True(TwilioSignature.ValidateJsonBody(url, JsonBody, "a9nBmqA0ju/hNViExpshrM61xv4=", AuthToken));
    }

    [Fact]
    public void JsonBodyThatDoesNotMatchBodySha256IsRejected()
    {
        var url = $"{Url}&bodySHA256={JsonBodyHash}";
        var altered = Encoding.UTF8.GetBytes("""{"property": "value", "boolean": false}""");

        Assert.False(TwilioSignature.ValidateJsonBody(url, altered, "a9nBmqA0ju/hNViExpshrM61xv4=", AuthToken));
    }

    [Fact]
    public void JsonBodyWithoutBodySha256IsRejected()
        => Assert.False(TwilioSignature.ValidateJsonBody(Url, JsonBody, TwilioSignature.Sign(Url, [], AuthToken), AuthToken));

    [Fact]
    public void TamperedParameterIsRejected()
    {
        var tampered = CallParameters.Select(p => p.Key == "From" ? new KeyValuePair<string, string>("From", "+14155550100") : p);

        Assert.False(TwilioSignature.Validate(Url, tampered, "RSOYDt4T1cUTdK1PDd93/VVr8B8=", AuthToken));
    }

    [Fact]
    public void AddedParameterIsRejected()
        => Assert.False(TwilioSignature.Validate(
            Url, [.. CallParameters, new("CallStatus", "completed")], "RSOYDt4T1cUTdK1PDd93/VVr8B8=", AuthToken));

    [Fact]
    public void SignatureMadeWithAnotherTokenIsRejected()
        => Assert.False(TwilioSignature.Validate(Url, CallParameters, "RSOYDt4T1cUTdK1PDd93/VVr8B8=", "54321"));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void NoAuthTokenValidatesNothing(string? authToken)
        => Assert.False(TwilioSignature.Validate(Url, CallParameters, "RSOYDt4T1cUTdK1PDd93/VVr8B8=", authToken));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("RSOYDt4T1cUTdK1PDd93/VVr8B8")]
    public void MissingOrTruncatedSignatureIsRejected(string? signature)
        => Assert.False(TwilioSignature.Validate(Url, CallParameters, signature, AuthToken));

    [Fact]
    public void SignRoundTripsThroughValidate()
    {
        const string token = "a-different-token";
        KeyValuePair<string, string>[] parameters = [new("SpeechResult", "C'est Zoë & <Marc>"), new("Confidence", "0.9")];
        var url = "https://concierge.example.com/twilio/gather?turn=2&call=CA42";

        var signature = TwilioSignature.Sign(url, parameters, token);

        Assert.True(TwilioSignature.Validate(url, parameters, signature, token));
        Assert.False(TwilioSignature.Validate(url.Replace("turn=2", "turn=3", StringComparison.Ordinal), parameters, signature, token));
    }

    [Fact]
    public void JsonSignRoundTripsThroughValidateJsonBody()
    {
        var url = TwilioSignature.AddBodyHash("https://concierge.example.com/twilio/status", JsonBody);

        var signature = TwilioSignature.Sign(url, [], AuthToken);

        Assert.True(TwilioSignature.ValidateJsonBody(url, JsonBody, signature, AuthToken));
    }
}
