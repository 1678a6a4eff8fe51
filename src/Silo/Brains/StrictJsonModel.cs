using System.ClientModel;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using OpenAI.Chat;

namespace Concierge.Silo.Brains;

/// <summary>
/// The one way the app asks the configured model (OpenAI or Azure OpenAI's v1 endpoint) for JSON: a chat completion held to
/// a <see cref="StrictJsonFormat"/>, within a deadline, its answer read by the caller's own validation. One instance (one
/// client) per configuration. Every failure (HTTP error, unreachable endpoint, timeout, refusal, truncation, malformed or
/// invalid JSON) is a <see cref="ModelAnswerException"/>, or <see cref="OperationCanceledException"/> when the caller's token
/// fires, so the caller falls back on its offline counterpart. Logs carry status codes and exception types, never content.
/// </summary>
public sealed partial class StrictJsonModel
{
    private readonly ChatClient chat;

    /// <param name="options">Validated settings; <see cref="ModelProvider.Offline"/> is refused.</param>
    /// <param name="deadline">How long one answer may take, network and all.</param>
    /// <param name="httpClient">Optional transport (e.g. from IHttpClientFactory); the library's shared one otherwise.</param>
    public StrictJsonModel(ModelOptions options, TimeSpan deadline, HttpClient? httpClient = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Provider == ModelProvider.Offline)
        {
            throw new ArgumentException(
                $"{ModelOptions.SectionName}:Provider is Offline; asking a model needs OpenAI or AzureOpenAI.", nameof(options));
        }

        var problems = options.Validate();
        if (problems.Count > 0)
        {
            throw new ArgumentException(string.Join(" ", problems), nameof(options));
        }

        Name = options.Provider == ModelProvider.AzureOpenAI ? $"azure-openai:{options.Name}" : $"openai:{options.Name}";
        Deadline = deadline;
        chat = OpenAiClientSettings.Chat(options, deadline, httpClient);
    }

    /// <summary>Who answers ("openai:gpt-4o-mini", "azure-openai:DEPLOYMENT"), recorded with what it produced.</summary>
    public string Name { get; }

    public TimeSpan Deadline { get; }

    /// <summary>
    /// Sends <paramref name="messages"/> held to <paramref name="format"/> and returns what <paramref name="read"/> makes of
    /// the answer's JSON object; <paramref name="read"/> throws <see cref="ModelAnswerException"/> for an invalid answer.
    /// </summary>
    /// <param name="logger">The asker's logger, so failures are logged under the feature that asked.</param>
    public async Task<T> AskAsync<T>(
        IReadOnlyList<ChatMessage> messages, StrictJsonFormat format, Func<JsonElement, T> read, ILogger logger, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(format);
        ArgumentNullException.ThrowIfNull(read);
        ArgumentNullException.ThrowIfNull(logger);
        var completion = await CompleteAsync(messages, format, logger, cancellationToken);
        try
        {
            return read(ModelJson.ParseObject(Text(completion)));
        }
        catch (ModelAnswerException ex)
        {
            LogUnusable(logger, Name, format.Name, ex.Message); // names the faulty field, never its content
            throw;
        }
    }

    private async Task<ChatCompletion> CompleteAsync(
        IReadOnlyList<ChatMessage> messages, StrictJsonFormat format, ILogger logger, CancellationToken cancellationToken)
    {
        var request = new ChatCompletionOptions { ResponseFormat = format.ResponseFormat, MaxOutputTokenCount = format.MaxOutputTokens };
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(Deadline);
        try
        {
            return (await chat.CompleteChatAsync(messages, request, deadline.Token)).Value;
        }
        catch (ClientResultException ex) when (ex.Status != 0)
        {
            // The library's message quotes the response body; only the status travels on, so no body text reaches a log.
            LogHttpError(logger, Name, format.Name, ex.Status);
            throw new ModelAnswerException($"The model endpoint answered HTTP {ex.Status}.", statusCode: ex.Status);
        }
        catch (ClientResultException ex)
        {
            var cause = (ex.InnerException ?? ex).GetType().Name;
            LogUnreachable(logger, Name, format.Name, cause);
            throw new ModelAnswerException($"The model endpoint could not be reached ({cause}).", ex);
        }
        catch (JsonException ex)
        {
            // A 200 whose body is not a chat completion (a proxy's error page, a truncated body). The exception's
            // message gives a position, not the body.
            LogNotACompletion(logger, Name, format.Name, ex.GetType().Name);
            throw new ModelAnswerException("The model endpoint's response is not a chat completion.", ex);
        }
        catch (Exception ex) when (ex is Polly.Timeout.TimeoutRejectedException || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            // Not the caller's token: the deadline above, the HTTP pipeline's total timeout or the client's network timeout fired.
            LogLate(logger, Name, format.Name, Deadline.TotalMilliseconds);
            throw new ModelAnswerException($"The model did not answer within {Deadline.TotalMilliseconds:0} ms.", ex);
        }
    }

    /// <summary>The answer's text once the completion ended normally. Its getters read choices[0]: an envelope without a choice makes them throw.</summary>
    private static string Text(ChatCompletion completion)
    {
        string? refusal;
        ChatFinishReason finishReason;
        string text;
        try
        {
            text = string.Concat(completion.Content.Where(part => part.Kind == ChatMessageContentPartKind.Text).Select(part => part.Text));
            (refusal, finishReason) = (completion.Refusal, completion.FinishReason);
        }
        catch (ArgumentOutOfRangeException ex)
        {
            throw new ModelAnswerException("The model's response carries no choice.", ex);
        }

        if (!string.IsNullOrEmpty(refusal))
        {
            throw new ModelAnswerException("The model refused to answer.");
        }

        return finishReason == ChatFinishReason.Stop
            ? text
            : throw new ModelAnswerException($"The model stopped early (finish reason {finishReason}); its answer is incomplete.");
    }

    [LoggerMessage(EventId = 4301, Level = LogLevel.Warning, Message = "Model {Model} ({Format}) failed: the endpoint answered HTTP {StatusCode}")]
    private static partial void LogHttpError(ILogger logger, string model, string format, int statusCode);

    [LoggerMessage(EventId = 4302, Level = LogLevel.Warning, Message = "Model {Model} ({Format}) failed: the endpoint could not be reached ({ExceptionType})")]
    private static partial void LogUnreachable(ILogger logger, string model, string format, string exceptionType);

    [LoggerMessage(EventId = 4303, Level = LogLevel.Warning, Message = "Model {Model} ({Format}) failed: the response is not a chat completion ({ExceptionType})")]
    private static partial void LogNotACompletion(ILogger logger, string model, string format, string exceptionType);

    [LoggerMessage(EventId = 4304, Level = LogLevel.Warning, Message = "Model {Model} ({Format}) failed: no answer within {DeadlineMs} ms")]
    private static partial void LogLate(ILogger logger, string model, string format, double deadlineMs);

    [LoggerMessage(EventId = 4305, Level = LogLevel.Warning, Message = "Model {Model} ({Format}) gave an unusable answer: {Problem}")]
    private static partial void LogUnusable(ILogger logger, string model, string format, string problem);
}
