// Concierge dashboard: keeps the live tables current from the server's event stream, and folds the call filters on a phone. Times come written by the server in
// the company's time zone (a setting), so every reader sees the same day. Built with textContent only: nothing a caller
// says is ever read as HTML.
"use strict";
(() => {
    const cell = (label, ...children) => {
        const td = document.createElement("td");
        td.dataset.label = label;
        td.append(...children);
        return td;
    };

    const span = (className, text) => {
        const element = document.createElement("span");
        element.className = className;
        element.textContent = text;
        return element;
    };

    const latestTurn = (turn) => {
        if (!turn) {
            return [];
        }
        const speaker = { caller: "Caller", concierge: "Concierge", system: "Call" }[turn.speaker] ?? turn.speaker;
        const parts = [span("turn-speaker", `${speaker}: `), document.createTextNode(turn.text)];
        const details = [];
        if (turn.latencyMs != null) details.push(`${turn.latencyMs} ms`);
        if (turn.brain) details.push(turn.brain);
        if (turn.action) details.push(turn.action);
        if (details.length > 0) parts.push(span("muted", details.join(" · ")));
        return parts;
    };

    const duration = (seconds) => seconds == null ? "—" : seconds < 60 ? `${seconds}s` : `${Math.floor(seconds / 60)}m ${String(seconds % 60).padStart(2, "0")}s`;

    // A call on the line shows where it stands and what the caller said last; an ended call, how it ended.
    const row = (call) => {
        const tr = document.createElement("tr");
        tr.id = `call-${call.callSid}`;
        tr.dataset.callSid = call.callSid;
        const link = document.createElement("a");
        link.href = call.url;
        link.textContent = call.caller;
        const caller = cell("Caller", link);
        if (call.caller !== call.from) caller.append(span("muted", call.from));
        const started = document.createElement("time");
        started.dateTime = call.startedAt;
        started.textContent = call.startedAtText;
        if (call.status !== "ended") {
            tr.append(
                caller,
                cell("Started", started),
                cell("Status", call.status.replaceAll("_", " ")),
                cell("Turns", String(call.turnCount)),
                cell("Caller said", call.callerLine ? span("caller-line", call.callerLine) : span("muted", "nothing yet")),
                cell("Latest turn", ...latestTurn(call.latestTurn)));
            return tr;
        }
        const decision = call.decision ? span(`badge decision-${call.decision.replaceAll("_", "-")}`, call.decisionLabel) : span("muted", "no decision");
        const decisionCell = cell("Decision", decision);
        if (call.reason) decisionCell.append(span("muted", call.reason));
        tr.append(caller, cell("Started", started), cell("Duration", duration(call.durationSeconds)), cell("Turns", String(call.turnCount)), decisionCell);
        return tr;
    };

    const startLiveTables = (root) => {
        const now = root.querySelector("[data-live-now]").tBodies[0];
        const ended = root.querySelector("[data-live-ended]").tBodies[0];
        const status = document.querySelector("[data-live-status]");
        const emptyNow = root.querySelector("[data-live-empty-now]");
        const emptyEnded = root.querySelector("[data-live-empty-ended]");
        const show = (call) => {
            const fresh = row(call);
            const existing = document.getElementById(fresh.id);
            const body = call.status === "ended" ? ended : now;
            if (existing && existing.parentElement === body) {
                existing.replaceWith(fresh); // a call that moves stays in place
            } else {
                if (existing) existing.remove(); // it just ended: from "on the line" to "ended"
                fresh.classList.add("live-new");
                body.prepend(fresh); // latest first
            }
            emptyNow.hidden = now.rows.length > 0;
            emptyEnded.hidden = ended.rows.length > 0;
        };
        const connect = () => {
            const source = new EventSource(root.dataset.liveEvents);
            source.addEventListener("call", (event) => show(JSON.parse(event.data)));
            source.addEventListener("open", () => { status.textContent = "Live: updates appear as calls happen."; });
            source.addEventListener("error", () => {
                if (source.readyState === EventSource.CLOSED) {
                    status.textContent = "Live updates were interrupted; retrying…";
                    setTimeout(connect, 10000);
                } else {
                    status.textContent = "Reconnecting…";
                }
            });
        };
        connect();
    };

    const live = document.querySelector("[data-live-events]");
    if (live) startLiveTables(live);

    // The call filters fold away on a phone: closed there unless a filter is set, always open on a wider screen.
    const filters = document.querySelector("details.filter-panel");
    if (filters && window.matchMedia("(max-width: 40rem)").matches && !filters.dataset.filtered) filters.open = false;
})();
