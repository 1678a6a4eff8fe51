using System.ClientModel;
using Concierge.Grains.Interfaces.Notes;
using Concierge.Silo.Brains;
using Concierge.Silo.Notes;
using Concierge.TestSupport;

namespace Concierge.Silo.Tests.Notes;

public sealed class OpenAiTranscriberTests : IAsyncLifetime
{
    private static readonly FetchedMedia VoiceNote = new(new byte[] { 0x4F, 0x67, 0x67, 0x53, 0x00, 0x02 }, "audio/ogg", "ogg");

    private FakeChatCompletionsServer server = null!;

    public async Task InitializeAsync() => server = await FakeChatCompletionsServer.StartAsync();

    public async Task DisposeAsync() => await server.DisposeAsync();

    [Fact]
    public async Task TranscriptionUploadsTheAudioWithTheModelAndReturnsTheText()
    {
        server.TranscriptionText = "Blocked drain at 33 Victoria Road.";

        var text = await Transcriber(new TranscriptionOptions { Model = "whisper-1", Endpoint = V1, ApiKey = "sk-transcribe" }).TranscribeAsync(VoiceNote);

        Assert.Equal("Blocked drain at 33 Victoria Road.", text);
        var upload = Assert.Single(server.Transcriptions);
        Assert.Equal(("/v1/audio/transcriptions", "whisper-1", "voice-note.ogg", "json"), (upload.Path, upload.Model, upload.FileName, upload.ResponseFormat));
        Assert.Equal(VoiceNote.Content.ToArray(), upload.File);
        Assert.Equal("Bearer sk-transcribe", upload.Headers.Authorization.ToString());
    }

    [Fact]
    public async Task AzureOpenAiBorrowsTheScreenersEndpointAndKeyAndSendsTheKeyInTheApiKeyHeader()
    {
        var screener = new ModelOptions { Provider = ModelProvider.AzureOpenAI, Endpoint = new Uri(server.BaseAddress, "openai/v1/").ToString(), ApiKey = "azure-key" };

        await Transcriber(new TranscriptionOptions { Model = "transcribe-deployment" }, screener).TranscribeAsync(VoiceNote);

        var upload = Assert.Single(server.Transcriptions);
        Assert.Equal(("/openai/v1/audio/transcriptions", "transcribe-deployment"), (upload.Path, upload.Model));
        Assert.Equal("azure-key", upload.Headers["api-key"].ToString());
        Assert.False(upload.Headers.ContainsKey("Authorization"));
    }

    [Fact]
    public async Task AudioTheServiceRejectsIsARefusalNotARetry()
    {
        server.FailNextTranscriptions(400);

        var refused = await Assert.ThrowsAsync<MediaRefusedException>(() => Transcriber(Configured()).TranscribeAsync(VoiceNote));

        Assert.Equal(OpenAiTranscriber.UnreadableAudio, refused.Message);
    }

    [Theory]
    [InlineData(500)]
    [InlineData(503)]
    [InlineData(429)]
    public async Task AServiceFailureSurfacesAsItIsForTheNoteToRetryAndIsNotRetriedByTheClient(int status)
    {
        server.FailNextTranscriptions(status);

        var failure = await Assert.ThrowsAsync<ClientResultException>(() => Transcriber(Configured()).TranscribeAsync(VoiceNote));

        Assert.Equal(status, failure.Status);
        Assert.Single(server.Transcriptions);
    }

    private string V1 => new Uri(server.BaseAddress, "v1").ToString();

    private TranscriptionOptions Configured() => new() { Model = "gpt-4o-mini-transcribe", Endpoint = V1, ApiKey = "sk-transcribe" };

    private static OpenAiTranscriber Transcriber(TranscriptionOptions options, ModelOptions? screener = null) => new(options, screener ?? new ModelOptions());
}
