/**
 * The corrective-action ledger (整改台账): every problem a case exposed gets actions with an owner, a due date and
 * acceptance criteria, tracked to accepted closure — the owner reports it done with evidence, someone else accepts or
 * rejects it — and an action left open past its due date escalates, owner → supervisor → director, each rung notified
 * and audited. Depends on complaint (linked cases must exist), identity, notification, persistence and sla (the ladder
 * arithmetic and the sweep lock); nothing depends on it but the inbound adapters (api, UI).
 */
package io.redress.core.corrective;
