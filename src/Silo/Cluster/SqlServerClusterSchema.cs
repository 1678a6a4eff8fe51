namespace Concierge.Silo.Cluster;

/// <summary>
/// SQL Server / Azure SQL schema for Orleans' ADO.NET clustering and reminders, one script per version. Append only:
/// a shipped script is never edited. Orleans reads every query it runs from <c>OrleansQuery</c> at start-up, so the
/// queries ship here as rows; their parameters (<c>@Name</c>) and result columns are Orleans' contract.
/// </summary>
/// <remarks>
/// Each script is safe where Orleans' own tables already exist (an operator ran upstream scripts): tables are
/// created only when missing and query rows are merged. Times are <c>datetime2(3)</c>: Orleans may bind them as
/// <c>datetime</c> (1/300 s steps), so a query that compares a time it read back casts the parameter to the column's
/// type instead of relying on SQL Server's datetime-to-datetime2 conversion, which depends on the compatibility level.
/// </remarks>
internal static class SqlServerClusterSchema
{
    public static IReadOnlyList<string> Migrations { get; } =
    [
        // 1: membership (one version row per cluster, one row per silo) and the 10 clustering queries. A silo row is
        // written in one transaction with the check of the caller's table version; every such write takes the version
        // row's update lock first, so writers queue on it in one order and cannot deadlock each other.
        """
        IF OBJECT_ID(N'OrleansQuery', N'U') IS NULL
            CREATE TABLE OrleansQuery (
                QueryKey varchar(64) NOT NULL CONSTRAINT PK_OrleansQuery_QueryKey PRIMARY KEY,
                QueryText nvarchar(max) NOT NULL
            );
        IF OBJECT_ID(N'OrleansMembershipVersionTable', N'U') IS NULL
            CREATE TABLE OrleansMembershipVersionTable (
                DeploymentId nvarchar(150) NOT NULL CONSTRAINT PK_OrleansMembershipVersionTable_DeploymentId PRIMARY KEY,
                Version int NOT NULL CONSTRAINT DF_OrleansMembershipVersionTable_Version DEFAULT 0
            );
        IF OBJECT_ID(N'OrleansMembershipTable', N'U') IS NULL
            CREATE TABLE OrleansMembershipTable (
                DeploymentId nvarchar(150) NOT NULL
                    CONSTRAINT FK_OrleansMembershipTable_DeploymentId REFERENCES OrleansMembershipVersionTable (DeploymentId),
                Address varchar(45) NOT NULL,
                Port int NOT NULL,
                Generation int NOT NULL,
                SiloName nvarchar(150) NOT NULL,
                HostName nvarchar(150) NOT NULL,
                Status int NOT NULL,
                ProxyPort int NULL,
                SuspectTimes varchar(8000) NULL,
                StartTime datetime2(3) NOT NULL,
                IAmAliveTime datetime2(3) NOT NULL,
                CONSTRAINT PK_OrleansMembershipTable_Silo PRIMARY KEY (DeploymentId, Address, Port, Generation)
            );
        MERGE OrleansQuery AS target
        USING (VALUES
        ('InsertMembershipVersionKey', N'
            INSERT INTO OrleansMembershipVersionTable (DeploymentId, Version)
            SELECT @DeploymentId, 0
            WHERE NOT EXISTS (
                SELECT 1 FROM OrleansMembershipVersionTable WITH (UPDLOCK, HOLDLOCK) WHERE DeploymentId = @DeploymentId);
            SELECT @@ROWCOUNT;
        '),
        ('MembershipReadRowKey', N'
            SELECT v.DeploymentId, m.Address, m.Port, m.Generation, m.SiloName, m.HostName, m.Status, m.ProxyPort,
                m.SuspectTimes, m.StartTime, m.IAmAliveTime, v.Version
            FROM OrleansMembershipVersionTable v
            LEFT JOIN OrleansMembershipTable m ON m.DeploymentId = v.DeploymentId
                AND m.Address = @Address AND m.Port = @Port AND m.Generation = @Generation
            WHERE v.DeploymentId = @DeploymentId;
        '),
        ('MembershipReadAllKey', N'
            SELECT v.DeploymentId, m.Address, m.Port, m.Generation, m.SiloName, m.HostName, m.Status, m.ProxyPort,
                m.SuspectTimes, m.StartTime, m.IAmAliveTime, v.Version
            FROM OrleansMembershipVersionTable v
            LEFT JOIN OrleansMembershipTable m ON m.DeploymentId = v.DeploymentId
            WHERE v.DeploymentId = @DeploymentId;
        '),
        ('InsertMembershipKey', N'
            SET XACT_ABORT ON;
            DECLARE @Changed int = 0;
            BEGIN TRANSACTION;
            IF EXISTS (
                SELECT 1 FROM OrleansMembershipVersionTable WITH (UPDLOCK, HOLDLOCK)
                WHERE DeploymentId = @DeploymentId AND Version = @Version)
            BEGIN
                IF NOT EXISTS (
                    SELECT 1 FROM OrleansMembershipTable
                    WHERE DeploymentId = @DeploymentId AND Address = @Address AND Port = @Port AND Generation = @Generation)
                BEGIN
                    INSERT INTO OrleansMembershipTable (DeploymentId, Address, Port, Generation, SiloName, HostName, Status,
                        ProxyPort, StartTime, IAmAliveTime)
                    VALUES (@DeploymentId, @Address, @Port, @Generation, @SiloName, @HostName, @Status,
                        @ProxyPort, @StartTime, @IAmAliveTime);
                    UPDATE OrleansMembershipVersionTable SET Version = Version + 1 WHERE DeploymentId = @DeploymentId;
                    SET @Changed = 1;
                END;
            END;
            COMMIT TRANSACTION;
            SELECT @Changed;
        '),
        ('UpdateMembershipKey', N'
            SET XACT_ABORT ON;
            DECLARE @Changed int = 0;
            BEGIN TRANSACTION;
            IF EXISTS (
                SELECT 1 FROM OrleansMembershipVersionTable WITH (UPDLOCK, HOLDLOCK)
                WHERE DeploymentId = @DeploymentId AND Version = @Version)
            BEGIN
                UPDATE OrleansMembershipTable
                SET Status = @Status, SuspectTimes = @SuspectTimes, IAmAliveTime = @IAmAliveTime
                WHERE DeploymentId = @DeploymentId AND Address = @Address AND Port = @Port AND Generation = @Generation;
                SET @Changed = @@ROWCOUNT;
                IF @Changed > 0
                    UPDATE OrleansMembershipVersionTable SET Version = Version + 1 WHERE DeploymentId = @DeploymentId;
            END;
            COMMIT TRANSACTION;
            SELECT @Changed;
        '),
        ('UpdateIAmAlivetimeKey', N'
            UPDATE OrleansMembershipTable SET IAmAliveTime = @IAmAliveTime
            WHERE DeploymentId = @DeploymentId AND Address = @Address AND Port = @Port AND Generation = @Generation;
        '),
        ('GatewaysQueryKey', N'
            SELECT Address, ProxyPort, Generation
            FROM OrleansMembershipTable
            WHERE DeploymentId = @DeploymentId AND Status = @Status AND ProxyPort > 0;
        '),
        ('DeleteMembershipTableEntriesKey', N'
            DELETE FROM OrleansMembershipTable WHERE DeploymentId = @DeploymentId;
            DELETE FROM OrleansMembershipVersionTable WHERE DeploymentId = @DeploymentId;
        '),
        ('CleanupDefunctSiloEntriesKey', N'
            DELETE FROM OrleansMembershipTable
            WHERE DeploymentId = @DeploymentId AND Status = 6 AND IAmAliveTime < @IAmAliveTime;
        '),
        ('CleanupDefunctSiloEntryKey', N'
            DELETE FROM OrleansMembershipTable
            WHERE DeploymentId = @DeploymentId AND Address = @Address AND Port = @Port AND Generation = @Generation
                AND Status = 6
                AND StartTime = CAST(@StartTime AS datetime2(3))
                AND IAmAliveTime = CAST(@IAmAliveTime AS datetime2(3))
                AND (SuspectTimes = @SuspectTimes
                    OR (NULLIF(SuspectTimes, SPACE(0)) IS NULL AND NULLIF(@SuspectTimes, SPACE(0)) IS NULL));
        ')
        ) AS source (QueryKey, QueryText)
        ON target.QueryKey = source.QueryKey
        WHEN MATCHED THEN UPDATE SET QueryText = source.QueryText
        WHEN NOT MATCHED THEN INSERT (QueryKey, QueryText) VALUES (source.QueryKey, source.QueryText);
        """,
        // 2: reminders (keyed by service, grain and name; read by ranges of the grain's hash) and the 7 reminder queries
        """
        IF OBJECT_ID(N'OrleansQuery', N'U') IS NULL
            CREATE TABLE OrleansQuery (
                QueryKey varchar(64) NOT NULL CONSTRAINT PK_OrleansQuery_QueryKey PRIMARY KEY,
                QueryText nvarchar(max) NOT NULL
            );
        IF OBJECT_ID(N'OrleansRemindersTable', N'U') IS NULL
        BEGIN
            CREATE TABLE OrleansRemindersTable (
                ServiceId nvarchar(150) NOT NULL,
                GrainId varchar(150) NOT NULL,
                ReminderName nvarchar(150) NOT NULL,
                StartTime datetime2(3) NOT NULL,
                Period bigint NOT NULL,
                GrainHash int NOT NULL,
                Version int NOT NULL,
                CONSTRAINT PK_OrleansRemindersTable_Reminder PRIMARY KEY (ServiceId, GrainId, ReminderName)
            );
            CREATE INDEX IX_OrleansRemindersTable_ServiceId_GrainHash ON OrleansRemindersTable (ServiceId, GrainHash);
        END;
        MERGE OrleansQuery AS target
        USING (VALUES
        ('ReadReminderRowsKey', N'
            SELECT GrainId, ReminderName, StartTime, Period, Version
            FROM OrleansRemindersTable
            WHERE ServiceId = @ServiceId AND GrainId = @GrainId;
        '),
        ('ReadReminderRowKey', N'
            SELECT GrainId, ReminderName, StartTime, Period, Version
            FROM OrleansRemindersTable
            WHERE ServiceId = @ServiceId AND GrainId = @GrainId AND ReminderName = @ReminderName;
        '),
        ('ReadRangeRows1Key', N'
            SELECT GrainId, ReminderName, StartTime, Period, Version
            FROM OrleansRemindersTable
            WHERE ServiceId = @ServiceId AND GrainHash > @BeginHash AND GrainHash <= @EndHash;
        '),
        ('ReadRangeRows2Key', N'
            SELECT GrainId, ReminderName, StartTime, Period, Version
            FROM OrleansRemindersTable
            WHERE ServiceId = @ServiceId AND (GrainHash > @BeginHash OR GrainHash <= @EndHash);
        '),
        ('UpsertReminderRowKey', N'
            MERGE OrleansRemindersTable WITH (HOLDLOCK) AS r
            USING (SELECT @ServiceId AS ServiceId, @GrainId AS GrainId, @ReminderName AS ReminderName) AS k
            ON r.ServiceId = k.ServiceId AND r.GrainId = k.GrainId AND r.ReminderName = k.ReminderName
            WHEN MATCHED THEN
                UPDATE SET StartTime = @StartTime, Period = @Period, GrainHash = @GrainHash, Version = r.Version + 1
            WHEN NOT MATCHED THEN
                INSERT (ServiceId, GrainId, ReminderName, StartTime, Period, GrainHash, Version)
                VALUES (@ServiceId, @GrainId, @ReminderName, @StartTime, @Period, @GrainHash, 0)
            OUTPUT inserted.Version;
        '),
        ('DeleteReminderRowKey', N'
            DELETE FROM OrleansRemindersTable
            WHERE ServiceId = @ServiceId AND GrainId = @GrainId AND ReminderName = @ReminderName AND Version = @Version;
            SELECT @@ROWCOUNT;
        '),
        ('DeleteReminderRowsKey', N'
            DELETE FROM OrleansRemindersTable WHERE ServiceId = @ServiceId;
        ')
        ) AS source (QueryKey, QueryText)
        ON target.QueryKey = source.QueryKey
        WHEN MATCHED THEN UPDATE SET QueryText = source.QueryText
        WHEN NOT MATCHED THEN INSERT (QueryKey, QueryText) VALUES (source.QueryKey, source.QueryText);
        """,
    ];
}
