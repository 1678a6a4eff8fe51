using System.Net;
using Concierge.TestSupport;

namespace Concierge.WebFront.Tests.Api;

/// <summary>
/// Names, notes, greetings and instructions are said to callers and owners: a control character in one is refused with
/// a 400 naming the field, as the dashboard's forms refuse it through the same rules.
/// </summary>
public sealed class ControlCharacterInputTests(ConciergeAppFactory app) : IClassFixture<ConciergeAppFactory>
{
    private readonly HttpClient api = app.Api();
    private readonly HttpClient admin = app.Api(ConciergeAppFactory.AdminKey);

    [Theory]
    [InlineData("\u0001")]
    [InlineData("\v")]
    [InlineData("\0")]
    [InlineData("\u007f")]
    [InlineData("\u0085")]
    public async Task AControlCharacterInAnExceptionsNameOrNoteIsABadRequestNamingEachField(string control)
    {
        using var added = await api.PostJsonAsync("/api/exceptions", new { phone = TestPhones.Next(), name = $"Mu{control}m", category = "family", note = $"any{control}time" });

        var problem = await added.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("control character", problem.FieldError("name"), StringComparison.Ordinal);
        Assert.Contains("control character", problem.FieldError("note"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AControlCharacterInAnExceptionsNewNameIsABadRequest()
    {
        var phone = TestPhones.Next();
        (await api.PostJsonAsync("/api/exceptions", new { phone, name = "Mum", category = "family" })).Dispose();

        using var updated = await api.PutJsonAsync($"/api/exceptions/{Uri.EscapeDataString(phone)}", new { name = "Mum\tHome", category = "family" });

        Assert.NotEmpty((await updated.ProblemAsync(HttpStatusCode.BadRequest)).FieldError("name"));
    }

    [Fact]
    public async Task ControlCharactersInACompanysNamesGreetingAndInstructionsAreRefusedNamingEachField()
    {
        using var created = await admin.PostJsonAsync("/api/companies", new
        {
            name = "Acme\u0001",
            ownerName = "Alex\u001b",
            greeting = "Welcome\vto Acme",
            screeningInstructions = "Always put through: school\u0000",
        });

        var problem = await created.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(problem.FieldError("name"));
        Assert.NotEmpty(problem.FieldError("ownerName"));
        Assert.NotEmpty(problem.FieldError("greeting"));
        Assert.NotEmpty(problem.FieldError("screeningInstructions"));
    }

    [Fact]
    public async Task NotesAndInstructionsMayStillSpanSeveralLines()
    {
        using var added = await api.PostJsonAsync("/api/exceptions", new { phone = TestPhones.Next(), name = "Gran", category = "family", note = "Mornings only.\r\nNot on Sundays.\tThanks" });
        using var created = await admin.PostJsonAsync("/api/companies", new
        {
            name = $"Lines {Guid.NewGuid():N}"[..14],
            screeningInstructions = "Always put through: school, Dr Patel\nNever put through: surveys",
        });

        await added.JsonAsync(HttpStatusCode.Created);
        await created.JsonAsync(HttpStatusCode.Created);
    }

    [Theory]
    [InlineData("%00")]
    [InlineData("kumquat%00")]
    [InlineData("%01%02")]
    public async Task ASearchWithAControlCharacterIsABadRequestNamingQNotAStoreOutage(string q)
    {
        using var response = await api.GetAsync($"/api/calls?q={q}");

        Assert.Contains("control character", (await response.ProblemAsync(HttpStatusCode.BadRequest)).FieldError("q"), StringComparison.Ordinal);
    }
}
