namespace Concierge.Simulator;

/// <summary>Entry point: the command line is all in <see cref="SimulatorCommand"/>.</summary>
internal static class Program
{
    public static Task<int> Main(string[] args) => SimulatorCommand.Create().Parse(args).InvokeAsync();
}
