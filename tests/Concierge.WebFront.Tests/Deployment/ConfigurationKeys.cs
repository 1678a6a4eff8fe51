using Concierge.Silo.Brains;
using Concierge.Silo.Cluster;
using Concierge.Silo.Hosting;
using Concierge.Silo.Notes;
using Concierge.Silo.Storage;
using Concierge.Silo.Twilio;
using Concierge.WebFront.Twilio;

namespace Concierge.WebFront.Tests.Deployment;

/// <summary>The configuration keys the app reads, taken from its options types, to check deployment files set real ones.</summary>
internal static class ConfigurationKeys
{
    private static readonly Dictionary<string, Type> Sections = new(StringComparer.OrdinalIgnoreCase)
    {
        [TwilioOptions.SectionName] = typeof(TwilioOptions),
        [StorageOptions.SectionName] = typeof(StorageOptions),
        [ModelOptions.SectionName] = typeof(ModelOptions),
        [OwnerOptions.SectionName] = typeof(OwnerOptions),
        [SiloClusterOptions.SectionName] = typeof(SiloClusterOptions),
        [TranscriptionOptions.SectionName] = typeof(TranscriptionOptions),
    };

    /// <summary><c>Concierge__Twilio__AuthToken</c> → <c>Concierge:Twilio:AuthToken</c>.</summary>
    public static string FromEnvironmentName(string name) => name.Replace("__", ":", StringComparison.Ordinal);

    public static bool IsKnown(string key)
    {
        if (string.Equals(key, KeyVaultHostingExtensions.UriKey, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var split = key.LastIndexOf(':');
        return split > 0
            && Sections.TryGetValue(key[..split], out var options)
            && options.GetProperty(key[(split + 1)..], System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.IgnoreCase) is not null;
    }
}
