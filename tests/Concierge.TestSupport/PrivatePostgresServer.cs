using System.Diagnostics;
using Npgsql;

namespace Concierge.TestSupport;

/// <summary>
/// A PostgreSQL cluster of one test's own (initdb on a temporary directory, 127.0.0.1 on a free port), for tests that
/// stop and restart the server: the shared server other tests use must never go down. Uses the binaries whose
/// directory scripts/postgres.sh exports in CONCIERGE_TEST_POSTGRES_BIN; without them the test fails loudly.
/// </summary>
public sealed class PrivatePostgresServer : IAsyncDisposable
{
    public const string BinVariable = "CONCIERGE_TEST_POSTGRES_BIN";

    private readonly string bin;
    private readonly TempDirectory directory;

    private PrivatePostgresServer(string bin, TempDirectory directory, int port)
    {
        this.bin = bin;
        this.directory = directory;
        Port = port;
        // Trust on loopback: a throwaway cluster that only this test can reach needs no password.
        ConnectionString = new NpgsqlConnectionStringBuilder { Host = "127.0.0.1", Port = port, Username = "concierge", Database = "postgres" }.ConnectionString;
    }

    public int Port { get; }

    public string ConnectionString { get; }

    private string DataDirectory => directory.File("data");

    /// <summary>Creates the cluster and starts it.</summary>
    public static async Task<PrivatePostgresServer> CreateAsync()
    {
        var bin = Environment.GetEnvironmentVariable(BinVariable) is { Length: > 0 } value && File.Exists(Path.Combine(value, "initdb"))
            ? value
            : throw new InvalidOperationException(
                $"This test needs PostgreSQL's server binaries and {BinVariable} does not name a directory holding initdb. " +
                "Run ./test.sh, or `source scripts/postgres.sh && start_test_postgres` first: it installs PostgreSQL if missing and exports it.");
        var directory = new TempDirectory();
        var server = new PrivatePostgresServer(bin, directory, FreePort.Next());
        try
        {
            // The server refuses to run as root: as root, the cluster belongs to the 'postgres' system user.
            if (Environment.IsPrivilegedProcess)
            {
                await RunAsync("chown", "-R", "postgres:postgres", directory.Path);
            }

            await server.RunAsClusterOwnerAsync("initdb", "-D", server.DataDirectory, "-U", "concierge", "--auth=trust", "--encoding=UTF8", "--locale=C.UTF-8");
            await server.StartAsync();
            return server;
        }
        catch
        {
            directory.Dispose();
            throw;
        }
    }

    /// <summary>Starts (or restarts) the server on the same port and data; returns once it accepts connections.</summary>
    public Task StartAsync() => RunAsClusterOwnerAsync(
        "pg_ctl", "-D", DataDirectory, "-l", directory.File("server.log"), "-w", "-t", "60",
        "-o", $"-p {Port} -k {directory.Path} -c listen_addresses=127.0.0.1", "start");

    /// <summary>Stops the server the hard way (immediate: no checkpoint, connections cut), as an outage would.</summary>
    public Task StopAsync() => RunAsClusterOwnerAsync("pg_ctl", "-D", DataDirectory, "-m", "immediate", "-w", "stop");

    public async ValueTask DisposeAsync()
    {
        try
        {
            await StopAsync();
        }
        catch (InvalidOperationException)
        {
            // Already stopped.
        }

        directory.Dispose();
    }

    private Task RunAsClusterOwnerAsync(string tool, params string[] arguments) =>
        Environment.IsPrivilegedProcess
            ? RunAsync("runuser", ["-u", "postgres", "--", Path.Combine(bin, tool), .. arguments])
            : RunAsync(Path.Combine(bin, tool), arguments);

    private static async Task RunAsync(string file, params string[] arguments)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{file} did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', arguments)} exited with {process.ExitCode}:\n{await output}{await error}");
        }
    }
}
