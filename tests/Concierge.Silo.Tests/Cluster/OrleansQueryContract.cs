using System.Text.RegularExpressions;

namespace Concierge.Silo.Tests.Cluster;

/// <summary>
/// What Orleans 10.4.2's ADO.NET clustering and reminders expect in <c>OrleansQuery</c>: every key must be there (the
/// provider fails at start-up otherwise) and binds exactly these parameters by name.
/// </summary>
internal static partial class OrleansQueryContract
{
    public static IReadOnlyDictionary<string, string[]> Clustering { get; } = new Dictionary<string, string[]>
    {
        ["InsertMembershipVersionKey"] = ["DeploymentId"],
        ["MembershipReadRowKey"] = ["DeploymentId", "Address", "Port", "Generation"],
        ["MembershipReadAllKey"] = ["DeploymentId"],
        ["InsertMembershipKey"] =
            ["DeploymentId", "Address", "Port", "Generation", "SiloName", "HostName", "Status", "ProxyPort", "StartTime", "IAmAliveTime", "Version"],
        ["UpdateMembershipKey"] = ["DeploymentId", "Address", "Port", "Generation", "Status", "SuspectTimes", "IAmAliveTime", "Version"],
        ["UpdateIAmAlivetimeKey"] = ["DeploymentId", "Address", "Port", "Generation", "IAmAliveTime"],
        ["GatewaysQueryKey"] = ["DeploymentId", "Status"],
        ["DeleteMembershipTableEntriesKey"] = ["DeploymentId"],
        ["CleanupDefunctSiloEntriesKey"] = ["DeploymentId", "IAmAliveTime"],
        ["CleanupDefunctSiloEntryKey"] = ["DeploymentId", "Address", "Port", "Generation", "SuspectTimes", "StartTime", "IAmAliveTime"],
    };

    public static IReadOnlyDictionary<string, string[]> Reminders { get; } = new Dictionary<string, string[]>
    {
        ["ReadReminderRowsKey"] = ["ServiceId", "GrainId"],
        ["ReadReminderRowKey"] = ["ServiceId", "GrainId", "ReminderName"],
        ["ReadRangeRows1Key"] = ["ServiceId", "BeginHash", "EndHash"],
        ["ReadRangeRows2Key"] = ["ServiceId", "BeginHash", "EndHash"],
        ["UpsertReminderRowKey"] = ["ServiceId", "GrainHash", "GrainId", "ReminderName", "StartTime", "Period"],
        ["DeleteReminderRowKey"] = ["ServiceId", "GrainId", "ReminderName", "Version"],
        ["DeleteReminderRowsKey"] = ["ServiceId"],
    };

    public static IEnumerable<KeyValuePair<string, string[]>> All => Clustering.Concat(Reminders);

    /// <summary>
    /// The <c>@Name</c>s a query text binds: every <c>@Name</c> (not <c>@@ROWCOUNT</c>) less the local variables it
    /// declares itself (SQL Server's <c>DECLARE @Changed</c>).
    /// </summary>
    public static IReadOnlySet<string> ParametersOf(string queryText)
    {
        var declared = DeclaredVariable().Matches(queryText).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
        return Parameter().Matches(queryText)
            .Select(m => m.Groups[1].Value)
            .Where(name => !declared.Contains(name))
            .ToHashSet(StringComparer.Ordinal);
    }

    [GeneratedRegex(@"(?<![@\w])@(\w+)")]
    private static partial Regex Parameter();

    [GeneratedRegex(@"\bDECLARE\s+@(\w+)", RegexOptions.IgnoreCase)]
    private static partial Regex DeclaredVariable();
}
