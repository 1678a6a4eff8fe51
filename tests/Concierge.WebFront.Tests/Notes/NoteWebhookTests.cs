using System.Net;
using Concierge.Grains.Interfaces.Blobs;
using Concierge.Grains.Interfaces.Notes;
using Microsoft.Extensions.DependencyInjection;
using Concierge.WebFront.Tests.Api;

namespace Concierge.WebFront.Tests.Notes;

public sealed class NoteWebhookTests(NotesApp app) : IClassFixture<NotesApp>
{
    [Fact]
    public async Task TextNoteFromASenderIsClassifiedSummarisedStoredAndAnsweredOnce()
    {
        var company = await app.NewCompanyAsync();
        var sid = NotesApp.NewMessageSid();

        using var acknowledged = await app.SendMessageAsync(sid, company.Sender, company.Number, "Need to replace the boiler valve at 12 Rue Lepic for Mrs Martin, bring a 22mm valve and PTFE tape, by Friday.");
        var note = await NotesApp.SettledNoteAsync(company.Api, sid);

        Assert.Equal(HttpStatusCode.OK, acknowledged.StatusCode);
        Assert.Equal("<Response></Response>", await acknowledged.Content.ReadAsStringAsync());
        Assert.Equal("processed", note.GetProperty("status").GetString());
        Assert.Equal("job", note.GetProperty("intent").GetString());
        Assert.Equal("Mrs Martin", note.GetProperty("summary").GetProperty("customer").GetString());
        Assert.Equal(["full_text", "summary"], note.GetProperty("files").EnumerateArray().Select(f => f.GetString()));
        var reply = Assert.Single(app.Twilio.MessagesSent, m => m.Value("To") == company.Sender);
        Assert.Equal(company.Number, reply.Value("From"));
        Assert.Equal("Saved as a job: Need to replace the boiler valve at 12 Rue Lepic for Mrs Martin", reply.Value("Body"));
    }

    [Fact]
    public async Task FrenchWhatsAppNoteIsAnsweredInFrenchOnWhatsApp()
    {
        var company = await app.NewCompanyAsync();
        var sid = NotesApp.NewMessageSid();

        using var acknowledged = await app.SendMessageAsync(sid, $"whatsapp:{company.Sender}", $"whatsapp:{company.Number}", "Astuce : après avoir purgé les radiateurs, toujours remettre la pression à 1,2 bar.");
        var note = await NotesApp.SettledNoteAsync(company.Api, sid);

        Assert.Equal("knowledge", note.GetProperty("intent").GetString());
        Assert.Equal("whatsapp", note.GetProperty("channel").GetString());
        var reply = Assert.Single(app.Twilio.MessagesSent, m => m.Value("To") == $"whatsapp:{company.Sender}");
        Assert.Equal($"whatsapp:{company.Number}", reply.Value("From"));
        Assert.StartsWith("Enregistré dans la documentation : ", reply.Value("Body"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnauthorisedSenderGetsAPoliteReplyAndNothingIsStored()
    {
        var company = await app.NewCompanyAsync();
        var sid = NotesApp.NewMessageSid();

        using var answer = await app.SendMessageAsync(sid, Concierge.TestSupport.TestPhones.Next(), company.Number, "Replace the tap at 3 Park Avenue tomorrow.");

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Contains("<Message>Sorry, this number only takes notes from the company", await answer.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Null(await app.Grains.GetGrain<INoteGrain>(sid).GetAsync());
        await (await company.Api.GetAsync($"/api/notes/{sid}")).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task TwilioRetryingAMessageSidMakesOneNoteAndOneReply()
    {
        var company = await app.NewCompanyAsync();
        var sid = NotesApp.NewMessageSid();

        using var first = await app.SendMessageAsync(sid, company.Sender, company.Number, "Fix the leaking kitchen tap at 45 Oak Street tomorrow.");
        await NotesApp.SettledNoteAsync(company.Api, sid);
        using var retried = await app.SendMessageAsync(sid, company.Sender, company.Number, "Fix the leaking kitchen tap at 45 Oak Street tomorrow.");
        await Task.Delay(300);
        var list = await (await company.Api.GetAsync("/api/notes")).JsonAsync(HttpStatusCode.OK);

        Assert.Equal(HttpStatusCode.OK, retried.StatusCode);
        Assert.Single(list.GetProperty("items").EnumerateArray());
        Assert.Single(app.Twilio.MessagesSent, m => m.Value("To") == company.Sender);
    }

    [Fact]
    public async Task WrongTypeMediaIsRefusedWithAReply()
    {
        var company = await app.NewCompanyAsync();
        var sid = NotesApp.NewMessageSid();
        var picture = app.Twilio.AddMedia([0xFF, 0xD8, 0xFF], "image/jpeg");

        using var acknowledged = await app.SendMessageAsync(sid, company.Sender, company.Number, "", (picture, "image/jpeg"));
        var note = await NotesApp.SettledNoteAsync(company.Api, sid);

        Assert.Equal("refused", note.GetProperty("status").GetString());
        Assert.Contains("image/jpeg", note.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("Sorry, this message could not be saved", Assert.Single(app.Twilio.MessagesSent, m => m.Value("To") == company.Sender).Value("Body"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OversizeVoiceNoteIsRefusedWithAReply()
    {
        var company = await app.NewCompanyAsync();
        var sid = NotesApp.NewMessageSid();
        var voice = app.Twilio.AddMedia(new byte[NotesApp.MaxMediaBytes + 1], "audio/ogg");

        using var acknowledged = await app.SendMessageAsync(sid, company.Sender, company.Number, "", (voice, "audio/ogg"));
        var note = await NotesApp.SettledNoteAsync(company.Api, sid);

        Assert.Equal("refused", note.GetProperty("status").GetString());
        Assert.Contains("larger than", note.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Contains("larger than", Assert.Single(app.Twilio.MessagesSent, m => m.Value("To") == company.Sender).Value("Body"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task VoiceNoteWithoutATranscriptionModelIsStoredAndWaits()
    {
        var company = await app.NewCompanyAsync();
        var sid = NotesApp.NewMessageSid();
        var voice = app.Twilio.AddMedia([0x4F, 0x67, 0x67, 0x53], "audio/ogg");

        using var acknowledged = await app.SendMessageAsync(sid, company.Sender, company.Number, "", (voice, "audio/ogg"));
        var note = await NotesApp.SettledNoteAsync(company.Api, sid);

        Assert.Equal("<Response></Response>", await acknowledged.Content.ReadAsStringAsync());
        Assert.Equal("waiting", note.GetProperty("status").GetString());
        Assert.Equal(1, note.GetProperty("mediaCount").GetInt32());
        var kept = await app.Services.GetRequiredService<IBlobStore>().GetAsync($"{company.Id}/received/{sid}_media0.ogg");
        Assert.Equal([0x4F, 0x67, 0x67, 0x53], kept!.Content.ToArray());
        Assert.DoesNotContain(app.Twilio.MessagesSent, m => m.Value("To") == company.Sender);
    }

    [Fact]
    public async Task MessageWithoutAMessageSidIsRefusedNamingTheField()
    {
        var company = await app.NewCompanyAsync();

        var problem = await (await app.SendMessageAsync("", company.Sender, company.Number, "hello")).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.NotEmpty(problem.FieldError("MessageSid"));
    }
}
