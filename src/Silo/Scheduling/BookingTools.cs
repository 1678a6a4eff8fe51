using System.Globalization;
using System.Text.Json;
using Concierge.Grains.Interfaces.Scheduling;
using OpenAI.Chat;

namespace Concierge.Silo.Scheduling;

/// <summary>
/// The function tools a model may call on a booking turn, in the chat-completions format (strict JSON schemas: every
/// property required, null for "not said"), and the reading of a tool call back into a <see cref="BookingToolCall"/>.
/// </summary>
internal static class BookingTools
{
    private static readonly (BookingTool Tool, string Name, string Description, string Parameters)[] Definitions =
    [
        (BookingTool.FindSlots, "find_slots", "The caller says when they would like an appointment: a date, a time, or a part of the day.", """
            {"type":"object","additionalProperties":false,"required":["date","time","part_of_day","appointment_type"],"properties":{
              "date":{"type":["string","null"],"description":"YYYY-MM-DD, resolved against today; null if no day was said"},
              "time":{"type":["string","null"],"description":"HH:mm, 24-hour; null if no time was said"},
              "part_of_day":{"type":["string","null"],"enum":["morning","afternoon","evening",null]},
              "appointment_type":{"type":["string","null"],"description":"one of the calendar's appointment types, or null"}}}
            """),
        (BookingTool.ChooseOffered, "choose_offered", "The caller picks one of the slots offered.", """
            {"type":"object","additionalProperties":false,"required":["index"],"properties":{"index":{"type":"integer","description":"1 for the first slot offered"}}}
            """),
        (BookingTool.AnswerYesNo, "answer_yes_no", "The caller answers yes or no to the question asked.", """
            {"type":"object","additionalProperties":false,"required":["yes"],"properties":{"yes":{"type":"boolean"}}}
            """),
        (BookingTool.CancelAppointment, "cancel_appointment", "The caller wants to cancel their appointment.", Reference),
        (BookingTool.MoveAppointment, "move_appointment", "The caller wants to move their appointment to another time.", Reference),
        (BookingTool.GiveUp, "give_up", "The caller no longer wants to book, or would rather leave a message.", Empty),
        (BookingTool.NotAboutBooking, "not_about_booking", "The words are not about an appointment.", Empty),
    ];

    private const string Reference = """
        {"type":"object","additionalProperties":false,"required":["reference"],"properties":{"reference":{"type":["string","null"],"description":"the six-digit booking reference the caller said, digits only; null if none"}}}
        """;

    private const string Empty = """{"type":"object","additionalProperties":false,"properties":{},"required":[]}""";

    public static IEnumerable<ChatTool> All() =>
        Definitions.Select(d => ChatTool.CreateFunctionTool(d.Name, d.Description, BinaryData.FromString(d.Parameters), functionSchemaIsStrict: true));

    /// <summary>The tool call as typed values, or null with <paramref name="problem"/> naming what is wrong (never the caller's words).</summary>
    public static BookingToolCall? Read(string functionName, string arguments, out string? problem)
    {
        problem = null;
        var definition = Definitions.FirstOrDefault(d => d.Name == functionName);
        if (definition.Name is null)
        {
            problem = "an unknown tool";
            return null;
        }

        try
        {
            using var json = JsonDocument.Parse(arguments);
            var args = json.RootElement;
            return definition.Tool switch
            {
                BookingTool.FindSlots => new BookingToolCall(
                    BookingTool.FindSlots,
                    Date: Text(args, "date") is { } date ? DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
                    Time: Text(args, "time") is { } time ? TimeOnly.ParseExact(time, "HH:mm", CultureInfo.InvariantCulture) : null,
                    PartOfDay: Text(args, "part_of_day") is { } part ? Enum.Parse<SlotPart>(part, ignoreCase: true) : null,
                    AppointmentType: Text(args, "appointment_type")),
                BookingTool.ChooseOffered => new BookingToolCall(BookingTool.ChooseOffered, Index: args.GetProperty("index").GetInt32()),
                BookingTool.AnswerYesNo => new BookingToolCall(BookingTool.AnswerYesNo, Yes: args.GetProperty("yes").GetBoolean()),
                BookingTool.CancelAppointment or BookingTool.MoveAppointment =>
                    new BookingToolCall(definition.Tool, Reference: Text(args, "reference") is { } said ? string.Concat(said.Where(char.IsAsciiDigit)) : null),
                _ => new BookingToolCall(definition.Tool),
            };
        }
        catch (Exception e) when (e is JsonException or FormatException or ArgumentException or InvalidOperationException or KeyNotFoundException)
        {
            problem = $"arguments that do not parse ({e.GetType().Name})";
            return null;
        }
    }

    private static string? Text(JsonElement args, string name) =>
        args.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text ? text : null;
}
