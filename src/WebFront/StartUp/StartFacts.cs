namespace Concierge.WebFront.StartUp;

/// <summary>What the start banner tells: where this instance is, what it runs on, and how to call it.</summary>
/// <param name="Dashboard">The address the app really listens on, as a browser on this machine reaches it.</param>
/// <param name="Database">Where the data is: the SQLite file, or the server and database (never a credential).</param>
/// <param name="Screener">Which brain screens calls.</param>
/// <param name="OwnerHasPhone">Whether calls can be put through; null when the store could not say.</param>
/// <param name="LocalAuthToken">The local Twilio token in use (Development without a configured one), else null.</param>
/// <param name="LocalAuthTokenFile">Where the local token is kept.</param>
/// <param name="PublicBaseUrl">The configured <c>Concierge:Twilio:PublicBaseUrl</c>, which signatures are checked against.</param>
internal sealed record StartFacts(
    Uri Dashboard,
    string Database,
    string Screener,
    bool? OwnerHasPhone,
    string? LocalAuthToken,
    string LocalAuthTokenFile,
    Uri? PublicBaseUrl);
