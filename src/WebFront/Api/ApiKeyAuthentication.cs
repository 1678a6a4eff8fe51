using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Concierge.Silo.Queries;
using Concierge.WebFront.Logging;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Concierge.WebFront.Api;

/// <summary>
/// Authenticates <c>X-Api-Key</c>: a company's key (looked up by its hash) or the operator's admin key.
/// A company key's principal carries its company id; every API query is scoped to it.
/// </summary>
public sealed class ApiKeyAuthentication(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    CompanyDirectory directory,
    IOptions<OperatorKeyOptions> operatorKeys,
    FailedKeyThrottle throttle,
    IProblemDetailsService problems) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string Header = "X-Api-Key";
    public const string CompanyClaim = "concierge:company";
    public const string KeyClaim = "concierge:key";
    public const string AdminRole = "admin";
    public const string AdminKeySetting = OperatorKeyOptions.AdminKeySetting;

    /// <summary>Set on a request refused for too many wrong keys: its challenge is a 429, not a 401.</summary>
    private static readonly object ThrottledItem = new();

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(Header, out var values) || values.Count != 1 || string.IsNullOrEmpty(values[0]))
        {
            return AuthenticateResult.NoResult();
        }

        var key = values[0]!;
        if (throttle.RetryAfter(Context, key) is { } wait)
        {
            Context.Items[ThrottledItem] = wait; // checked before the key, the admin key included: no guess is ever answered
            return AuthenticateResult.Fail("Too many wrong API keys.");
        }

        if (key.Length > CompanyKeys.MaxLength)
        {
            throttle.RecordFailure(Context, key);
            return AuthenticateResult.Fail("The API key is not valid.");
        }

        if (IsAdminKey(key))
        {
            return Success(new Claim(ClaimTypes.Role, AdminRole), new Claim(KeyClaim, "admin"));
        }

        var owner = await CompanyKeys.OwnerAsync(directory, key, Context.RequestAborted);
        if (Context.LogCorrelation() is { } correlation && owner is not null)
        {
            correlation.CompanyId = owner.CompanyId; // every later log line of this request names the company
        }

        if (owner is null)
        {
            throttle.RecordFailure(Context, key);
            return AuthenticateResult.Fail("The API key is not valid.");
        }

        return Success(new Claim(CompanyClaim, owner.CompanyId), new Claim(KeyClaim, owner.KeyId));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        if (Context.Items[ThrottledItem] is TimeSpan wait)
        {
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            Response.Headers.RetryAfter = RetryAfterSeconds(wait);
            await WriteProblemAsync("Too many wrong API keys from this client; retry after the time in Retry-After.");
            return;
        }

        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = $"{SchemeName} header=\"{Header}\"";
        await WriteProblemAsync("A valid API key is required in the X-Api-Key header.");
    }

    protected override async Task HandleForbiddenAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        await WriteProblemAsync("This API key may not use this operation.");
    }

    private Task WriteProblemAsync(string title) =>
        problems.WriteAsync(new ProblemDetailsContext { HttpContext = Context, ProblemDetails = { Title = title, Status = Response.StatusCode } }).AsTask();

    /// <summary>Whole seconds, at least one, as Retry-After wants them.</summary>
    public static string RetryAfterSeconds(TimeSpan wait) =>
        Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private bool IsAdminKey(string key) =>
        operatorKeys.Value.AdminKey is { Length: > 0 } admin
        && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(admin), Encoding.UTF8.GetBytes(key));

    private static AuthenticateResult Success(params Claim[] claims) =>
        AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName)), SchemeName));
}

public static class ApiPrincipal
{
    /// <summary>The company a company key belongs to (only called behind the company policy).</summary>
    public static string CompanyId(this ClaimsPrincipal user) =>
        user.FindFirstValue(ApiKeyAuthentication.CompanyClaim) ?? throw new InvalidOperationException("Not a company API key.");

    /// <summary>The key a company's user signed in or called with: the user whose calls are reviewed or unread.</summary>
    public static string KeyId(this ClaimsPrincipal user) =>
        user.FindFirstValue(ApiKeyAuthentication.KeyClaim) ?? throw new InvalidOperationException("No API key.");
}
