namespace Concierge.WebFront.StartUp;

/// <summary>How the app reads its configuration files (appsettings*.json).</summary>
public static class ConfigurationFiles
{
    /// <summary>
    /// The command line with the configuration files read once, at start-up: a changed file applies on restart, as Key
    /// Vault secrets do. Watching them meant watching the whole content root, where the SQLite database and its WAL live,
    /// so every write woke the file watcher (5–7% of the app's CPU under the media bench). The host reads this switch from
    /// the command line only, before the files are added.
    /// </summary>
    public static string[] ReadOnce(string[] args) => [.. args, "--hostBuilder:reloadConfigOnChange=false"];
}
