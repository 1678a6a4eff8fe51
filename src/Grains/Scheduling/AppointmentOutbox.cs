using Concierge.Grains.Interfaces.Scheduling;

namespace Concierge.Grains.Scheduling;

/// <summary>
/// Which texts an appointment gets and when: a confirmation at once, and a reminder its lead time before the start
/// (none when that moment has passed already: the confirmation says it all). A move or cancellation drops what has not
/// gone yet.
/// </summary>
internal sealed class AppointmentOutbox(List<AppointmentText> texts)
{
    public void Plan(Appointment appointment, int reminderMinutes, string language, DateTimeOffset now)
    {
        if (appointment.CallerPhone is null)
        {
            return;
        }

        texts.Add(new AppointmentText { Reference = appointment.Reference, Kind = AppointmentText.Confirmation, Language = language, DueAt = now });
        var reminderAt = appointment.StartsAt.AddMinutes(-reminderMinutes);
        if (reminderMinutes > 0 && reminderAt > now)
        {
            texts.Add(new AppointmentText { Reference = appointment.Reference, Kind = AppointmentText.Reminder, Language = language, DueAt = reminderAt });
        }
    }

    public void Drop(string reference)
    {
        foreach (var text in texts.Where(t => t.Reference == reference && t.IsPending))
        {
            text.Dropped = true;
        }
    }

    /// <summary>The language the appointment's texts were written in, for a move to keep it.</summary>
    public string? LanguageOf(string reference) => texts.LastOrDefault(t => t.Reference == reference)?.Language;

    public IReadOnlyList<AppointmentText> Due(DateTimeOffset now) => [.. texts.Where(t => t.IsPending && t.DueAt <= now).OrderBy(t => t.DueAt)];

    /// <summary>When the next text of <paramref name="reference"/> (or of any appointment, for null) is due.</summary>
    public DateTimeOffset? NextDue(string? reference = null) =>
        texts.Where(t => t.IsPending && (reference is null || t.Reference == reference)).Select(t => (DateTimeOffset?)t.DueAt).Min();
}
