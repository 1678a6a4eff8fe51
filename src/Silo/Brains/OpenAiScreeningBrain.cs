using System.Diagnostics;
using Concierge.Grains.Interfaces.Screening;
using Microsoft.Extensions.Logging;

namespace Concierge.Silo.Brains;

/// <summary>
/// The model-backed screener: one strict-JSON answer per caller turn (<see cref="StrictJsonModel"/>), validated into a
/// <see cref="ScreeningDecision"/>. Every failure is a <see cref="ModelAnswerException"/> (or
/// <see cref="OperationCanceledException"/> when the caller's token fires), so the caller can fall back to the offline
/// screener. Logs carry status codes and exception types, never words, numbers or keys.
/// </summary>
public sealed class OpenAiScreeningBrain : IScreeningBrain
{
    private readonly StrictJsonModel model;
    private readonly ILogger<OpenAiScreeningBrain> logger;

    /// <param name="options">Validated settings; <see cref="ModelProvider.Offline"/> is refused.</param>
    /// <param name="logger">Receives failures (status codes, exception types) and decisions at debug level.</param>
    /// <param name="httpClient">Optional transport (e.g. from IHttpClientFactory); the library's shared one otherwise.</param>
    public OpenAiScreeningBrain(ModelOptions options, ILogger<OpenAiScreeningBrain> logger, HttpClient? httpClient = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logger);
        this.logger = logger;
        // The caller of a live call waits: the screener's deadline bounds the network too.
        model = new StrictJsonModel(options, options.Deadline, httpClient);
    }

    public string Name => model.Name;

    public async Task<ScreeningDecision> DecideAsync(ScreeningContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var started = Stopwatch.GetTimestamp();
        var decision = await model.AskAsync(
            ScreeningPrompt.Build(context), ScreeningDecisionSchema.For(context.IsLastTurn),
            answer => ScreeningDecisionParser.Read(answer, context.IsLastTurn), logger, cancellationToken);
        logger.LogDebug(
            "Screening brain {Brain} decided {Action} ({Category}, {Urgency}) in {ElapsedMs:0} ms",
            Name, decision.Action, decision.Category, decision.Urgency, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        return decision;
    }
}
