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
        // 2: call log projections (calls, turns, callers) and number routing
        """
        CREATE TABLE calls (
            call_sid nvarchar(64) NOT NULL CONSTRAINT pk_calls PRIMARY KEY,
            company_id nvarchar(64) NOT NULL,
            from_number nvarchar(64) NOT NULL,
            to_number nvarchar(64) NOT NULL,
            caller_name nvarchar(200) NULL,
            status nvarchar(32) NOT NULL,
            final_decision nvarchar(32) NULL,
            reason nvarchar(1000) NULL,
            transfer_outcome nvarchar(32) NULL,
            category nvarchar(32) NULL,
            decided_by nvarchar(200) NULL,
            started_at_ms bigint NOT NULL,
            ended_at_ms bigint NULL,
            duration_seconds int NULL,
            turn_count int NOT NULL,
            updated_at_ms bigint NOT NULL
        );
        CREATE INDEX ix_calls_company_started ON calls (company_id, started_at_ms DESC, call_sid DESC);
        CREATE INDEX ix_calls_company_from ON calls (company_id, from_number, started_at_ms DESC, call_sid DESC);
        CREATE INDEX ix_calls_company_decision ON calls (company_id, final_decision, started_at_ms DESC, call_sid DESC);
        CREATE TABLE call_turns (
            call_sid nvarchar(64) NOT NULL,
            seq int NOT NULL,
            company_id nvarchar(64) NOT NULL,
            speaker nvarchar(16) NOT NULL,
            [text] nvarchar(max) NOT NULL,
            at_ms bigint NOT NULL,
            latency_ms int NULL,
            brain nvarchar(200) NULL,
            [action] nvarchar(32) NULL,
            confidence float NULL,
            CONSTRAINT pk_call_turns PRIMARY KEY (call_sid, seq)
        );
        CREATE TABLE callers (
            company_id nvarchar(64) NOT NULL,
            phone nvarchar(32) NOT NULL,
            name nvarchar(200) NULL,
            call_count int NOT NULL,
            last_call_at_ms bigint NULL,
            last_decision nvarchar(32) NULL,
            spam_score float NOT NULL,
            blocked bit NOT NULL,
            updated_at_ms bigint NOT NULL,
            CONSTRAINT pk_callers PRIMARY KEY (company_id, phone)
        );
        CREATE INDEX ix_callers_company_updated ON callers (company_id, updated_at_ms DESC, phone DESC);
        CREATE TABLE company_numbers (
            number nvarchar(32) NOT NULL CONSTRAINT pk_company_numbers PRIMARY KEY,
            company_id nvarchar(64) NOT NULL
        );
        """,
        // 3: companies and API keys for the REST API (turn search uses LIKE: full-text indexes cannot be created in a migration transaction)
        """
        CREATE TABLE companies (
            company_id nvarchar(64) NOT NULL CONSTRAINT pk_companies PRIMARY KEY,
            name nvarchar(200) NOT NULL,
            owner_phone nvarchar(32) NULL,
            created_at_ms bigint NOT NULL,
            updated_at_ms bigint NOT NULL
        );
        CREATE TABLE api_keys (
            key_hash nvarchar(64) NOT NULL CONSTRAINT pk_api_keys PRIMARY KEY,
            key_id nvarchar(32) NOT NULL,
            company_id nvarchar(64) NOT NULL,
            created_at_ms bigint NOT NULL
        );
        """,
        // 4: the live dashboard polls a company's calls changed since its last look; data protection keys shared by every node
        """
        CREATE INDEX ix_calls_company_updated ON calls (company_id, updated_at_ms);
        CREATE TABLE data_protection_keys (
            name nvarchar(200) NOT NULL CONSTRAINT pk_data_protection_keys PRIMARY KEY,
            xml nvarchar(max) NOT NULL,
            created_at_ms bigint NOT NULL
        );
        """,
        // 5: SMS/WhatsApp notes (issue 15): the notes list, its filters, and the sweep of notes due for an attempt
        """
        CREATE TABLE notes (
            note_id nvarchar(64) NOT NULL CONSTRAINT pk_notes PRIMARY KEY,
            company_id nvarchar(64) NOT NULL,
            sender_phone nvarchar(32) NOT NULL,
            sender_name nvarchar(200) NOT NULL,
            status nvarchar(16) NOT NULL,
            intent nvarchar(16) NULL,
            title nvarchar(400) NULL,
            search_text nvarchar(max) NULL,
            attempts int NOT NULL,
            error nvarchar(max) NULL,
            received_at_ms bigint NOT NULL,
            processed_at_ms bigint NULL,
            next_attempt_at_ms bigint NULL,
            updated_at_ms bigint NOT NULL
        );
        CREATE INDEX ix_notes_company_received ON notes (company_id, received_at_ms DESC, note_id DESC);
        CREATE INDEX ix_notes_next_attempt ON notes (next_attempt_at_ms) WHERE next_attempt_at_ms IS NOT NULL;
        """,
        // 6: outgoing webhooks (issue 16): the delivery list and the sweep of deliveries due; handovers to a person and their outcome
        """
        CREATE TABLE webhook_deliveries (
            delivery_key nvarchar(200) NOT NULL CONSTRAINT pk_webhook_deliveries PRIMARY KEY,
            company_id nvarchar(64) NOT NULL,
            delivery_id nvarchar(128) NOT NULL,
            event_type nvarchar(64) NOT NULL,
            status nvarchar(16) NOT NULL,
            attempts int NOT NULL,
            error nvarchar(max) NULL,
            created_at_ms bigint NOT NULL,
            delivered_at_ms bigint NULL,
            next_attempt_at_ms bigint NULL,
            updated_at_ms bigint NOT NULL
        );
        CREATE INDEX ix_webhook_deliveries_company_created ON webhook_deliveries (company_id, created_at_ms DESC, delivery_id DESC);
        CREATE INDEX ix_webhook_deliveries_next_attempt ON webhook_deliveries (next_attempt_at_ms) WHERE next_attempt_at_ms IS NOT NULL;
        CREATE TABLE handovers (
            handover_id nvarchar(64) NOT NULL CONSTRAINT pk_handovers PRIMARY KEY,
            company_id nvarchar(64) NOT NULL,
            call_sid nvarchar(64) NOT NULL,
            caller_phone nvarchar(32) NOT NULL,
            caller_name nvarchar(200) NULL,
            reason nvarchar(400) NOT NULL,
            created_at_ms bigint NOT NULL,
            expires_at_ms bigint NOT NULL,
            used_at_ms bigint NULL,
            updated_at_ms bigint NOT NULL
        );
        CREATE INDEX ix_handovers_company_created ON handovers (company_id, created_at_ms DESC, handover_id DESC);
        """,
        // 7: outbound leads (issue 14): the leads list and its filters, the sweep of leads due for a call, one open lead per number
        """
        CREATE TABLE leads (
            lead_id nvarchar(64) NOT NULL CONSTRAINT pk_leads PRIMARY KEY,
            company_id nvarchar(64) NOT NULL,
            name nvarchar(200) NOT NULL,
            phone nvarchar(32) NOT NULL,
            source nvarchar(200) NULL,
            status nvarchar(16) NOT NULL,
            score int NULL,
            tier nvarchar(8) NULL,
            attempts int NOT NULL,
            created_at_ms bigint NOT NULL,
            next_attempt_at_ms bigint NULL,
            updated_at_ms bigint NOT NULL
        );
        CREATE INDEX ix_leads_company_created ON leads (company_id, created_at_ms DESC, lead_id DESC);
        CREATE INDEX ix_leads_next_attempt ON leads (next_attempt_at_ms) WHERE next_attempt_at_ms IS NOT NULL;
        CREATE TABLE lead_open_numbers (
            company_id nvarchar(64) NOT NULL,
            phone nvarchar(32) NOT NULL,
            lead_id nvarchar(64) NOT NULL,
            CONSTRAINT pk_lead_open_numbers PRIMARY KEY (company_id, phone)
        );
        """,
        // 8: appointments (issue 16): a company's calendar list by start, and a caller's appointments
        """
        CREATE TABLE appointments (
            company_id nvarchar(64) NOT NULL,
            day nvarchar(10) NOT NULL,
            reference nvarchar(8) NOT NULL,
            start_time nvarchar(5) NOT NULL,
            starts_at_ms bigint NOT NULL,
            ends_at_ms bigint NOT NULL,
            type_name nvarchar(100) NOT NULL,
            duration_minutes int NOT NULL,
            buffer_minutes int NOT NULL,
            caller_phone nvarchar(32) NULL,
            caller_name nvarchar(200) NULL,
            status nvarchar(16) NOT NULL,
            moved_to nvarchar(8) NULL,
            next_text_at_ms bigint NULL,
            created_at_ms bigint NOT NULL,
            updated_at_ms bigint NOT NULL,
            CONSTRAINT pk_appointments PRIMARY KEY (company_id, day, reference)
        );
        CREATE INDEX ix_appointments_company_start ON appointments (company_id, starts_at_ms, reference);
        CREATE INDEX ix_appointments_company_caller ON appointments (company_id, caller_phone, starts_at_ms);
        CREATE INDEX ix_appointments_next_text ON appointments (next_text_at_ms) WHERE next_text_at_ms IS NOT NULL;
        """,
        // 9: a caller's calls as their call grains committed them (issue 13): a call start is one write, the call's; the
        // caller grain saves its state later and catches up from here on activation
        """
        CREATE TABLE caller_calls (
            company_id nvarchar(64) NOT NULL,
            phone nvarchar(32) NOT NULL,
            at_ms bigint NOT NULL,
            call_sid nvarchar(64) NOT NULL,
            name_given nvarchar(200) NULL,
            CONSTRAINT pk_caller_calls PRIMARY KEY (company_id, phone, at_ms, call_sid)
        );
        """,
    ];
}
