package io.redress.ui.corrective;

import io.redress.core.NotAllowedException;
import io.redress.core.corrective.CorrectiveActionStatus;
import io.redress.core.corrective.Ledger;
import io.redress.core.corrective.NewCorrectiveAction;
import io.redress.core.identity.Caller;
import io.redress.core.sla.ClockStateException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The ledger's rules in memory, enough for the view: owner reports, someone else verifies. */
final class InMemoryLedger implements Ledger {

    static final Instant NOW = Instant.parse("2026-12-05T02:00:00Z");
    final List<ActionView> actions = new ArrayList<>();
    private int next = 1;

    ActionView add(String title, String owner, LocalDate due, CorrectiveActionStatus status, boolean overdue, List<String> cases) {
        ActionView a = new ActionView("a" + next++, title, "cause", owner, due,
                due.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC), "criteria", cases, status, overdue, null, null,
                null, 0, null, null, "sara", NOW, null,
                overdue ? List.of(new EscalationView(1, 100, "OWNER", NOW, NOW)) : List.of());
        actions.add(a);
        return a;
    }

    @Override
    public List<ActionView> list(String tenant, LedgerQuery q) {
        return actions.stream()
                .filter(a -> q.status() == null || a.status() == q.status())
                .filter(a -> q.owner() == null || a.owner().equals(q.owner()))
                .filter(a -> q.overdue() == null || a.overdue() == q.overdue())
                .filter(a -> q.caseNumber() == null || a.caseNumbers().contains(q.caseNumber())).toList();
    }

    @Override
    public Optional<ActionView> find(String tenant, String id) {
        return actions.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    @Override
    public ActionView create(String tenant, NewCorrectiveAction n, Caller caller) {
        return add(n.title(), n.owner(), n.dueDate(), CorrectiveActionStatus.OPEN, false, n.caseNumbers());
    }

    @Override
    public ActionView markDone(String tenant, String id, String evidence, Caller caller) {
        ActionView a = find(tenant, id).orElseThrow();
        if (!a.owner().equals(caller.username())) {
            throw new NotAllowedException("not the owner");
        }
        return replace(a, CorrectiveActionStatus.DONE, evidence, null, null);
    }

    @Override
    public ActionView verify(String tenant, String id, boolean accept, String reason, Caller caller) {
        ActionView a = find(tenant, id).orElseThrow();
        if (a.status() != CorrectiveActionStatus.DONE) {
            throw new ClockStateException("not done");
        }
        return replace(a, accept ? CorrectiveActionStatus.ACCEPTED : CorrectiveActionStatus.OPEN, a.evidence(),
                accept ? null : reason, caller.username());
    }

    private ActionView replace(ActionView a, CorrectiveActionStatus status, String evidence, String reason, String verifier) {
        ActionView changed = new ActionView(a.id(), a.title(), a.cause(), a.owner(), a.dueDate(), a.dueAt(), a.acceptanceCriteria(),
                a.caseNumbers(), status, a.overdue() && status == CorrectiveActionStatus.OPEN, evidence, NOW, reason,
                a.rejections() + (reason == null ? 0 : 1), verifier, verifier == null ? null : NOW, a.createdBy(), a.createdAt(),
                null, a.escalations());
        actions.set(actions.indexOf(a), changed);
        return changed;
    }
}
