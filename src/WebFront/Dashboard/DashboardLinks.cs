namespace Concierge.WebFront.Dashboard;

/// <summary>Addresses of the dashboard's detail pages (phone numbers and CallSids escaped into the path).</summary>
public static class DashboardLinks
{
    public static string Call(string callSid) => $"/calls/{Uri.EscapeDataString(callSid)}";

    public static string Caller(string phone) => $"/callers/{Uri.EscapeDataString(phone)}";

    public static string EditException(string phone) => $"/exceptions/{Uri.EscapeDataString(phone)}/edit";

    public static string CallsFrom(string phone) => $"/calls?caller={Uri.EscapeDataString(phone)}";

    public static string Note(string noteId) => $"/notes/{Uri.EscapeDataString(noteId)}";

    public static string Lead(string leadId) => $"/leads/{Uri.EscapeDataString(leadId)}";
}
