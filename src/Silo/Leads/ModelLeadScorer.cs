using Concierge.Grains.Interfaces.Leads;
using Concierge.Silo.Brains;
using Microsoft.Extensions.Logging;

namespace Concierge.Silo.Leads;

/// <summary>
/// Scores a lead with the configured model (<see cref="StrictJsonModel"/>): the prompt of <see cref="LeadScoringPrompt"/>,
/// the schema and checks of <see cref="LeadScoringFormat"/>. Throws <see cref="ModelAnswerException"/> when there is no
/// valid answer in time; the lead then keeps its offline score.
/// </summary>
public sealed class ModelLeadScorer(StrictJsonModel model, ILogger<ModelLeadScorer> logger) : ILeadScorer
{
    public bool IsConfigured => true;

    public string Name => model.Name;

    public Task<LeadScoring> ScoreAsync(LeadScoringRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return model.AskAsync(
            LeadScoringPrompt.Build(request), LeadScoringFormat.For(request.Questions), answer => LeadScoringFormat.Read(answer, request.Questions),
            logger, cancellationToken);
    }
}
