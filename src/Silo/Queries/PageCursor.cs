using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace Concierge.Silo.Queries;

/// <summary>
/// Where the next page starts in a list ordered by (a number descending, a key descending): the last row's
/// values. Keyset paging stays stable while rows are added at the top, and costs the same on page 1 and page 10,000.
/// Opaque to clients: URL-safe base64 of "number:key".
/// </summary>
public sealed record PageCursor(long Position, string Key)
{
    public string Encode() => Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{Position.ToString(CultureInfo.InvariantCulture)}:{Key}"));

    public static bool TryDecode(string? text, out PageCursor? cursor)
    {
        cursor = null;
        if (string.IsNullOrEmpty(text))
        {
            return true;
        }

        if (text.Length > 512 || !Base64Url.IsValid(text))
        {
            return false;
        }

        var decoded = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(text));
        var colon = decoded.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || !long.TryParse(decoded.AsSpan(0, colon), NumberStyles.Integer, CultureInfo.InvariantCulture, out var position))
        {
            return false;
        }

        cursor = new PageCursor(position, decoded[(colon + 1)..]);
        return true;
    }
}

/// <summary>One page of a list and the cursor of the next (null on the last page).</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, PageCursor? Next);

public static class Page
{
    /// <summary>
    /// The page from rows fetched with one extra beyond <paramref name="take"/>: the extra row only says another
    /// page exists, and the next page starts after the last row shown.
    /// </summary>
    public static Page<T> FromRows<T>(IReadOnlyList<T> rows, int take, Func<T, PageCursor> cursorOf) =>
        rows.Count > take ? new Page<T>([.. rows.Take(take)], cursorOf(rows[take - 1])) : new Page<T>(rows, null);
}
