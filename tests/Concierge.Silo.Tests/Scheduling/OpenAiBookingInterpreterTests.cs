using System.Diagnostics;
using System.Text.Json.Nodes;
using Concierge.Grains.Interfaces.Scheduling;
using Concierge.Silo.Brains;
using Concierge.Silo.Scheduling;
using Concierge.Silo.Tests.Brains;
using Concierge.TestSupport;

namespace Concierge.Silo.Tests.Scheduling;

/// <summary>The model reading booking turns, against a fake chat-completions server answering with tool calls.</summary>
public sealed class OpenAiBookingInterpreterTests : IAsyncLifetime
{
    private static readonly DateOnly Today = new(2026, 11, 28);

    private readonly RecordingLogger<OpenAiBookingInterpreter> logger = new();
    private FakeChatCompletionsServer server = null!;

    public async Task InitializeAsync() => server = await FakeChatCompletionsServer.StartAsync();

    public async Task DisposeAsync() => await server.DisposeAsync();

    [Fact]
    public async Task FindSlotsCallIsReadIntoTypedValuesAndTheRequestRequiresOneOfTheBookingTools()
    {
        server.AnswerWithToolCalls(("find_slots", """{"date":"2026-12-01","time":"14:30","part_of_day":null,"appointment_type":"Haircut"}"""));

        var call = await Interpreter().InterpretAsync(Turn("Tuesday at half past two for a haircut"), CancellationToken.None);

        Assert.Equal(new BookingToolCall(BookingTool.FindSlots, new DateOnly(2026, 12, 1), new TimeOnly(14, 30), AppointmentType: "Haircut"), call);
        var body = server.SingleRequest.Body;
        Assert.Equal("required", body["tool_choice"]!.GetValue<string>());
        Assert.Equal(
            ["find_slots", "choose_offered", "answer_yes_no", "cancel_appointment", "move_appointment", "give_up", "not_about_booking"],
            body["tools"]!.AsArray().Select(tool => tool!["function"]!["name"]!.GetValue<string>()));
        Assert.All(body["tools"]!.AsArray(), tool => Assert.True(tool!["function"]!["strict"]!.GetValue<bool>()));
        var system = body["messages"]![0]!["content"]!.ToJsonString();
        Assert.Contains("Today: 2026-11-28 (Saturday)", system, StringComparison.Ordinal);
        Assert.Contains("Offered slot 1: 2026-12-01 at 10:00", system, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("choose_offered", """{"index":2}""", BookingTool.ChooseOffered)]
    [InlineData("answer_yes_no", """{"yes":false}""", BookingTool.AnswerYesNo)]
    [InlineData("cancel_appointment", """{"reference":"335 042"}""", BookingTool.CancelAppointment)]
    [InlineData("not_about_booking", "{}", BookingTool.NotAboutBooking)]
    public async Task EachToolIsReadAsItsOwnCall(string name, string arguments, BookingTool tool)
    {
        server.AnswerWithToolCalls((name, arguments));

        var call = await Interpreter().InterpretAsync(Turn("words"), CancellationToken.None);

        Assert.Equal(tool, call?.Tool);
        Assert.True(call!.Reference is null or "335042");
    }

    [Theory]
    [InlineData("find_slots", """{"date":"next Tuesday","time":null,"part_of_day":null,"appointment_type":null}""")]
    [InlineData("choose_offered", """{"index":"second"}""")]
    [InlineData("book_everything", "{}")]
    [InlineData("find_slots", "{not json")]
    public async Task GarbledToolCallIsNoneAndTheLogNamesTheProblemNotTheWords(string name, string arguments)
    {
        server.AnswerWithToolCalls((name, arguments));

        var call = await Interpreter().InterpretAsync(Turn("my secret words"), CancellationToken.None);

        Assert.Null(call);
        Assert.Contains(logger.Entries, entry => entry.Text.Contains(name, StringComparison.Ordinal));
        Assert.DoesNotContain(logger.Entries, entry => entry.Text.Contains("secret", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ModelLaterThanTheDeadlineIsGivenUpOn()
    {
        server.Delay = TimeSpan.FromSeconds(60);
        var elapsed = Stopwatch.StartNew();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Interpreter(deadlineMs: 500).InterpretAsync(Turn("tomorrow"), CancellationToken.None));

        Assert.True(elapsed.Elapsed < TimeSpan.FromSeconds(30), $"gave up after {elapsed.Elapsed}");
    }

    private OpenAiBookingInterpreter Interpreter(int deadlineMs = 20_000) => new(
        new ModelOptions { Provider = ModelProvider.OpenAI, Endpoint = new Uri(server.BaseAddress, "v1").ToString(), ApiKey = "sk-test", DeadlineMs = deadlineMs },
        logger);

    private static BookingTurn Turn(string speech) => new(
        speech, "I can offer on Tuesday 1 December at 10 am. Shall I book it?", "en-US", Today, ["Haircut"],
        [new FreeSlot(new DateOnly(2026, 12, 1), new TimeOnly(10, 0), new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero), "Haircut")]);
}
