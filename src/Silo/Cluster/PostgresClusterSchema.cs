namespace Concierge.Silo.Cluster;

/// <summary>
/// PostgreSQL schema for Orleans' ADO.NET clustering and reminders, one script per version. Append only: a shipped
/// script is never edited. Orleans reads every query it runs from <c>OrleansQuery</c> at start-up, so the queries ship
/// here as rows; their parameters (<c>@Name</c>) and result columns are Orleans' contract.
/// </summary>
/// <remarks>
/// Each script is safe where Orleans' own tables already exist (an operator ran upstream scripts): tables are
/// created only when missing and query rows are upserted. Identifiers are unquoted, so PostgreSQL folds them to lower
/// case; Npgsql matches result columns by name case-insensitively, which Orleans relies on.
/// </remarks>
internal static class PostgresClusterSchema
{
    public static IReadOnlyList<string> Migrations { get; } =
    [
        // 1: membership (one version row per cluster, one row per silo) and the 10 clustering queries. Every write
        // of a silo row checks the caller's table version and bumps it in the same statement; a mismatch answers 0.
        """
        CREATE TABLE IF NOT EXISTS OrleansQuery (
            QueryKey varchar(64) NOT NULL PRIMARY KEY,
            QueryText varchar(8000) NOT NULL
        );
        CREATE TABLE IF NOT EXISTS OrleansMembershipVersionTable (
            DeploymentId varchar(150) NOT NULL PRIMARY KEY,
            Version integer NOT NULL DEFAULT 0
        );
        CREATE TABLE IF NOT EXISTS OrleansMembershipTable (
            DeploymentId varchar(150) NOT NULL REFERENCES OrleansMembershipVersionTable (DeploymentId),
            Address varchar(45) NOT NULL,
            Port integer NOT NULL,
            Generation integer NOT NULL,
            SiloName varchar(150) NOT NULL,
            HostName varchar(150) NOT NULL,
            Status integer NOT NULL,
            ProxyPort integer NULL,
            SuspectTimes varchar(8000) NULL,
            StartTime timestamptz NOT NULL,
            IAmAliveTime timestamptz NOT NULL,
            PRIMARY KEY (DeploymentId, Address, Port, Generation)
        );
        INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES
        ('InsertMembershipVersionKey', $q$
            WITH inserted AS (
                INSERT INTO OrleansMembershipVersionTable (DeploymentId, Version)
                VALUES (@DeploymentId, 0)
                ON CONFLICT (DeploymentId) DO NOTHING
                RETURNING 1
            )
            SELECT count(*)::integer FROM inserted;
        $q$),
        ('MembershipReadRowKey', $q$
            SELECT v.DeploymentId, m.Address, m.Port, m.Generation, m.SiloName, m.HostName, m.Status, m.ProxyPort,
                m.SuspectTimes, m.StartTime, m.IAmAliveTime, v.Version
            FROM OrleansMembershipVersionTable v
            LEFT JOIN OrleansMembershipTable m ON m.DeploymentId = v.DeploymentId
                AND m.Address = @Address AND m.Port = @Port AND m.Generation = @Generation
            WHERE v.DeploymentId = @DeploymentId;
        $q$),
        ('MembershipReadAllKey', $q$
            SELECT v.DeploymentId, m.Address, m.Port, m.Generation, m.SiloName, m.HostName, m.Status, m.ProxyPort,
                m.SuspectTimes, m.StartTime, m.IAmAliveTime, v.Version
            FROM OrleansMembershipVersionTable v
            LEFT JOIN OrleansMembershipTable m ON m.DeploymentId = v.DeploymentId
            WHERE v.DeploymentId = @DeploymentId;
        $q$),
        ('InsertMembershipKey', $q$
            WITH expected AS (
                SELECT DeploymentId FROM OrleansMembershipVersionTable
                WHERE DeploymentId = @DeploymentId AND Version = @Version
                FOR UPDATE
            ), inserted AS (
                INSERT INTO OrleansMembershipTable (DeploymentId, Address, Port, Generation, SiloName, HostName, Status,
                    ProxyPort, StartTime, IAmAliveTime)
                SELECT DeploymentId, @Address, @Port, @Generation, @SiloName, @HostName, @Status,
                    @ProxyPort, @StartTime, @IAmAliveTime
                FROM expected
                ON CONFLICT (DeploymentId, Address, Port, Generation) DO NOTHING
                RETURNING DeploymentId
            ), bumped AS (
                UPDATE OrleansMembershipVersionTable v SET Version = v.Version + 1
                FROM inserted i WHERE v.DeploymentId = i.DeploymentId
                RETURNING 1
            )
            SELECT count(*)::integer FROM bumped;
        $q$),
        ('UpdateMembershipKey', $q$
            WITH expected AS (
                SELECT DeploymentId FROM OrleansMembershipVersionTable
                WHERE DeploymentId = @DeploymentId AND Version = @Version
                FOR UPDATE
            ), updated AS (
                UPDATE OrleansMembershipTable m
                SET Status = @Status, SuspectTimes = @SuspectTimes, IAmAliveTime = @IAmAliveTime
                FROM expected e
                WHERE m.DeploymentId = e.DeploymentId
                    AND m.Address = @Address AND m.Port = @Port AND m.Generation = @Generation
                RETURNING m.DeploymentId
            ), bumped AS (
                UPDATE OrleansMembershipVersionTable v SET Version = v.Version + 1
                FROM updated u WHERE v.DeploymentId = u.DeploymentId
                RETURNING 1
            )
            SELECT count(*)::integer FROM bumped;
        $q$),
        ('UpdateIAmAlivetimeKey', $q$
            UPDATE OrleansMembershipTable SET IAmAliveTime = @IAmAliveTime
            WHERE DeploymentId = @DeploymentId AND Address = @Address AND Port = @Port AND Generation = @Generation;
        $q$),
        ('GatewaysQueryKey', $q$
            SELECT Address, ProxyPort, Generation
            FROM OrleansMembershipTable
            WHERE DeploymentId = @DeploymentId AND Status = @Status AND ProxyPort > 0;
        $q$),
        ('DeleteMembershipTableEntriesKey', $q$
            DELETE FROM OrleansMembershipTable WHERE DeploymentId = @DeploymentId;
            DELETE FROM OrleansMembershipVersionTable WHERE DeploymentId = @DeploymentId;
        $q$),
        ('CleanupDefunctSiloEntriesKey', $q$
            DELETE FROM OrleansMembershipTable
            WHERE DeploymentId = @DeploymentId AND Status = 6 AND IAmAliveTime < @IAmAliveTime;
        $q$),
        ('CleanupDefunctSiloEntryKey', $q$
            -- Orleans reads no suspicions from NULL and from '' alike, and sends NULL back for both.
            DELETE FROM OrleansMembershipTable
            WHERE DeploymentId = @DeploymentId AND Address = @Address AND Port = @Port AND Generation = @Generation
                AND Status = 6 AND StartTime = @StartTime AND IAmAliveTime = @IAmAliveTime
                AND coalesce(SuspectTimes, '') = coalesce(@SuspectTimes, '');
        $q$)
        ON CONFLICT (QueryKey) DO UPDATE SET QueryText = excluded.QueryText;
        """,
        // 2: reminders (keyed by service, grain and name; read by ranges of the grain's hash) and the 7 reminder queries
        """
        CREATE TABLE IF NOT EXISTS OrleansQuery (
            QueryKey varchar(64) NOT NULL PRIMARY KEY,
            QueryText varchar(8000) NOT NULL
        );
        CREATE TABLE IF NOT EXISTS OrleansRemindersTable (
            ServiceId varchar(150) NOT NULL,
            GrainId varchar(150) NOT NULL,
            ReminderName varchar(150) NOT NULL,
            StartTime timestamptz NOT NULL,
            Period bigint NOT NULL,
            GrainHash integer NOT NULL,
            Version integer NOT NULL,
            PRIMARY KEY (ServiceId, GrainId, ReminderName)
        );
        CREATE INDEX IF NOT EXISTS ix_orleans_reminders_service_hash ON OrleansRemindersTable (ServiceId, GrainHash);
        INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES
        ('ReadReminderRowsKey', $q$
            SELECT GrainId, ReminderName, StartTime, Period, Version
            FROM OrleansRemindersTable
            WHERE ServiceId = @ServiceId AND GrainId = @GrainId;
        $q$),
        ('ReadReminderRowKey', $q$
            SELECT GrainId, ReminderName, StartTime, Period, Version
            FROM OrleansRemindersTable
            WHERE ServiceId = @ServiceId AND GrainId = @GrainId AND ReminderName = @ReminderName;
        $q$),
        ('ReadRangeRows1Key', $q$
            SELECT GrainId, ReminderName, StartTime, Period, Version
            FROM OrleansRemindersTable
            WHERE ServiceId = @ServiceId AND GrainHash > @BeginHash AND GrainHash <= @EndHash;
        $q$),
        ('ReadRangeRows2Key', $q$
            SELECT GrainId, ReminderName, StartTime, Period, Version
            FROM OrleansRemindersTable
            WHERE ServiceId = @ServiceId AND (GrainHash > @BeginHash OR GrainHash <= @EndHash);
        $q$),
        ('UpsertReminderRowKey', $q$
            INSERT INTO OrleansRemindersTable AS r (ServiceId, GrainId, ReminderName, StartTime, Period, GrainHash, Version)
            VALUES (@ServiceId, @GrainId, @ReminderName, @StartTime, @Period, @GrainHash, 0)
            ON CONFLICT (ServiceId, GrainId, ReminderName) DO UPDATE
            SET StartTime = excluded.StartTime, Period = excluded.Period, GrainHash = excluded.GrainHash,
                Version = r.Version + 1
            RETURNING Version;
        $q$),
        ('DeleteReminderRowKey', $q$
            WITH deleted AS (
                DELETE FROM OrleansRemindersTable
                WHERE ServiceId = @ServiceId AND GrainId = @GrainId AND ReminderName = @ReminderName
                    AND Version = @Version
                RETURNING 1
            )
            SELECT count(*)::integer FROM deleted;
        $q$),
        ('DeleteReminderRowsKey', $q$
            DELETE FROM OrleansRemindersTable WHERE ServiceId = @ServiceId;
        $q$)
        ON CONFLICT (QueryKey) DO UPDATE SET QueryText = excluded.QueryText;
        """,
    ];
}
