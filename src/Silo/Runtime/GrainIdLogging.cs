using Concierge.Grains.Interfaces.Phones;
using Orleans.Runtime;

namespace Concierge.Silo.Runtime;

/// <summary>Grain ids as they may appear in logs and error messages: caller grains are keyed by phone number.</summary>
internal static class GrainIdLogging
{
    public static string ForLogs(this GrainId id) => $"{id.Type}/{PhoneNumbersInText.Mask(id.Key)}";
}
