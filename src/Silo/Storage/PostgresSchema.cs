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
        // 2: call log projections (calls, turns, callers) and number routing
        """
        CREATE TABLE calls (
            call_sid text NOT NULL PRIMARY KEY,
            company_id text NOT NULL,
            from_number text NOT NULL,
            to_number text NOT NULL,
            caller_name text NULL,
            status text NOT NULL,
            final_decision text NULL,
            reason text NULL,
            transfer_outcome text NULL,
            category text NULL,
            decided_by text NULL,
            started_at_ms bigint NOT NULL,
            ended_at_ms bigint NULL,
            duration_seconds integer NULL,
            turn_count integer NOT NULL,
            updated_at_ms bigint NOT NULL
        );
        CREATE INDEX ix_calls_company_started ON calls (company_id, started_at_ms DESC, call_sid DESC);
        CREATE INDEX ix_calls_company_from ON calls (company_id, from_number, started_at_ms DESC, call_sid DESC);
        CREATE INDEX ix_calls_company_decision ON calls (company_id, final_decision, started_at_ms DESC, call_sid DESC);
        CREATE TABLE call_turns (
            call_sid text NOT NULL,
            seq integer NOT NULL,
            company_id text NOT NULL,
            speaker text NOT NULL,
            "text" text NOT NULL,
            at_ms bigint NOT NULL,
            latency_ms integer NULL,
            brain text NULL,
            "action" text NULL,
            confidence double precision NULL,
            PRIMARY KEY (call_sid, seq)
        );
        CREATE TABLE callers (
            company_id text NOT NULL,
            phone text NOT NULL,
            name text NULL,
            call_count integer NOT NULL,
            last_call_at_ms bigint NULL,
            last_decision text NULL,
            spam_score double precision NOT NULL,
            blocked boolean NOT NULL,
            updated_at_ms bigint NOT NULL,
            PRIMARY KEY (company_id, phone)
        );
        CREATE INDEX ix_callers_company_updated ON callers (company_id, updated_at_ms DESC, phone DESC);
        CREATE TABLE company_numbers (
            number text NOT NULL PRIMARY KEY,
            company_id text NOT NULL
        );
        """,
        // 3: companies and API keys for the REST API; full-text search over turns ('simple': no stemming, fits English and French)
        """
        CREATE TABLE companies (
            company_id text NOT NULL PRIMARY KEY,
            name text NOT NULL,
            owner_phone text NULL,
            created_at_ms bigint NOT NULL,
            updated_at_ms bigint NOT NULL
        );
        CREATE TABLE api_keys (
            key_hash text NOT NULL PRIMARY KEY,
            key_id text NOT NULL,
            company_id text NOT NULL,
            created_at_ms bigint NOT NULL
        );
        -- Stored, so neither a GIN recheck nor a per-turn probe recomputes the vector.
        ALTER TABLE call_turns ADD COLUMN text_search tsvector GENERATED ALWAYS AS (to_tsvector('simple', "text")) STORED;
        CREATE INDEX ix_call_turns_text_search ON call_turns USING GIN (text_search);
        """,
        // 4: the live dashboard polls a company's calls changed since its last look; data protection keys shared by every node
        """
        CREATE INDEX ix_calls_company_updated ON calls (company_id, updated_at_ms);
        CREATE TABLE data_protection_keys (
            name text NOT NULL PRIMARY KEY,
            xml text NOT NULL,
            created_at_ms bigint NOT NULL
        );
        """,
        // 5: SMS/WhatsApp notes (issue 15): the notes list, its filters, and the sweep of notes due for an attempt
        """
        CREATE TABLE notes (
            note_id text NOT NULL PRIMARY KEY,
            company_id text NOT NULL,
            sender_phone text NOT NULL,
            sender_name text NOT NULL,
            status text NOT NULL,
            intent text NULL,
            title text NULL,
            search_text text NULL,
            attempts integer NOT NULL,
            error text NULL,
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
            delivery_key text NOT NULL PRIMARY KEY,
            company_id text NOT NULL,
            delivery_id text NOT NULL,
            event_type text NOT NULL,
            status text NOT NULL,
            attempts integer NOT NULL,
            error text NULL,
            created_at_ms bigint NOT NULL,
            delivered_at_ms bigint NULL,
            next_attempt_at_ms bigint NULL,
            updated_at_ms bigint NOT NULL
        );
        CREATE INDEX ix_webhook_deliveries_company_created ON webhook_deliveries (company_id, created_at_ms DESC, delivery_id DESC);
        CREATE INDEX ix_webhook_deliveries_next_attempt ON webhook_deliveries (next_attempt_at_ms) WHERE next_attempt_at_ms IS NOT NULL;
        CREATE TABLE handovers (
            handover_id text NOT NULL PRIMARY KEY,
            company_id text NOT NULL,
            call_sid text NOT NULL,
            caller_phone text NOT NULL,
            caller_name text NULL,
            reason text NOT NULL,
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
            lead_id text NOT NULL PRIMARY KEY,
            company_id text NOT NULL,
            name text NOT NULL,
            phone text NOT NULL,
            source text NULL,
            status text NOT NULL,
            score integer NULL,
            tier text NULL,
            attempts integer NOT NULL,
            created_at_ms bigint NOT NULL,
            next_attempt_at_ms bigint NULL,
            updated_at_ms bigint NOT NULL
        );
        CREATE INDEX ix_leads_company_created ON leads (company_id, created_at_ms DESC, lead_id DESC);
        CREATE INDEX ix_leads_next_attempt ON leads (next_attempt_at_ms) WHERE next_attempt_at_ms IS NOT NULL;
        CREATE TABLE lead_open_numbers (
            company_id text NOT NULL,
            phone text NOT NULL,
            lead_id text NOT NULL,
            PRIMARY KEY (company_id, phone)
        );
        """,
        // 8: appointments (issue 16): a company's calendar list by start, and a caller's appointments
        """
        CREATE TABLE appointments (
            company_id text NOT NULL,
            day text NOT NULL,
            reference text NOT NULL,
            start_time text NOT NULL,
            starts_at_ms bigint NOT NULL,
            ends_at_ms bigint NOT NULL,
            type_name text NOT NULL,
            duration_minutes integer NOT NULL,
            buffer_minutes integer NOT NULL,
            caller_phone text NULL,
            caller_name text NULL,
            status text NOT NULL,
            moved_to text NULL,
            next_text_at_ms bigint NULL,
            created_at_ms bigint NOT NULL,
            updated_at_ms bigint NOT NULL,
            PRIMARY KEY (company_id, day, reference)
        );
        CREATE INDEX ix_appointments_company_start ON appointments (company_id, starts_at_ms, reference);
        CREATE INDEX ix_appointments_company_caller ON appointments (company_id, caller_phone, starts_at_ms);
        CREATE INDEX ix_appointments_next_text ON appointments (next_text_at_ms) WHERE next_text_at_ms IS NOT NULL;
        """,
        // 9: a caller's calls as their call grains committed them (issue 13): a call start is one write, the call's; the
        // caller grain saves its state later and catches up from here on activation
        """
        CREATE TABLE caller_calls (
            company_id text NOT NULL,
            phone text NOT NULL,
            at_ms bigint NOT NULL,
            call_sid text NOT NULL,
            name_given text NULL,
            PRIMARY KEY (company_id, phone, at_ms, call_sid)
        );
        """,
    ];
}
