using System.Text.Json;
using Concierge.Grains.Notes;
using Concierge.Grains.Notes.Offline;
using Concierge.TestSupport;

namespace Concierge.WebFront.Tests.Notes;

/// <summary>
/// With a model configured, notes are classified and summarised by the model under a strict schema, in the note's
/// language; an invalid answer leaves the note to the offline reader. Either way the note says who read it.
/// </summary>
public sealed class ModelNoteReadingTests(ModelNotesApp app) : IClassFixture<ModelNotesApp>
{
    private const string FrenchJob = "Remplacer la vanne de la chaudière chez Mme Martin, 12 rue Lepic, avant vendredi. Prévoir une vanne 22 mm.";

    private const string FrenchJobReading = """
        {"intent":"job","language":"fr","summary":{"title":"Vanne de chaudière à remplacer","location":"12 rue Lepic","customer":"Mme Martin",
         "actions":["Remplacer la vanne de la chaudière"],"dueDate":"avant vendredi","materials":["vanne 22 mm"],"topic":null,"keyPoints":[]}}
        """;

    private const string Said = "How to bleed a radiator: turn the heating off, open the valve a quarter turn, close it when water comes out.";

    private static readonly byte[] Recording = [0x4F, 0x67, 0x67, 0x53, 0x00, 0x02, 0x2A, 0x17];

    [Fact]
    public async Task ATextNoteIsClassifiedAndSummarisedByTheModelInItsLanguageUnderAStrictSchema()
    {
        app.Model.Content = FrenchJobReading;
        var company = await app.NewCompanyAsync();
        var sid = NotesApp.NewMessageSid();
        var requestsBefore = app.Model.Requests.Count;

        using var acknowledged = await app.SendMessageAsync(sid, company.Sender, company.Number, FrenchJob);
        var note = await NotesApp.SettledNoteAsync(company.Api, sid);

        Assert.Equal(("processed", "job", "fr", "openai:gpt-4o-mini"), (Text(note, "status"), Text(note, "intent"), Text(note, "language"), Text(note, "readBy")));
        var summary = note.GetProperty("summary");
        Assert.Equal(("Vanne de chaudière à remplacer", "12 rue Lepic", "Mme Martin", "avant vendredi"),
            (Text(summary, "title"), Text(summary, "location"), Text(summary, "customer"), Text(summary, "dueDate")));
        Assert.Equal(["vanne 22 mm"], summary.GetProperty("materials").EnumerateArray().Select(m => m.GetString()));
        Assert.Equal("Enregistré comme chantier : Vanne de chaudière à remplacer",
            Assert.Single(app.Twilio.MessagesSent, m => m.Value("To") == company.Sender).Value("Body"));

        var request = Assert.Single(app.Model.Requests.Skip(requestsBefore));
        var format = request.Body["response_format"]!;
        Assert.Equal(("json_schema", "note_reading", true), (format["type"]!.GetValue<string>(), format["json_schema"]!["name"]!.GetValue<string>(),
            format["json_schema"]!["strict"]!.GetValue<bool>()));
        var schema = request.ResponseSchema;
        Assert.Equal(["job", "knowledge", "other"], schema["properties"]!["intent"]!["enum"]!.AsArray().Select(n => n!.GetValue<string>()));
        Assert.False(schema["properties"]!["summary"]!["additionalProperties"]!.GetValue<bool>());
        Assert.Equal(["system", "user"], request.Messages.Select(m => m.Role));
        Assert.Equal($"<note>\n{FrenchJob}\n</note>", request.Messages[1].Text);
    }

    [Theory]
    [InlineData("""{"intent":"recipe","language":"fr","summary":{"title":"x","location":null,"customer":null,"actions":[],"dueDate":null,"materials":[],"topic":null,"keyPoints":[]}}""")]
    [InlineData("""{"intent":"job","language":"fr","summary":{"title":" ","location":null,"customer":null,"actions":[],"dueDate":null,"materials":[],"topic":null,"keyPoints":[]}}""")]
    [InlineData("""{"intent":"job","language":"de"}""")]
    [InlineData("not json")]
    public async Task AnInvalidModelAnswerLeavesTheNoteToTheOfflineReaderAndItIsAnsweredOnce(string answer)
    {
        app.Model.Content = answer;
        var company = await app.NewCompanyAsync();
        var sid = NotesApp.NewMessageSid();
        var requestsBefore = app.Model.Requests.Count;

        using var acknowledged = await app.SendMessageAsync(sid, company.Sender, company.Number, FrenchJob);
        var note = await NotesApp.SettledNoteAsync(company.Api, sid);

        var offline = OfflineNoteReader.Read(FrenchJob);
        Assert.True(app.Model.Requests.Count > requestsBefore);
        Assert.Equal(("processed", offline.Intent, offline.Language, "offline"), (Text(note, "status"), Text(note, "intent"), Text(note, "language"), Text(note, "readBy")));
        Assert.Equal(offline.Summary.Title, Text(note.GetProperty("summary"), "title"));
        Assert.Equal(0, note.GetProperty("attempts").GetInt32());
        Assert.Equal(NoteReplies.Processed(offline), Assert.Single(app.Twilio.MessagesSent, m => m.Value("To") == company.Sender).Value("Body"));
    }

    [Fact]
    public async Task AVoiceNoteIsTranscribedThenReadByTheModel()
    {
        app.Model.TranscriptionText = Said;
        app.Model.Content = """
            {"intent":"knowledge","language":"en","summary":{"title":"Bleeding a radiator","location":null,"customer":null,"actions":[],"dueDate":null,
             "materials":[],"topic":"Heating","keyPoints":["Turn the heating off","Open the valve a quarter turn","Close it when water comes out"]}}
            """;
        var company = await app.NewCompanyAsync();
        var sid = NotesApp.NewMessageSid();

        using var acknowledged = await app.SendMessageAsync(sid, company.Sender, company.Number, "", (app.Twilio.AddMedia(Recording, "audio/ogg"), "audio/ogg"));
        var note = await NotesApp.SettledNoteAsync(company.Api, sid);

        Assert.Equal(("processed", "knowledge", "openai:gpt-4o-mini"), (Text(note, "status"), Text(note, "intent"), Text(note, "readBy")));
        Assert.Equal(Said, Text(note, "text"));
        Assert.Equal(("Bleeding a radiator", "Heating"), (Text(note.GetProperty("summary"), "title"), Text(note.GetProperty("summary"), "topic")));
        Assert.Equal(3, note.GetProperty("summary").GetProperty("keyPoints").GetArrayLength());
        var upload = Assert.Single(app.Model.Transcriptions, t => t.File.SequenceEqual(Recording) && t.Headers.Authorization.ToString() == $"Bearer {ModelNotesApp.ApiKey}");
        Assert.Equal("/v1/audio/transcriptions", upload.Path);
        var read = Assert.Single(app.Model.Requests, r => r.Body.ToJsonString().Contains("bleed a radiator", StringComparison.Ordinal));
        Assert.Equal($"<note>\n{Said}\n</note>", read.Messages[1].Text);
        Assert.Equal("Saved as a knowledge note: Bleeding a radiator", Assert.Single(app.Twilio.MessagesSent, m => m.Value("To") == company.Sender).Value("Body"));
    }

    private static string? Text(JsonElement parent, string field) => parent.GetProperty(field).GetString();
}
