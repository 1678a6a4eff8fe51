namespace Concierge.Silo.Storage;

/// <summary>PostgreSQL schema, one script per version. Append only: a shipped script is never edited.</summary>
internal static class PostgresSchema
{
    public static IReadOnlyList<string> Migrations { get; } =
    [
        // 1: grain state
        """
        CREATE TABLE grain_state (
            service_id text NOT NULL,
            grain_type text NOT NULL,
            grain_key text NOT NULL,
            state_name text NOT NULL,
            payload text NULL,
            version bigint NOT NULL,
            updated_at_ms bigint NOT NULL,
            PRIMARY KEY (service_id, grain_type, grain_key, state_name)
        );
        """,
    ];
}
