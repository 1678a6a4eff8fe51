using Concierge.Benchmarks;

// Usage: dotnet run -c Release --project bench/Concierge.Benchmarks -- runtime|webhooks|conversations|media|notes|screening|train-screener [postgres-connection-string]
// ./bench.sh [suite] runs a suite with a throwaway PostgreSQL server.
var suite = args.FirstOrDefault() ?? "runtime";
var postgres = args.Length > 1 ? args[1] : Environment.GetEnvironmentVariable("CONCIERGE_TEST_POSTGRES");
Console.WriteLine($"Concierge benchmarks: {suite} ({Environment.ProcessorCount} cores, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC)");
switch (suite)
{
    case "runtime":
        await RuntimeBenchmark.RunAsync(postgres);
        break;
    case "webhooks":
        await WebhookBenchmark.RunAsync(postgres);
        break;
    case "conversations":
        await ConversationBenchmark.RunAsync(postgres);
        break;
    case "media":
        await MediaBenchmark.RunAsync();
        break;
    case BareMediaRelay.Command: // the media suite's floor, as the process it drives
        await BareMediaRelay.RunAsync(args[1..]);
        break;
    case BareTwimlEndpoint.Command: // the webhook suite's floor
        await BareTwimlEndpoint.RunAsync(args[1..]);
        break;
    case BareGrainEndpoint.Command: // the webhook suite's second floor: the same with a grain per ring
        await BareGrainEndpoint.RunAsync(args[1..]);
        break;
    case "notes":
        await NotesBenchmark.RunAsync();
        break;
    case "screening":
        await ScreeningBenchmark.RunAsync();
        break;
    case "train-screener":
        await ScreenerTrainingCommand.RunAsync();
        break;
    default:
        Console.Error.WriteLine($"Unknown suite '{suite}'. Suites: runtime, webhooks, conversations, media, notes, screening, train-screener");
        return 2;
}

return 0;
