using System.Net;
using System.Net.Http.Json;

namespace Concierge.Simulator.Load;

/// <summary>
/// Puts a caller's number on the owner's exception list through the REST API (<c>POST /api/exceptions</c>,
/// header <c>X-Api-Key</c>), so the "exception" scenario is put straight through. Added (201), restored after a removal (200)
/// and already listed (409) all leave the number on the list.
/// </summary>
public sealed class ExceptionRegistrar(HttpClient http, string apiKey)
{
    public async Task RegisterAsync(string phone, string name, CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/exceptions", UriKind.Relative))
        {
            Content = JsonContent.Create(new { phone, name, category = "family", note = "added by the call simulator" }),
        };
        request.Headers.Add("X-Api-Key", apiKey);
        using var response = await http.SendAsync(request, cancellationToken);
        if (response.StatusCode is not (HttpStatusCode.Created or HttpStatusCode.OK or HttpStatusCode.Conflict))
        {
            throw new HttpRequestException(
                $"POST /api/exceptions answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(cancellationToken)}", null, response.StatusCode);
        }
    }
}
