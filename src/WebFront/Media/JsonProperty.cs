using System.Text.Json;

namespace Concierge.WebFront.Media;

/// <summary>Steps of the one-pass readers of Twilio's and the model's messages, with the reader on a property name.</summary>
internal static class JsonProperty
{
    /// <summary>The property's value when it is a string; anything else is skipped (null).</summary>
    public static string? String(ref Utf8JsonReader reader)
    {
        reader.Read();
        if (reader.TokenType == JsonTokenType.String)
        {
            return reader.GetString();
        }

        reader.Skip();
        return null;
    }

    /// <summary>Skips the property's value, whatever it is.</summary>
    public static void Skip(ref Utf8JsonReader reader)
    {
        reader.Read();
        reader.Skip();
    }

    /// <summary>Moves onto the property's value; false (and skipped) when it is not an object.</summary>
    public static bool EnterObject(ref Utf8JsonReader reader)
    {
        reader.Read();
        if (reader.TokenType == JsonTokenType.StartObject)
        {
            return true;
        }

        reader.Skip();
        return false;
    }
}
