using Concierge.Simulator.Calls;

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

    /// <summary>
    /// Three calls from one number: books a haircut and hears a reference, moves it by that reference, cancels it by caller
    /// ID. Needs a company whose calendar takes bookings by phone (<c>PUT /api/calendar</c>, <c>bookingEnabled</c>).
    /// </summary>
    public static CallerScript Booking { get; } = new(
        "booking",
        "books a haircut, moves it by its reference, cancels it by caller ID (needs booking by phone on)",
        [
            new(["Hi, I'd like to book a haircut in three days at 10 am please.", "The first one.", "Please call me back about a haircut."]),
            new([$"I need to reschedule my appointment, the reference is {CallerMemory.ReferencePlaceholder}.", "In four days at noon.", "Yes please.", "Please call me back about my appointment."]),
            new(["Hello, I'd like to cancel my appointment.", "Yes.", "Please call me back about my appointment."]),
        ]);

    /// <summary>The <see cref="Booking"/> caller in French.</summary>
    public static CallerScript BookingFrench { get; } = new(
        "booking-fr",
        "the booking caller in French: books, moves by reference, cancels by caller ID (needs booking by phone on)",
        [
            new(["Bonjour, je voudrais prendre rendez-vous dans trois jours à 10 h.", "Le premier.", "Rappelez-moi pour un rendez-vous, s'il vous plaît."]),
            new([$"Je voudrais déplacer mon rendez-vous, la référence est {CallerMemory.ReferencePlaceholder}.", "Dans quatre jours à 11 h.", "Oui, parfait.", "Rappelez-moi au sujet de mon rendez-vous."]),
            new(["Bonjour, je dois annuler mon rendez-vous.", "Oui, c'est ça.", "Rappelez-moi au sujet de mon rendez-vous."]),
        ]);

    /// <summary>
    /// Asks for a person: put through to the agent line with the handover token as digits, which the agent's system reads
    /// once. Needs an agent line (<c>PUT /api/settings/handover</c>) and, for the look-up, the owner's API key.
    /// </summary>
    public static CallerScript Handover { get; } = new(
        "handover",
        "asks for a person: handed over to the agent line with a token read once (needs an agent line)",
        [new(["Hi, this is Sam Carter. Can I speak to a real person please?", "Please ask someone to call Sam back."])]);

    /// <summary>Scenarios that need the company set up for them: run only when named, never by "all".</summary>
    public static IReadOnlyList<CallerScript> NeedingSetup { get; } = [Booking, BookingFrench, Handover];

    /// <summary>The scripts named (comma-separated), or all of <see cref="All"/> for "all".</summary>
    /// <exception cref="ArgumentException">A name that is not a built-in script.</exception>
    public static IReadOnlyList<CallerScript> Named(string names)
    {
        ArgumentNullException.ThrowIfNull(names);
        if (names.Trim().Equals("all", StringComparison.OrdinalIgnoreCase))
        {
            return All;
        }

        return [.. names.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(name =>
            All.Concat(NeedingSetup).FirstOrDefault(s => s.Name.Equals(name, StringComparison.OrdinalIgnoreCase))
            ?? throw new ArgumentException($"No scenario '{name}'. Scenarios: {string.Join(", ", All.Concat(NeedingSetup).Select(s => s.Name))}, all.", nameof(names)))];
    }
}
