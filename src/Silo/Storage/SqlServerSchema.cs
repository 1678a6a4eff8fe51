namespace Concierge.Silo.Storage;

/// <summary>SQL Server / Azure SQL schema, one script per version. Append only: a shipped script is never edited.</summary>
internal static class SqlServerSchema
{
    public static IReadOnlyList<string> Migrations { get; } =
    [
        // 1: grain state (key columns sized to stay inside SQL Server's 900-byte clustered key limit)
        """
        CREATE TABLE grain_state (
            service_id nvarchar(50) NOT NULL,
            grain_type nvarchar(100) NOT NULL,
            grain_key nvarchar(200) NOT NULL,
            state_name nvarchar(50) NOT NULL,
            payload nvarchar(max) NULL,
            version bigint NOT NULL,
            updated_at_ms bigint NOT NULL,
            CONSTRAINT pk_grain_state PRIMARY KEY (service_id, grain_type, grain_key, state_name)
        );
        """,
    ];
}
