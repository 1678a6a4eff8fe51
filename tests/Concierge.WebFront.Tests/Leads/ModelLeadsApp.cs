using Concierge.TestSupport;

namespace Concierge.WebFront.Tests.Leads;

/// <summary>
/// <see cref="LeadsApp"/> with a model configured (<c>Concierge:Model:*</c>) on a fake chat-completions server, asked after
/// a call within a 3 s deadline so a late model costs a test little.
/// </summary>
public sealed class ModelLeadsApp : LeadsApp
{
    public const int AfterCallDeadlineMs = 3000;

    public FakeChatCompletionsServer Model { get; private set; } = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Model = await FakeChatCompletionsServer.StartAsync();
        Model.Configure(Settings, "sk-fake-model");
        Settings["Concierge:Model:AfterCallDeadlineMs"] = AfterCallDeadlineMs.ToString(System.Globalization.CultureInfo.InvariantCulture);
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
