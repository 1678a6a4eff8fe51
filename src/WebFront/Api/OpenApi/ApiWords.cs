using Concierge.Grains.Interfaces.Calls;
using Concierge.Grains.Interfaces.Companies;
using Concierge.Grains.Interfaces.Screening;

namespace Concierge.WebFront.Api.OpenApi;

/// <summary>The closed sets of words the API's text fields hold, named so an attribute can point at one.</summary>
public enum ApiWordList
{
    CallDecision,
    CallStatus,
    CallCategory,
    Speaker,
    ExceptionCategory,
}

public static class ApiWords
{
    private static readonly IReadOnlyList<string> CallCategories = [.. Enum.GetNames<CallCategory>().Select(name => name.ToLowerInvariant())];

    /// <summary>The words of <paramref name="list"/>, as the API writes and reads them.</summary>
    public static IReadOnlyList<string> Of(ApiWordList list) => list switch
    {
        ApiWordList.CallDecision => CallDecisions.All,
        ApiWordList.CallStatus => CallStatuses.All,
        ApiWordList.CallCategory => CallCategories,
        ApiWordList.Speaker => TurnSpeakers.All,
        ApiWordList.ExceptionCategory => ExceptionCategories.All,
        _ => throw new ArgumentOutOfRangeException(nameof(list), list, null),
    };
}
