package io.redress.core.complaint;

import io.redress.core.identity.Caller;
import io.redress.core.staff.StaffProfile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Optional;

/** The case view's port, served by the case queries and the acts on clocks, each in one transaction. */
@ApplicationScoped
public class CaseDeskService implements CaseDesk {

    @Inject
    ComplaintQueries queries;

    @Inject
    CaseClocks clocks;

    @Inject
    CaseLifecycle lifecycle;

    @Override
    @Transactional
    public Optional<CaseDetail> find(String tenant, String caseNumber) {
        return queries.findCaseFile(tenant, caseNumber).map(file -> queries.detail(tenant, file));
    }

    @Override
    @Transactional
    public CaseDetail completeStage(String tenant, String caseNumber, String stage, String note, String actor) {
        return queries.detail(tenant, clocks.completeStage(tenant, caseNumber, stage, note, actor));
    }

    @Override
    @Transactional
    public CaseDetail waitForCustomer(String tenant, String caseNumber, String note, String actor) {
        return queries.detail(tenant, clocks.waitForCustomer(tenant, caseNumber, note, actor));
    }

    @Override
    @Transactional
    public CaseDetail resume(String tenant, String caseNumber, String note, String actor) {
        return queries.detail(tenant, clocks.resume(tenant, caseNumber, note, actor));
    }

    @Override
    @Transactional
    public Handling handling(String tenant, String caseNumber, Caller caller) {
        CaseFile file = queries.caseFile(tenant, caseNumber);
        Complaint c = file.complaint();
        List<Member> members = file.members().stream()
                .map(m -> new Member(m.name(), m.email(), m.phone(), m.demand(), m.spokesperson())).toList();
        return new Handling(c.assignee(), c.ownerUnit(), c.needsTranslator(), members, c.statement(),
                lifecycle.allowedActions(tenant, caseNumber, caller));
    }

    @Override
    @Transactional
    public CaseDetail transition(String tenant, String caseNumber, CaseAction action, String note, String assignee, Caller caller) {
        return queries.detail(tenant, lifecycle.transition(tenant, caseNumber, action, note, assignee, caller));
    }

    @Override
    public List<String> candidates(String tenant, String caseNumber) {
        return lifecycle.candidates(tenant, caseNumber).stream().map(StaffProfile::username).toList();
    }
}
