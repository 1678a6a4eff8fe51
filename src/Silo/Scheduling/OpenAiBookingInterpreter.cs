using System.ClientModel;
using System.Globalization;
using System.Text;
using Concierge.Grains.Interfaces.Scheduling;
using Concierge.Silo.Brains;
using Microsoft.Extensions.Logging;
using OpenAI.Chat;

namespace Concierge.Silo.Scheduling;

/// <summary>
/// Reads a booking turn through the configured model (OpenAI or Azure OpenAI's v1 endpoint, <c>Concierge:Model</c>): one
/// chat completion that must call exactly one of <see cref="BookingTools"/>, within the screener's deadline. A failure
/// throws and a garbled call gives null; either way the dialogue reads the turn offline. Logs carry tool names, status
/// codes and exception types, never the caller's words.
/// </summary>
public sealed class OpenAiBookingInterpreter : IBookingInterpreter
{
    /// <summary>A tool call is a few dozen tokens; the cap only stops a runaway answer.</summary>
    private const int MaxOutputTokens = 200;

    private readonly ChatClient chat;
    private readonly TimeSpan deadline;
    private readonly ILogger<OpenAiBookingInterpreter> logger;

    public OpenAiBookingInterpreter(ModelOptions options, ILogger<OpenAiBookingInterpreter> logger, HttpClient? httpClient = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        Name = options.Provider == ModelProvider.AzureOpenAI ? $"azure-openai:{options.Name}" : $"openai:{options.Name}";
        deadline = options.Deadline;
        this.logger = logger;
        chat = OpenAiClientSettings.Chat(options, options.Deadline, httpClient);
    }

    public string Name { get; }

    public async Task<BookingToolCall?> InterpretAsync(BookingTurn turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var request = new ChatCompletionOptions
        {
            ToolChoice = ChatToolChoice.CreateRequiredChoice(),
            AllowParallelToolCalls = false,
            MaxOutputTokenCount = MaxOutputTokens,
        };
        foreach (var tool in BookingTools.All())
        {
            request.Tools.Add(tool);
        }

        using var late = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        late.CancelAfter(deadline);
        ChatCompletion completion;
        try
        {
            completion = (await chat.CompleteChatAsync([new SystemChatMessage(Instructions(turn)), new UserChatMessage(turn.Speech)], request, late.Token)).Value;
        }
        catch (ClientResultException e)
        {
            // The library's message quotes the response body: only the status is logged.
            logger.LogWarning("Booking interpreter {Model} failed: HTTP {StatusCode}", Name, e.Status);
            throw;
        }

        if (completion.ToolCalls is not [var call, ..])
        {
            logger.LogWarning("Booking interpreter {Model} answered without a tool call ({FinishReason})", Name, completion.FinishReason);
            return null;
        }

        var read = BookingTools.Read(call.FunctionName, call.FunctionArguments.ToString(), out var problem);
        if (read is null)
        {
            logger.LogWarning("Booking interpreter {Model} called {Tool} with {Problem}", Name, call.FunctionName, problem);
        }

        return read;
    }

    /// <summary>What the model needs to read the turn: today, the types, what was just asked and offered.</summary>
    private static string Instructions(BookingTurn turn)
    {
        var text = new StringBuilder()
            .AppendLine("You read one caller turn of a phone call in which a receptionist books, moves or cancels appointments.")
            .AppendLine("Call exactly one tool that says what the caller's words mean. Resolve relative dates against today. Never invent a date, time or reference the caller did not say.")
            .AppendLine(CultureInfo.InvariantCulture, $"Language of the call: {turn.Language}. Today: {turn.Today:yyyy-MM-dd} ({turn.Today.DayOfWeek}).")
            .AppendLine(CultureInfo.InvariantCulture, $"Appointment types: {string.Join(", ", turn.AppointmentTypes)}.")
            .AppendLine(CultureInfo.InvariantCulture, $"The receptionist just said: \"{turn.Asked}\"");
        for (var i = 0; i < turn.Offered.Count; i++)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"Offered slot {i + 1}: {turn.Offered[i].Date:yyyy-MM-dd} at {turn.Offered[i].Start:HH\\:mm} ({turn.Offered[i].Date.DayOfWeek}).");
        }

        return text.ToString();
    }
}
