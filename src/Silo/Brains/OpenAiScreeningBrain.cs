using System.ClientModel;
using System.Diagnostics;
using System.Text.Json;
using Concierge.Grains.Interfaces.Screening;
using Microsoft.Extensions.Logging;
using OpenAI.Chat;

namespace Concierge.Silo.Brains;

/// <summary>
/// The model-backed screener: one chat completion per caller turn on OpenAI or Azure OpenAI's v1 endpoint, answered as
/// strict structured JSON and validated into a <see cref="ScreeningDecision"/>. Every failure is a
/// <see cref="ModelScreeningException"/> (or <see cref="OperationCanceledException"/> when the caller's token fires), so the
/// caller can fall back to the offline screener. Logs carry status codes and exception types, never words, numbers or keys.
/// </summary>
public sealed class OpenAiScreeningBrain : IScreeningBrain
{
    /// <summary>The JSON answer is ~100 tokens; the cap only stops a runaway answer from eating the deadline.</summary>
    private const int MaxOutputTokens = 500;

    private readonly ChatClient chat;
    private readonly ILogger<OpenAiScreeningBrain> logger;
    private readonly TimeSpan deadline;

    /// <param name="options">Validated settings; <see cref="ModelProvider.Offline"/> is refused.</param>
    /// <param name="logger">Receives failures (status codes, exception types) and decisions at debug level.</param>
    /// <param name="httpClient">Optional transport (e.g. from IHttpClientFactory); the library's shared one otherwise.</param>
    public OpenAiScreeningBrain(ModelOptions options, ILogger<OpenAiScreeningBrain> logger, HttpClient? httpClient = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logger);
        if (options.Provider == ModelProvider.Offline)
        {
            throw new ArgumentException(
                $"{ModelOptions.SectionName}:Provider is Offline; the model-backed screener needs OpenAI or AzureOpenAI.", nameof(options));
        }

        var problems = options.Validate();
        if (problems.Count > 0)
        {
            throw new ArgumentException(string.Join(" ", problems), nameof(options));
        }

        Name = options.Provider == ModelProvider.AzureOpenAI ? $"azure-openai:{options.Name}" : $"openai:{options.Name}";
        deadline = options.Deadline;
        this.logger = logger;
        chat = ScreeningChatClientFactory.Create(options, httpClient);
    }

    public string Name { get; }

    public async Task<ScreeningDecision> DecideAsync(ScreeningContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var started = Stopwatch.GetTimestamp();
        var completion = await CompleteAsync(context, cancellationToken);

        ScreeningDecision decision;
        try
        {
            decision = ScreeningDecisionParser.Parse(completion, context.IsLastTurn);
        }
        catch (ModelScreeningException ex)
        {
            // Parser messages name the faulty field, never its content.
            logger.LogWarning("Screening brain {Brain} gave an unusable answer: {Problem}", Name, ex.Message);
            throw;
        }

        logger.LogDebug(
            "Screening brain {Brain} decided {Action} ({Category}, {Urgency}) in {ElapsedMs:0} ms",
            Name, decision.Action, decision.Category, decision.Urgency, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        return decision;
    }

    private async Task<ChatCompletion> CompleteAsync(ScreeningContext context, CancellationToken cancellationToken)
    {
        var request = new ChatCompletionOptions
        {
            ResponseFormat = ScreeningDecisionSchema.For(context.IsLastTurn),
            MaxOutputTokenCount = MaxOutputTokens,
        };

        try
        {
            return (await chat.CompleteChatAsync(ScreeningPrompt.Build(context), request, cancellationToken)).Value;
        }
        catch (ClientResultException ex) when (ex.Status != 0)
        {
            // The library's message quotes the response body; only the status travels on, so no body text reaches a log.
            logger.LogWarning("Screening brain {Brain} failed: the endpoint answered HTTP {StatusCode}", Name, ex.Status);
            throw new ModelScreeningException($"The model endpoint answered HTTP {ex.Status}.", statusCode: ex.Status);
        }
        catch (ClientResultException ex)
        {
            var cause = (ex.InnerException ?? ex).GetType().Name;
            logger.LogWarning("Screening brain {Brain} failed: the endpoint could not be reached ({ExceptionType})", Name, cause);
            throw new ModelScreeningException($"The model endpoint could not be reached ({cause}).", ex);
        }
        catch (JsonException ex)
        {
            // A 200 whose body is not a chat completion (a proxy's error page, a truncated body). The exception's
            // message gives a position, not the body.
            logger.LogWarning("Screening brain {Brain} failed: the response is not a chat completion ({ExceptionType})", Name, ex.GetType().Name);
            throw new ModelScreeningException("The model endpoint's response is not a chat completion.", ex);
        }
        catch (Exception ex) when (ex is Polly.Timeout.TimeoutRejectedException || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            // Not the caller's token: the HTTP pipeline's total timeout or the client's network timeout (both the deadline) fired.
            logger.LogWarning("Screening brain {Brain} failed: no answer within {DeadlineMs} ms", Name, deadline.TotalMilliseconds);
            throw new ModelScreeningException($"The model did not answer within {deadline.TotalMilliseconds:0} ms.", ex);
        }
    }
}
