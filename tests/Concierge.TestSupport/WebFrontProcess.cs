using System.Diagnostics;
using System.Text;

namespace Concierge.TestSupport;

/// <summary>
/// Concierge's web front end as a real OS process (the built Concierge.WebFront.dll run with `dotnet`),
/// listening on 127.0.0.1, for tests that need what an in-process host cannot show: a fresh start from an
/// empty directory, a kill -9, a restart on the same store.
/// </summary>
public sealed class WebFrontProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly StringBuilder output = new();
    private readonly Task outputRead;

    private WebFrontProcess(Process process, Uri baseAddress)
    {
        this.process = process;
        BaseAddress = baseAddress;
        outputRead = Task.WhenAll(CopyLinesAsync(process.StandardOutput), CopyLinesAsync(process.StandardError));
    }

    public Uri BaseAddress { get; }

    public string Output
    {
        get
        {
            lock (output)
            {
                return output.ToString();
            }
        }
    }

    public bool HasExited => process.HasExited;

    public int ProcessId => process.Id;

    /// <summary>The process's resident memory now and at its peak.</summary>
    public ProcessMemory Memory => ProcessMemory.Of(process.Id);

    /// <summary>The CPU time (user + kernel, all threads) the process has used so far.</summary>
    public TimeSpan ProcessorTime
    {
        get
        {
            process.Refresh();
            return process.TotalProcessorTime;
        }
    }

    /// <summary>The Twilio auth token the app is given unless the test sets its own.</summary>
    public const string DefaultAuthToken = "webfront-process-auth-token";

    /// <summary>
    /// Starts the app in Production with <paramref name="workingDirectory"/> as its current and content root directory.
    /// Production refuses to start without a Twilio auth token and public base URL, so the app gets
    /// <see cref="DefaultAuthToken"/> and its own address unless <paramref name="environment"/> sets them, and a silo port
    /// of its own (<see cref="SiloPorts"/>); an empty value removes a variable.
    /// </summary>
    /// <param name="program">
    /// Another program to run in the app's place, as its assembly and leading arguments (a benchmark's floor); the app by default.
    /// </param>
    public static async Task<WebFrontProcess> StartAsync(
        string workingDirectory, IReadOnlyDictionary<string, string>? environment = null, int? port = null, IReadOnlyList<string>? program = null)
    {
        var app = Launch(workingDirectory, environment, port, program);
        try
        {
            await app.WaitUntilReadyAsync(TimeSpan.FromSeconds(60));
        }
        catch
        {
            // The caller never gets the app to dispose: an app that did not come up in time must not outlive the test run.
            await app.DisposeAsync();
            throw;
        }

        return app;
    }

    /// <summary>
    /// Starts the app as <see cref="StartAsync"/> does without waiting for it to be ready: for measuring how soon after
    /// launch it answers. The caller disposes it.
    /// </summary>
    public static WebFrontProcess Launch(
        string workingDirectory, IReadOnlyDictionary<string, string>? environment = null, int? port = null, IReadOnlyList<string>? program = null)
    {
        var baseAddress = new Uri($"http://127.0.0.1:{port ?? FreePort.Next()}");
        var defaults = new Dictionary<string, string>(SiloPorts.Environment())
        {
            ["Concierge__Twilio__AuthToken"] = DefaultAuthToken,
            ["Concierge__Twilio__PublicBaseUrl"] = baseAddress.ToString(),
        };
        var start = AppStartInfo(
            workingDirectory, [.. program ?? [AppAssembly], "--urls", baseAddress.ToString().TrimEnd('/')], defaults.Concat(environment ?? new Dictionary<string, string>()));
        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        return new WebFrontProcess(process, baseAddress);
    }

    /// <summary>Runs the built app with <paramref name="arguments"/> to its end (e.g. its health probe); its exit code and output.</summary>
    public static async Task<(int ExitCode, string Output)> RunToEndAsync(IReadOnlyList<string> arguments, IReadOnlyDictionary<string, string> environment)
    {
        using var process = Process.Start(AppStartInfo(AppContext.BaseDirectory, [AppAssembly, .. arguments], environment))
            ?? throw new InvalidOperationException("dotnet did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true); // a run that hangs must not outlive the test run
            throw;
        }

        // Both streams read to their end, whatever WaitForExitAsync waited for.
        var (stdout, stderr) = (await output.WaitAsync(timeout.Token), await errors.WaitAsync(timeout.Token));
        return (process.ExitCode, stdout + stderr);
    }

    /// <summary>
    /// The first line of output <paramref name="match"/> accepts, waited for up to five seconds: a line is written as it is
    /// logged, but reaches the output a moment later. Throws, with the output, naming <paramref name="what"/> when none comes.
    /// </summary>
    public async Task<string> LineAsync(Func<string, bool> match, string what)
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            if (Output.Split('\n').FirstOrDefault(match) is { } line)
            {
                return line;
            }

            await Task.Delay(100);
        }

        throw new InvalidOperationException($"No {what} in:\n{Output}");
    }

    /// <summary>SIGKILL: no shutdown hooks, no flushing. What a crash or an OOM kill does.</summary>
    public async Task KillAsync()
    {
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
        await OutputEndedAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            await KillAsync();
        }

        await OutputEndedAsync(); // the readers finish before their streams are disposed
        process.Dispose();
    }

    private static string AppAssembly => Path.Combine(AppContext.BaseDirectory, "Concierge.WebFront.dll");

    /// <summary>`dotnet` with <paramref name="arguments"/> (the assembly first) in Production with <paramref name="environment"/>.</summary>
    private static ProcessStartInfo AppStartInfo(string workingDirectory, IEnumerable<string> arguments, IEnumerable<KeyValuePair<string, string>> environment)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        foreach (var (key, value) in environment)
        {
            if (value.Length == 0)
            {
                start.Environment.Remove(key);
            }
            else
            {
                start.Environment[key] = value;
            }
        }

        return start;
    }

    /// <summary>Polls <c>/health/ready</c> until it answers 200; throws if the process exits or <paramref name="timeout"/> passes.</summary>
    public async Task WaitUntilReadyAsync(TimeSpan timeout)
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                await OutputEndedAsync(); // the exit is seen before the last lines are read: wait for both streams to end
                throw new InvalidOperationException($"Concierge exited with code {process.ExitCode}:\n{Output}");
            }

            try
            {
                using var response = await http.GetAsync(new Uri("/health/ready", UriKind.Relative));
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }
            catch (TaskCanceledException)
            {
                // a probe slower than its 5 s limit (a starting app on a loaded machine): ask again until the deadline
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"Concierge was not ready within {timeout}:\n{Output}");
    }

    /// <summary>
    /// Waits until both output streams have reached their end (or <paramref name="timeout"/> passes: a child process the
    /// app started could keep them open), so <see cref="Output"/> holds everything the process wrote.
    /// </summary>
    public async Task OutputEndedAsync(TimeSpan? timeout = null)
    {
        try
        {
            await outputRead.WaitAsync(timeout ?? TimeSpan.FromSeconds(10));
        }
        catch (TimeoutException)
        {
            // Output is then what was read so far; the caller's assertion shows it.
        }
    }

    // Our own readers rather than Process's events: their end is a task to await, not an event that may still be
    // in flight when the exit is seen (the cause of an empty Output from a process that had exited with a message).
    private async Task CopyLinesAsync(StreamReader reader)
    {
        while (await reader.ReadLineAsync() is { } line)
        {
            lock (output)
            {
                output.AppendLine(line);
            }
        }
    }
}
