using System.ClientModel.Primitives;

namespace Concierge.Silo.Brains;

/// <summary>
/// Sends the key the way Azure OpenAI expects it for key authentication: in the <c>api-key</c> header. The OpenAI
/// client's stable constructors always send <c>Authorization: Bearer KEY</c>; Azure reads a bearer value as a Microsoft
/// Entra ID token, so that header is removed rather than sent alongside. Runs just before the transport, on every try.
/// </summary>
internal sealed class AzureApiKeyPolicy(string apiKey) : PipelinePolicy
{
    public const string HeaderName = "api-key";

    private const string AuthorizationHeader = "Authorization";

    public override void Process(PipelineMessage message, IReadOnlyList<PipelinePolicy> pipeline, int currentIndex)
    {
        Apply(message.Request);
        ProcessNext(message, pipeline, currentIndex);
    }

    public override ValueTask ProcessAsync(PipelineMessage message, IReadOnlyList<PipelinePolicy> pipeline, int currentIndex)
    {
        Apply(message.Request);
        return ProcessNextAsync(message, pipeline, currentIndex);
    }

    private void Apply(PipelineRequest request)
    {
        request.Headers.Remove(AuthorizationHeader);
        request.Headers.Set(HeaderName, apiKey);
    }
}
