// Concierge dashboard: keeps the live table current from the server's event stream. Times come written by the server in
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
        const parts = [span("turn-speaker", `${turn.speaker}: `), document.createTextNode(turn.text)];
        const details = [];
        if (turn.latencyMs != null) details.push(`${turn.latencyMs} ms`);
        if (turn.brain) details.push(turn.brain);
        if (turn.action) details.push(turn.action);
        if (details.length > 0) parts.push(span("muted", details.join(" · ")));
        return parts;
    };

    const row = (call) => {
        const tr = document.createElement("tr");
        tr.id = `call-${call.callSid}`;
        tr.dataset.callSid = call.callSid;
        tr.classList.toggle("live-ended", call.status === "ended");
        const link = document.createElement("a");
        link.href = call.url;
        link.textContent = call.caller;
        const caller = cell("Caller", link);
        if (call.caller !== call.from) caller.append(span("muted", call.from));
        const started = document.createElement("time");
        started.dateTime = call.startedAt;
        started.textContent = call.startedAtText;
        const decision = call.decision ? span(`badge decision-${call.decision.replaceAll("_", "-")}`, call.decisionLabel) : span("muted", "deciding…");
        const decisionCell = cell("Decision", decision);
        if (call.reason) decisionCell.append(span("muted", call.reason));
        tr.append(
            caller,
            cell("Started", started),
            cell("Status", call.status),
            cell("Turns", String(call.turnCount)),
            cell("Latest turn", ...latestTurn(call.latestTurn)),
            decisionCell);
        return tr;
    };

    const startLiveTable = (table) => {
        const body = table.tBodies[0];
        const status = document.querySelector("[data-live-status]");
        const empty = document.querySelector("[data-live-empty]");
        const show = (call) => {
            const fresh = row(call);
            const existing = document.getElementById(fresh.id);
            if (existing) {
                existing.replaceWith(fresh);
            } else {
                fresh.classList.add("live-new");
            }
            // Latest start first: a call that moves stays in place, a new one goes on top.
            if (!existing) body.prepend(fresh);
            if (empty) empty.hidden = body.rows.length > 0;
        };
        const connect = () => {
            const source = new EventSource(table.dataset.liveEvents);
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
    if (live) startLiveTable(live);
})();
