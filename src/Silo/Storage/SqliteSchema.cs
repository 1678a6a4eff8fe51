namespace Concierge.Silo.Storage;

/// <summary>SQLite schema, one script per version. Append only: a shipped script is never edited.</summary>
internal static class SqliteSchema
{
    public static IReadOnlyList<string> Migrations { get; } =
    [
        // 1: grain state
        """
        CREATE TABLE grain_state (
            service_id TEXT NOT NULL,
            grain_type TEXT NOT NULL,
            grain_key TEXT NOT NULL,
            state_name TEXT NOT NULL,
            payload TEXT NULL,
            version INTEGER NOT NULL,
            updated_at_ms INTEGER NOT NULL,
            PRIMARY KEY (service_id, grain_type, grain_key, state_name)
        ) WITHOUT ROWID;
        """,
        // 2: call log projections (calls, turns, callers) and number routing
        """
        CREATE TABLE calls (
            call_sid TEXT NOT NULL PRIMARY KEY,
            company_id TEXT NOT NULL,
            from_number TEXT NOT NULL,
            to_number TEXT NOT NULL,
            caller_name TEXT NULL,
            status TEXT NOT NULL,
            final_decision TEXT NULL,
            reason TEXT NULL,
            transfer_outcome TEXT NULL,
            category TEXT NULL,
            decided_by TEXT NULL,
            started_at_ms INTEGER NOT NULL,
            ended_at_ms INTEGER NULL,
            duration_seconds INTEGER NULL,
            turn_count INTEGER NOT NULL,
            updated_at_ms INTEGER NOT NULL
        );
        CREATE INDEX ix_calls_company_started ON calls (company_id, started_at_ms DESC, call_sid DESC);
        CREATE INDEX ix_calls_company_from ON calls (company_id, from_number, started_at_ms DESC, call_sid DESC);
        CREATE INDEX ix_calls_company_decision ON calls (company_id, final_decision, started_at_ms DESC, call_sid DESC);
        CREATE TABLE call_turns (
            call_sid TEXT NOT NULL,
            seq INTEGER NOT NULL,
            company_id TEXT NOT NULL,
            speaker TEXT NOT NULL,
            "text" TEXT NOT NULL,
            at_ms INTEGER NOT NULL,
            latency_ms INTEGER NULL,
            brain TEXT NULL,
            "action" TEXT NULL,
            confidence REAL NULL,
            PRIMARY KEY (call_sid, seq)
        ) WITHOUT ROWID;
        CREATE TABLE callers (
            company_id TEXT NOT NULL,
            phone TEXT NOT NULL,
            name TEXT NULL,
            call_count INTEGER NOT NULL,
            last_call_at_ms INTEGER NULL,
            last_decision TEXT NULL,
            spam_score REAL NOT NULL,
            blocked INTEGER NOT NULL,
            updated_at_ms INTEGER NOT NULL,
            PRIMARY KEY (company_id, phone)
        ) WITHOUT ROWID;
        CREATE INDEX ix_callers_company_updated ON callers (company_id, updated_at_ms DESC, phone DESC);
        CREATE TABLE company_numbers (
            number TEXT NOT NULL PRIMARY KEY,
            company_id TEXT NOT NULL
        );
        """,
        // 3: companies and API keys for the REST API; full-text search over turns (FTS5, accents folded for French)
        """
        CREATE TABLE companies (
            company_id TEXT NOT NULL PRIMARY KEY,
            name TEXT NOT NULL,
            owner_phone TEXT NULL,
            created_at_ms INTEGER NOT NULL,
            updated_at_ms INTEGER NOT NULL
        );
        CREATE TABLE api_keys (
            key_hash TEXT NOT NULL PRIMARY KEY,
            key_id TEXT NOT NULL,
            company_id TEXT NOT NULL,
            created_at_ms INTEGER NOT NULL
        );
        -- call_sid is indexed too, so a search for a common word can probe call by call (see SqliteDialect.TurnSearchCondition).
        CREATE VIRTUAL TABLE call_turns_search USING fts5("text", call_sid, tokenize = 'unicode61 remove_diacritics 2');
        INSERT INTO call_turns_search ("text", call_sid) SELECT "text", call_sid FROM call_turns;
        CREATE TRIGGER call_turns_search_insert AFTER INSERT ON call_turns
        BEGIN
            INSERT INTO call_turns_search ("text", call_sid) VALUES (new."text", new.call_sid);
        END;
        """,
        // 4: the live dashboard polls a company's calls changed since its last look; data protection keys shared by every node
        """
        CREATE INDEX ix_calls_company_updated ON calls (company_id, updated_at_ms);
        CREATE TABLE data_protection_keys (
            name TEXT NOT NULL PRIMARY KEY,
            xml TEXT NOT NULL,
            created_at_ms INTEGER NOT NULL
        );
        """,
        // 5: SMS/WhatsApp notes (issue 15): the notes list, its filters, and the sweep of notes due for an attempt
        """
        CREATE TABLE notes (
            note_id TEXT NOT NULL PRIMARY KEY,
            company_id TEXT NOT NULL,
            sender_phone TEXT NOT NULL,
            sender_name TEXT NOT NULL,
            status TEXT NOT NULL,
            intent TEXT NULL,
            title TEXT NULL,
            search_text TEXT NULL,
            attempts INTEGER NOT NULL,
            error TEXT NULL,
            received_at_ms INTEGER NOT NULL,
            processed_at_ms INTEGER NULL,
            next_attempt_at_ms INTEGER NULL,
            updated_at_ms INTEGER NOT NULL
        );
        CREATE INDEX ix_notes_company_received ON notes (company_id, received_at_ms DESC, note_id DESC);
        CREATE INDEX ix_notes_next_attempt ON notes (next_attempt_at_ms) WHERE next_attempt_at_ms IS NOT NULL;
        """,
        // 6: outgoing webhooks (issue 16): the delivery list and the sweep of deliveries due; handovers to a person and their outcome
        """
        CREATE TABLE webhook_deliveries (
            delivery_key TEXT NOT NULL PRIMARY KEY,
            company_id TEXT NOT NULL,
            delivery_id TEXT NOT NULL,
            event_type TEXT NOT NULL,
            status TEXT NOT NULL,
            attempts INTEGER NOT NULL,
            error TEXT NULL,
            created_at_ms INTEGER NOT NULL,
            delivered_at_ms INTEGER NULL,
            next_attempt_at_ms INTEGER NULL,
            updated_at_ms INTEGER NOT NULL
        );
        CREATE INDEX ix_webhook_deliveries_company_created ON webhook_deliveries (company_id, created_at_ms DESC, delivery_id DESC);
        CREATE INDEX ix_webhook_deliveries_next_attempt ON webhook_deliveries (next_attempt_at_ms) WHERE next_attempt_at_ms IS NOT NULL;
        CREATE TABLE handovers (
            handover_id TEXT NOT NULL PRIMARY KEY,
            company_id TEXT NOT NULL,
            call_sid TEXT NOT NULL,
            caller_phone TEXT NOT NULL,
            caller_name TEXT NULL,
            reason TEXT NOT NULL,
            created_at_ms INTEGER NOT NULL,
            expires_at_ms INTEGER NOT NULL,
            used_at_ms INTEGER NULL,
            updated_at_ms INTEGER NOT NULL
        );
        CREATE INDEX ix_handovers_company_created ON handovers (company_id, created_at_ms DESC, handover_id DESC);
        """,
        // 7: outbound leads (issue 14): the leads list and its filters, the sweep of leads due for a call, one open lead per number
        """
        CREATE TABLE leads (
            lead_id TEXT NOT NULL PRIMARY KEY,
            company_id TEXT NOT NULL,
            name TEXT NOT NULL,
            phone TEXT NOT NULL,
            source TEXT NULL,
            status TEXT NOT NULL,
            score INTEGER NULL,
            tier TEXT NULL,
            attempts INTEGER NOT NULL,
            created_at_ms INTEGER NOT NULL,
            next_attempt_at_ms INTEGER NULL,
            updated_at_ms INTEGER NOT NULL
        );
        CREATE INDEX ix_leads_company_created ON leads (company_id, created_at_ms DESC, lead_id DESC);
        CREATE INDEX ix_leads_next_attempt ON leads (next_attempt_at_ms) WHERE next_attempt_at_ms IS NOT NULL;
        CREATE TABLE lead_open_numbers (
            company_id TEXT NOT NULL,
            phone TEXT NOT NULL,
            lead_id TEXT NOT NULL,
            PRIMARY KEY (company_id, phone)
        ) WITHOUT ROWID;
        """,
        // 8: appointments (issue 16): a company's calendar list by start, and a caller's appointments
        """
        CREATE TABLE appointments (
            company_id TEXT NOT NULL,
            day TEXT NOT NULL,
            reference TEXT NOT NULL,
            start_time TEXT NOT NULL,
            starts_at_ms INTEGER NOT NULL,
            ends_at_ms INTEGER NOT NULL,
            type_name TEXT NOT NULL,
            duration_minutes INTEGER NOT NULL,
            buffer_minutes INTEGER NOT NULL,
            caller_phone TEXT NULL,
            caller_name TEXT NULL,
            status TEXT NOT NULL,
            moved_to TEXT NULL,
            next_text_at_ms INTEGER NULL,
            created_at_ms INTEGER NOT NULL,
            updated_at_ms INTEGER NOT NULL,
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
            company_id TEXT NOT NULL,
            phone TEXT NOT NULL,
            at_ms INTEGER NOT NULL,
            call_sid TEXT NOT NULL,
            name_given TEXT NULL,
            PRIMARY KEY (company_id, phone, at_ms, call_sid)
        ) WITHOUT ROWID;
        """,
        // 10: turns are indexed for search once per group commit, not row by row (issue 13). FTS5 writes its pending index
        // to disk at every savepoint, and a trigger's statement opens one: indexing each turn from its trigger cost a
        // segment write and merge per turn (about 1 ms). The trigger now notes the turn; the batch indexes what was noted
        // (SqliteDialect.BeforeGroupCommit), in the same transaction, and a write rolled back takes its note with it.
        """
        DROP TRIGGER call_turns_search_insert;
        CREATE TABLE call_turns_unindexed (
            call_sid TEXT NOT NULL,
            seq INTEGER NOT NULL,
            PRIMARY KEY (call_sid, seq)
        ) WITHOUT ROWID;
        CREATE TRIGGER call_turns_unindexed_insert AFTER INSERT ON call_turns
        BEGIN
            INSERT OR IGNORE INTO call_turns_unindexed (call_sid, seq) VALUES (new.call_sid, new.seq);
        END;
        """,
    ];
}
