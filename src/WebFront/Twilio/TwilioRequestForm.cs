namespace Concierge.WebFront.Twilio;

/// <summary>
/// The form of a Twilio request, read once per request by whichever of the correlation filter, the signature check and
/// the endpoint asks first, and the outcome kept on the request. A body that cannot be read as a form (broken encoding,
/// too many fields, a multipart body that ends mid-part) is not Twilio's: every reader gets null and refuses it, instead
/// of one of them meeting the reader's exception and answering 500.
/// </summary>
internal static class TwilioRequestForm
{
    private static readonly object Key = new();

    /// <summary>The form; empty when the body is not a form at all; null when it claims to be one and cannot be read.</summary>
    /// <exception cref="BadHttpRequestException">The body broke the server's own limits (too large: 413); its handler answers with that status.</exception>
    public static async Task<IFormCollection?> ReadAsync(HttpRequest request)
    {
        if (!request.HasFormContentType)
        {
            return FormCollection.Empty;
        }

        if (request.HttpContext.Items.TryGetValue(Key, out var read))
        {
            return (IFormCollection?)read;
        }

        IFormCollection? form;
        try
        {
            form = await request.ReadFormAsync(request.HttpContext.RequestAborted);
        }
        catch (Exception e) when (e is InvalidDataException || (e is IOException && e is not BadHttpRequestException))
        {
            // InvalidDataException: malformed encoding or past the form's limits. IOException: a multipart body whose
            // boundaries never close. Reading again would not give a form either, so the refusal is kept too.
            form = null;
        }

        request.HttpContext.Items[Key] = form;
        return form;
    }
}
