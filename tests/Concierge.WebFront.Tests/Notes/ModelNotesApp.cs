using Concierge.TestSupport;

namespace Concierge.WebFront.Tests.Notes;

/// <summary>
/// <see cref="NotesApp"/> with a model configured (<c>Concierge:Model:*</c>) on a fake OpenAI server, which also transcribes
/// voice notes (<c>Concierge:Transcription:Model</c>, its connection borrowed from the model's).
/// </summary>
public sealed class ModelNotesApp : NotesApp
{
    public const string ApiKey = "sk-fake-model";

    public FakeChatCompletionsServer Model { get; private set; } = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Model = await FakeChatCompletionsServer.StartAsync();
        Model.Configure(Settings, ApiKey);
        Settings["Concierge:Transcription:Model"] = "gpt-4o-mini-transcribe";
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (Model is not null)
        {
            await Model.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }
}
