namespace Concierge.Simulator.Scripts;

/// <summary>
/// The built-in callers. Each line is said when the concierge listens; callers who may be asked for a message have one
/// more line ready, so the same script works whether the owner picks up or not.
/// </summary>
public static class CallerScripts
{
    public static CallerScript ExceptionContact { get; } = new(
        "exception",
        "a family member on the owner's exception list: put straight through",
        [new(["Hi, it's Mum, just calling to say hello.", "Nothing urgent, I just wanted a chat.", "Tell Alex to call me back when he can."])],
        ExceptionContact: "Mum");

    public static CallerScript Urgent { get; } = new(
        "urgent",
        "the owner's brother after a car accident: put through with a whisper",
        [new([
            "Hi, this is Sam, Alex's brother. There's been a car accident and I'm at the hospital, it's urgent.",
            "Please ask Alex to call Sam back at the hospital as soon as possible.",
        ])]);

    public static CallerScript Sales { get; } = new(
        "sales",
        "a solar panel salesperson: ended politely, a text suggested",
        [new(["Hello, I'm calling from Summit Solar about a special offer on solar panels for homeowners in your area."])]);

    public static CallerScript Scam { get; } = new(
        "scam",
        "a fake tax office threatening arrest: blocked, and rejected when calling again",
        [
            new(["This is the IRS. There is a warrant for your arrest unless you pay your back taxes today with gift cards."]),
            new(["Hello?"]),
        ]);

    public static CallerScript Silent { get; } = new(
        "silent",
        "says nothing: prompted once, then the call ends",
        [new([null, null])]);

    public static CallerScript Repeat { get; } = new(
        "repeat",
        "a friend who calls twice: recognised by name on the second call",
        [
            new(["Hi, it's Priya, I'm calling about dinner on Saturday.", "Could Alex call me back about Saturday?"]),
            new(["Hi, it's me again.", "It's about dinner on Saturday, we need to change the time.", "Could Alex call me back about Saturday?"]),
        ]);

    public static CallerScript French { get; } = new(
        "french",
        "a neighbour reporting a water leak, in French: answered in French",
        [new([
            "Bonjour, c'est Julie, la voisine d'Alex. Il y a une fuite d'eau chez lui, c'est urgent.",
            "Dites-lui de rappeler Julie dès que possible, s'il vous plaît.",
        ])]);

    public static IReadOnlyList<CallerScript> All { get; } = [ExceptionContact, Urgent, Sales, Scam, Silent, Repeat, French];

    /// <summary>The scripts named (comma-separated), or all of them for "all".</summary>
    /// <exception cref="ArgumentException">A name that is not a built-in script.</exception>
    public static IReadOnlyList<CallerScript> Named(string names)
    {
        ArgumentNullException.ThrowIfNull(names);
        if (names.Trim().Equals("all", StringComparison.OrdinalIgnoreCase))
        {
            return All;
        }

        return [.. names.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(name =>
            All.FirstOrDefault(s => s.Name.Equals(name, StringComparison.OrdinalIgnoreCase))
            ?? throw new ArgumentException($"No scenario '{name}'. Scenarios: {string.Join(", ", All.Select(s => s.Name))}, all.", nameof(names)))];
    }
}
