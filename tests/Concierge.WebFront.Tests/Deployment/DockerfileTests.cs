using System.Globalization;
using System.Xml.Linq;
using Concierge.Silo.Cluster;
using Concierge.Silo.Storage;
using Concierge.TestSupport;
using Concierge.WebFront.Health;

namespace Concierge.WebFront.Tests.Deployment;

/// <summary>
/// The Dockerfile's invariants, checked as text (no Docker engine runs here; scripts/lint-deploy.sh also runs
/// dockerfile-utils over it).
/// </summary>
public sealed class DockerfileTests
{
    private static readonly string[] Lines = RepositoryFile.Lines("Dockerfile");

    private static IEnumerable<string> FinalStage => Lines.SkipWhile(line => line != Instructions("FROM").Last()).ToList();

    [Fact]
    public void BuildsWithTheSdkAndRunsOnTheAspNetRuntime()
    {
        Assert.Equal(
            ["FROM --platform=$BUILDPLATFORM mcr.microsoft.com/dotnet/sdk:10.0 AS build", "FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS final"],
            Instructions("FROM"));
        Assert.Contains(FinalStage, line => line.StartsWith("COPY --from=build /app/publish", StringComparison.Ordinal));
    }

    [Fact]
    public void ThePublishedAppIsPrecompiledForTheImagesArchitectureFromTheRestoreItWasGiven()
    {
        var restore = Assert.Single(Instructions("RUN"), line => line.Contains("dotnet restore", StringComparison.Ordinal));
        var publish = Lines.SkipWhile(line => !line.Contains("dotnet publish", StringComparison.Ordinal)).Take(2).ToList();

        Assert.Contains("ARG TARGETARCH", Lines);
        Assert.Contains("--arch \"$TARGETARCH\" -p:PublishReadyToRun=true", restore, StringComparison.Ordinal); // --no-restore needs these assets
        Assert.Contains("--no-restore --arch \"$TARGETARCH\"", publish[0], StringComparison.Ordinal);
        Assert.Contains("-p:PublishReadyToRun=true", publish[1], StringComparison.Ordinal);
    }

    [Fact]
    public void RunsAsTheImagesNonRootAppUser()
    {
        var users = FinalStage.Where(line => line.StartsWith("USER ", StringComparison.Ordinal)).ToList();

        Assert.Equal(["USER $APP_UID"], users);
        Assert.True(
            Array.IndexOf(Lines, "USER $APP_UID") < Array.FindIndex(Lines, line => line.StartsWith("ENTRYPOINT", StringComparison.Ordinal)),
            "the app must start after switching to the non-root user");
    }

    [Fact]
    public void ListensOnPort8080()
    {
        Assert.Contains(FinalStage, line => line.Contains("ASPNETCORE_HTTP_PORTS=8080", StringComparison.Ordinal));
        Assert.Contains("8080", ExposedPorts());
    }

    [Fact]
    public void ExposesTheSiloPortButNoGateway()
    {
        var defaults = new SiloClusterOptions();

        Assert.Equal(["8080", defaults.SiloPort.ToString(CultureInfo.InvariantCulture)], ExposedPorts());
        Assert.DoesNotContain(defaults.GatewayPort.ToString(CultureInfo.InvariantCulture), ExposedPorts()); // WebFront co-hosts the silo
    }

    [Fact]
    public void KeepsTheSqliteDefaultOnAVolumeTheAppUserOwns()
    {
        Assert.Equal("Data Source=./data/concierge.db", StorageOptions.DefaultSqliteConnectionString);
        Assert.Contains("WORKDIR /app", FinalStage);
        Assert.Equal(["VOLUME [\"/app/data\"]"], Instructions("VOLUME"));
        Assert.Contains(FinalStage, line => line == "RUN mkdir -p /app/data && chown \"$APP_UID\" /app/data");
    }

    [Fact]
    public void HealthCheckRunsTheAppsOwnLivenessProbe()
    {
        var healthCheck = string.Join(" ", Lines.SkipWhile(line => !line.StartsWith("HEALTHCHECK", StringComparison.Ordinal)).Take(2));

        Assert.Contains($"CMD [\"dotnet\", \"/app/Concierge.WebFront.dll\", \"{HealthProbe.Argument}\"]", healthCheck, StringComparison.Ordinal);
        Assert.Equal(["ENTRYPOINT [\"dotnet\", \"Concierge.WebFront.dll\"]"], Instructions("ENTRYPOINT"));
        Assert.Equal("Concierge.WebFront", typeof(HealthProbe).Assembly.GetName().Name);
    }

    [Fact]
    public void RestoreLayerCopiesEveryProjectTheWebFrontBuildsFrom()
    {
        var copied = Instructions("COPY").SelectMany(line => line.Split(' ').Skip(1).SkipLast(1)).ToHashSet();

        Assert.Superset(ProjectClosure("src/WebFront/WebFront.csproj"), copied);
        Assert.Superset(new HashSet<string> { "global.json", "Directory.Build.props", "Directory.Packages.props", ".editorconfig" }, copied);
        var restore = Array.FindIndex(Lines, line => line.StartsWith("RUN dotnet restore src/WebFront/WebFront.csproj", StringComparison.Ordinal));
        var sources = Array.IndexOf(Lines, "COPY src/ src/");
        Assert.InRange(restore, 0, sources); // sources come after the restore layer, so editing code keeps it cached
    }

    [Fact]
    public void DockerIgnoreLeavesBuildOutputOutButNotWhatTheBuildCopies()
    {
        var ignored = RepositoryFile.Lines(".dockerignore").Where(line => line.Length > 0 && !line.StartsWith('#')).ToList();

        Assert.Contains("**/bin/", ignored);
        Assert.Contains("**/obj/", ignored);
        Assert.Contains("**/data/", ignored);
        Assert.Contains(".git/", ignored);
        Assert.DoesNotContain(ignored, pattern => pattern.StartsWith("src", StringComparison.Ordinal) || pattern.EndsWith(".props", StringComparison.Ordinal) || pattern == ".editorconfig" || pattern == "global.json");
    }

    private static List<string> ExposedPorts() =>
        [.. FinalStage.Where(line => line.StartsWith("EXPOSE ", StringComparison.Ordinal)).SelectMany(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1))];

    private static List<string> Instructions(string keyword) =>
        [.. Lines.Where(line => line.StartsWith(keyword + " ", StringComparison.Ordinal))];

    /// <summary>The project and every project it references, transitively, as repository-relative paths.</summary>
    private static HashSet<string> ProjectClosure(string project)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>([project]);
        while (pending.TryPop(out var current))
        {
            if (!seen.Add(current))
            {
                continue;
            }

            var directory = Path.GetDirectoryName(current)!;
            foreach (var reference in XDocument.Parse(RepositoryFile.Read(current)).Descendants("ProjectReference"))
            {
                var relative = Path.GetRelativePath(RepositoryFile.Root, RepositoryFile.Path(Path.Combine(directory, reference.Attribute("Include")!.Value.Replace('\\', '/'))));
                pending.Push(relative.Replace('\\', '/'));
            }
        }

        return seen;
    }
}
