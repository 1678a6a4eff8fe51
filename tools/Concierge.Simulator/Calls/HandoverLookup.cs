using System.Net;

namespace Concierge.Simulator.Calls;

/// <summary>
/// Plays the agent's system after a handover: looks the token up twice with the owner's API key
/// (<c>GET /api/handovers/{token}</c>, header <c>X-Api-Key</c>). The first look-up must find it, the second must not: a
/// token is read once.
/// </summary>
public sealed class HandoverLookup(HttpClient http, string apiKey)
{
    /// <exception cref="Protocol.UnexpectedWebhookResponseException">The token was not found once and then gone.</exception>
    public async Task CheckReadOnceAsync(string token, CancellationToken cancellationToken = default)
    {
        var first = await GetAsync(token, cancellationToken);
        var second = await GetAsync(token, cancellationToken);
        if (first != HttpStatusCode.OK || second != HttpStatusCode.NotFound)
        {
            throw new Protocol.UnexpectedWebhookResponseException(
                $"GET /api/handovers/{{token}} answered {(int)first} then {(int)second}; a handover is found once (200), then gone (404).");
        }
    }

    private async Task<HttpStatusCode> GetAsync(string token, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri($"/api/handovers/{Uri.EscapeDataString(token)}", UriKind.Relative));
        request.Headers.Add("X-Api-Key", apiKey);
        using var response = await http.SendAsync(request, cancellationToken);
        return response.StatusCode;
    }
}
