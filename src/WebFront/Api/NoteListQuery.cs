using Concierge.Grains.Interfaces.Notes;
using Concierge.Grains.Notes;
using Concierge.Silo.Notes;
using Concierge.Silo.Queries;
using Concierge.WebFront.Api.OpenApi;
using Microsoft.AspNetCore.Mvc;
using Microsoft.OpenApi;
using Orleans;

namespace Concierge.WebFront.Api;

/// <summary>Query string of the notes list, bound as text so every bad value gets a clear, named error.</summary>
public sealed record NoteListQuery
{
    [FromQuery(Name = "intent")]
    public string? Intent { get; init; }

    [FromQuery(Name = "sender")]
    public string? Sender { get; init; }

    [FromQuery(Name = "from")]
    public string? From { get; init; }

    [FromQuery(Name = "to")]
    public string? To { get; init; }

    [FromQuery(Name = "q")]
    public string? Q { get; init; }

    [FromQuery(Name = "cursor")]
    public string? Cursor { get; init; }

    [FromQuery(Name = "limit"), DocumentedAs(JsonSchemaType.Integer)]
    public string? Limit { get; init; }

    /// <summary>The filter and page asked for; every bad value noted in <paramref name="validation"/> by field.</summary>
    public async Task<(NoteFilter Filter, PageCursor? After, int Take)> ReadAsync(Validation validation, IGrainFactory grains, string companyId)
    {
        var intent = Intent is null ? null : validation.OneOf("intent", Intent, NoteIntents.All);
        var sender = Sender is null ? null : await validation.CompanyPhoneAsync("sender", Sender, grains, companyId);
        var from = ConversationListQuery.Instant(validation, "from", From);
        var until = ConversationListQuery.Instant(validation, "to", To);
        if (from > until)
        {
            validation.Add("from", "from must not be after to.");
        }

        var search = validation.Optional("q", Q, 200);
        var (after, take) = Paging.Read(validation, Cursor, Limit);
        return (new NoteFilter(intent, sender, from?.ToUnixTimeMilliseconds(), until?.ToUnixTimeMilliseconds(), search is null ? null : NoteRows.Searchable(search)), after, take);
    }
}
