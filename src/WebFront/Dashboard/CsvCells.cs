using System.Text;

namespace Concierge.WebFront.Dashboard;

/// <summary>
/// Comma-separated values as RFC 4180 writes them (CRLF after each record; a field holding a comma, quote, CR or LF in
/// quotes, its quotes doubled), and safe to open in a spreadsheet: a cell a spreadsheet would run as a formula (starting
/// with = + - @, tab or CR) gets a leading apostrophe, because callers' words and names end up in these cells.
/// </summary>
public static class CsvCells
{
    public static string Record(IEnumerable<string?> fields) => string.Join(',', fields.Select(Field)) + "\r\n";

    public static string Field(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }

        var text = value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;
        return text.AsSpan().IndexOfAny(",\"\r\n") < 0 ? text : new StringBuilder("\"").Append(text.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"').ToString();
    }
}
