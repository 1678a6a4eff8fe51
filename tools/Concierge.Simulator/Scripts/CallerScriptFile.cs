namespace Concierge.Simulator.Scripts;

/// <summary>
/// Reads a caller script from a text file: one line said per line; <c>(silence)</c> lets the question time out;
/// <c>---</c> hangs up and calls again from the same number; blank lines and lines starting with <c>#</c> are skipped.
/// The script is named after the file.
/// </summary>
public static class CallerScriptFile
{
    public const string Silence = "(silence)";
    public const string NextCall = "---";

    public static CallerScript Load(string path) => Parse(Path.GetFileNameWithoutExtension(path), File.ReadAllLines(path));

    /// <exception cref="FormatException">The text has a call with nothing in it.</exception>
    public static CallerScript Parse(string name, IEnumerable<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var calls = new List<List<string?>> { new() };
        foreach (var raw in lines)
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            if (line == NextCall)
            {
                calls.Add([]);
            }
            else
            {
                calls[^1].Add(line.Equals(Silence, StringComparison.OrdinalIgnoreCase) ? null : line);
            }
        }

        if (calls.Any(call => call.Count == 0))
        {
            throw new FormatException($"Script '{name}': every call needs at least one line (or {Silence}); check for an empty file or a stray '{NextCall}'.");
        }

        return new CallerScript(name, "from a script file", [.. calls.Select(call => new ScriptedCall(call))]);
    }
}
