using System.Text;
using Microsoft.AspNetCore.Mvc;

namespace Concierge.WebFront.Dashboard;

/// <summary>
/// A CSV download written as it is read (<paramref name="write"/> gets the response's writer): the filters run after
/// the page's result filters have set their headers, and a long export never sits whole in memory.
/// </summary>
public sealed class StreamedCsvResult(string fileName, Func<TextWriter, Task> write) : IActionResult
{
    public async Task ExecuteResultAsync(ActionContext context)
    {
        var response = context.HttpContext.Response;
        response.ContentType = CallsCsv.ContentType;
        response.Headers.ContentDisposition = $"attachment; filename=\"{fileName}\"";
        await using var body = new StreamWriter(response.Body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        await write(body);
    }
}
