package io.redress.core.complaint;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.Optional;

/** The case view's port, served by the case queries and the acts on clocks, each in one transaction. */
@ApplicationScoped
public class CaseDeskService implements CaseDesk {

    @Inject
    ComplaintQueries queries;

    @Inject
    CaseClocks clocks;

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
}
