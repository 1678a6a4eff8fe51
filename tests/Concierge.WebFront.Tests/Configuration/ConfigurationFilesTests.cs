using Concierge.TestSupport;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Concierge.WebFront.Tests.Configuration;

/// <summary>
/// The settings files are read once: watching them watched the whole content root, where the SQLite database lives, and
/// every write woke the watcher.
/// </summary>
public sealed class ConfigurationFilesTests(ConciergeAppFactory app) : IClassFixture<ConciergeAppFactory>
{
    [Fact]
    public void TheSettingsFilesAreReadOnceAndNotWatched()
    {
        var root = (IConfigurationRoot)app.Services.GetRequiredService<IConfiguration>();

        var files = root.Providers.OfType<FileConfigurationProvider>().ToList();

        Assert.Contains(files, f => f.Source.Path == "appsettings.json");
        Assert.All(files, f => Assert.False(f.Source.ReloadOnChange, $"{f.Source.Path} is watched for changes"));
    }
}
