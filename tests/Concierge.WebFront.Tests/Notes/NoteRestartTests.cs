using Concierge.Grains.Interfaces.Blobs;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Concierge.WebFront.Tests.Notes;

/// <summary>Two lives of one app on one store (SQLite file and blob folder): the first stops mid-note, the second finishes it.</summary>
public sealed class NoteRestartTests
{
    [Fact]
    public async Task NoteAcknowledgedBeforeAStopIsProcessedAndAnsweredAfterTheRestart()
    {
        await using var notes = new NotesApp();
        await ((IAsyncLifetime)notes).InitializeAsync();
        var sid = NotesApp.NewMessageSid();
        NotesCompany company;
        StalledBlobStore? stalled = null;
        await using (var first = notes.WithWebHostBuilder(web => web.ConfigureTestServices(services => services.AddSingleton<IBlobStore>(
            sp => stalled = new StalledBlobStore(sp.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping)))))
        {
            company = await NotesApp.NewCompanyAsync(first);
            using var acknowledged = await NotesApp.SendMessageAsync(first, sid, company.Sender, company.Number, "Blocked drain at the back of 33 Victoria Road, customer Mrs Lee, take the rods on Friday.");
            Assert.Equal(System.Net.HttpStatusCode.OK, acknowledged.StatusCode);
            await stalled!.Reached.WaitAsync(TimeSpan.FromSeconds(10)); // processing began after the acknowledgement and is stuck storing
        }

        Assert.Empty(notes.Twilio.MessagesSent);
        await using var second = notes.WithWebHostBuilder(_ => { });
        using var api = second.CreateClient();
        api.DefaultRequestHeaders.Add("X-Api-Key", company.Api.DefaultRequestHeaders.GetValues("X-Api-Key").Single());
        var note = await NotesApp.SettledNoteAsync(api, sid);

        Assert.Equal("processed", note.GetProperty("status").GetString());
        Assert.Equal("job", note.GetProperty("intent").GetString());
        Assert.StartsWith("Saved as a job: Blocked drain", Assert.Single(notes.Twilio.MessagesSent).Value("Body"), StringComparison.Ordinal);
    }

    /// <summary>A blob store whose writes never finish while the app runs (they fail once it stops): the app is stopped mid-note.</summary>
    private sealed class StalledBlobStore(CancellationToken stopping) : IBlobStore
    {
        private readonly TaskCompletionSource reached = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task Reached => reached.Task;

        public async Task PutAsync(string path, ReadOnlyMemory<byte> content, string contentType, CancellationToken cancellationToken = default)
        {
            reached.TrySetResult();
            using var either = CancellationTokenSource.CreateLinkedTokenSource(stopping, cancellationToken);
            await Task.Delay(Timeout.Infinite, either.Token);
        }

        public Task<StoredBlob?> GetAsync(string path, CancellationToken cancellationToken = default) => Task.FromResult<StoredBlob?>(null);

        public Task DeleteAsync(string path, CancellationToken cancellationToken = default) => Task.CompletedTask;
    }
}
