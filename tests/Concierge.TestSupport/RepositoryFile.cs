namespace Concierge.TestSupport;

/// <summary>Files of this repository (found from the test's output directory): deployment files to lint, a folder for test artifacts.</summary>
public static class RepositoryFile
{
    public static string Root { get; } = FindRoot();

    public static string Path(string relative) => System.IO.Path.Combine(Root, relative);

    public static string Read(string relative) => File.ReadAllText(Path(relative));

    public static string[] Lines(string relative) => File.ReadAllLines(Path(relative));

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "Concierge.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No Concierge.sln above {AppContext.BaseDirectory}");
    }
}
