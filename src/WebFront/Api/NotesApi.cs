using System.Security.Claims;
using Concierge.Grains.Interfaces.Blobs;
using Concierge.Grains.Interfaces.Notes;
using Concierge.Grains.Notes;
using Concierge.Silo.Notes;
using Concierge.WebFront.Api.Contracts;
using Microsoft.AspNetCore.Http.HttpResults;
using Orleans;

namespace Concierge.WebFront.Api;

/// <summary>
/// <c>/api/notes</c>: the company's SMS/WhatsApp notes, their text and summary, and expiring download links to their
/// artifacts. A note of another company is not found. The download itself needs no key: its signed link is the permission.
/// </summary>
public static class NotesApi
{
    public static RouteGroupBuilder MapNotesApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/notes").WithTags("Notes")
            .RequireAuthorization(ApiPolicies.Company).RequireRateLimiting(ApiPolicies.PerKey).WithApiProblems();
        group.MapGet("/", ListAsync).WithSummary("Lists notes newest first; filter by intent (job, knowledge, other), sender, received time (from/to, ISO 8601), words (q); page with cursor.");
        group.MapGet("/{id}", GetAsync).ProducesProblem(StatusCodes.Status404NotFound).WithSummary("A note: text, summary, status, sender, timings.");
        group.MapGet("/{id}/files", FilesAsync).ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Download links of the note's artifacts (audio, full text, summary), valid for Concierge:Notes:LinkMinutes: ours, or Azure SAS URLs on Blob storage.");
        routes.MapGet("/api/notes/{id}/files/{file}", DownloadAsync).WithTags("Notes").AllowAnonymous()
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status410Gone)
            .WithSummary("Downloads an artifact through its signed link (token); an altered link is refused (403), an expired one is gone (410).");
        return group;
    }

    private static async Task<Results<Ok<NotePageResponse>, ValidationProblem>> ListAsync(
        [AsParameters] NoteListQuery query, ClaimsPrincipal user, IGrainFactory grains, NoteQueries notes, CancellationToken cancellationToken)
    {
        var validation = new Validation();
        var (filter, after, take) = await query.ReadAsync(validation, grains, user.CompanyId());
        if (!validation.IsValid)
        {
            return validation.Problem;
        }

        var page = await notes.ListAsync(user.CompanyId(), filter, after, take, cancellationToken);
        return TypedResults.Ok(new NotePageResponse([.. page.Items.Select(NoteSummaryResponse.Of)], page.Next?.Encode()));
    }

    private static async Task<Results<Ok<NoteResponse>, ProblemHttpResult>> GetAsync(string id, ClaimsPrincipal user, IGrainFactory grains) =>
        await NoteAsync(grains, id, user.CompanyId()) is { } note ? TypedResults.Ok(NoteResponse.Of(note)) : NoSuchNote(id);

    private static async Task<Results<Ok<NoteFileResponse[]>, ProblemHttpResult>> FilesAsync(
        string id, HttpRequest request, ClaimsPrincipal user, IGrainFactory grains, NoteFileLinks links, CancellationToken cancellationToken)
    {
        if (await NoteAsync(grains, id, user.CompanyId()) is not { } note)
        {
            return NoSuchNote(id);
        }

        var appBase = $"{request.Scheme}://{request.Host}{request.PathBase}";
        var files = new List<NoteFileResponse>();
        foreach (var file in note.Artifacts)
        {
            var link = await links.LinkAsync(note, file, appBase, cancellationToken);
            files.Add(new NoteFileResponse(file, new Uri(link.Url), link.ExpiresAt));
        }

        return TypedResults.Ok(files.ToArray());
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> DownloadAsync(
        string id, string file, string? token, IGrainFactory grains, NoteFileLinks links, IBlobStore blobs, CancellationToken cancellationToken)
    {
        switch (links.Check(id, file, token))
        {
            case LinkCheck.Altered:
                return TypedResults.Problem(title: "This download link is not valid.", statusCode: StatusCodes.Status403Forbidden);
            case LinkCheck.Expired:
                return TypedResults.Problem(title: "This download link has expired; ask for a new one at /api/notes/{id}/files.", statusCode: StatusCodes.Status410Gone);
        }

        var note = await grains.GetGrain<INoteGrain>(id).GetAsync();
        var path = note is { Intent: { } intent } && note.Artifacts.Contains(file)
            ? NoteArtifactWriter.PathOf(note.CompanyId, id, intent, file, note.AudioExtension)
            : null;
        return path is not null && await blobs.GetAsync(path, cancellationToken) is { } blob
            ? TypedResults.File(blob.Content.ToArray(), blob.ContentType, Path.GetFileName(path))
            : ApiProblems.NotFound($"Note '{id}' has no file '{file}'.");
    }

    private static async Task<NoteRecord?> NoteAsync(IGrainFactory grains, string id, string companyId) =>
        id.Length <= 64 && await grains.GetGrain<INoteGrain>(id).GetAsync() is { } note && note.CompanyId == companyId ? note : null;

    private static ProblemHttpResult NoSuchNote(string id) => ApiProblems.NotFound($"No note '{id}'.");
}
