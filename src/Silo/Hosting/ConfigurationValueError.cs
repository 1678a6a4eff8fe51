using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration;

namespace Concierge.Silo.Hosting;

/// <summary>
/// Says in one sentence what a configuration value that cannot be read as its setting's type should be, naming the key
/// and, for a choice, the valid values ("Concierge:Storage:Provider must be one of Sqlite, Postgres, SqlServer (got
/// "Mongo")."). Built from the configuration binder's own error, which names the key and the type but not the values.
/// </summary>
public static partial class ConfigurationValueError
{
    /// <summary>
    /// The sentence for the binder's <paramref name="error"/>, reading the refused value from <paramref name="configuration"/>
    /// when there is one to quote; null when <paramref name="error"/> is not the binder's.
    /// </summary>
    public static string? Describe(Exception error, IConfiguration? configuration)
    {
        if (error is not InvalidOperationException || BinderError().Match(error.Message) is not { Success: true } match)
        {
            return null;
        }

        var key = match.Groups["key"].Value;
        var type = FindType(match.Groups["type"].Value);
        var got = configuration?[key];
        // Only a choice, a number or a flag is quoted back: another value could be (part of) a secret.
        var quoted = got is not null && type is not null && (type.IsEnum || type.IsPrimitive) ? $" (got \"{got}\")" : "";
        return $"{key} must be {Expected(type, match.Groups["type"].Value)}{quoted}.";
    }

    private static string Expected(Type? type, string typeName) => type switch
    {
        { IsEnum: true } => $"one of {string.Join(", ", Enum.GetNames(type))}",
        not null when type == typeof(bool) => "true or false",
        not null when type == typeof(int) || type == typeof(long) || type == typeof(short) => "a whole number",
        not null when type == typeof(double) || type == typeof(decimal) || type == typeof(float) => "a number",
        not null when type == typeof(Uri) => "an absolute URL",
        not null when type == typeof(TimeSpan) => "a duration such as 00:00:30",
        _ => $"a valid {typeName[(typeName.LastIndexOf('.') + 1)..]}",
    };

    private static Type? FindType(string name)
    {
        var type = Type.GetType(name) ?? AppDomain.CurrentDomain.GetAssemblies().Select(assembly => assembly.GetType(name)).FirstOrDefault(found => found is not null);
        return type is not null && Nullable.GetUnderlyingType(type) is { } underlying ? underlying : type;
    }

    [GeneratedRegex(@"^Failed to convert configuration value (?:'.*' )?at '(?<key>[^']+)' to type '(?<type>[^']+)'")]
    private static partial Regex BinderError();
}
