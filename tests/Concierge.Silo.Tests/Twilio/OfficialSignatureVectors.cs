namespace Concierge.Silo.Tests.Twilio;

/// <summary>
/// The official URL vectors (TWILIO.md, from twilio-csharp's own tests: auth token "12345", the voice call's parameters),
/// kept once for every test that checks a validator against them.
/// </summary>
public static class OfficialSignatureVectors
{
    /// <summary>Each URL as Twilio requested it, with the signature Twilio sends for it.</summary>
    public static TheoryData<string, string> AsRequested => new()
    {
        { "https://mycompany.com/myapp.php?foo=1&bar=2", "RSOYDt4T1cUTdK1PDd93/VVr8B8=" },
        { "https://mycompany.com:443/myapp.php?foo=1&bar=2", "kvajT1Ptam85bY51eRf/AJRuM3w=" },
        { "http://mycompany.com:80/myapp.php?foo=1&bar=2", "0ZXoZLH/DfblKGATFgpif+LLRf4=" },
        { "https://mycompany.com:1234/myapp.php?foo=1&bar=2", "CYn1h0gLBdNxDGkKJg6hYohgeD8=" },
        { "http://mycompany.com:1234/myapp.php?foo=1&bar=2", "Zmvh+3yNM1Phv2jhDCwEM3q5ebU=" },
    };

    /// <summary>Cross-checks: a signature over the URL without its port, or with the default port added, is accepted too.</summary>
    public static TheoryData<string, string> OtherSpellings => new()
    {
        { "https://mycompany.com:1234/myapp.php?foo=1&bar=2", "RSOYDt4T1cUTdK1PDd93/VVr8B8=" },
        { "https://mycompany.com/myapp.php?foo=1&bar=2", "kvajT1Ptam85bY51eRf/AJRuM3w=" },
        { "http://mycompany.com/myapp.php?foo=1&bar=2", "0ZXoZLH/DfblKGATFgpif+LLRf4=" },
    };
}
