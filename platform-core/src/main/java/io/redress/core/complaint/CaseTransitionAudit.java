package io.redress.core.complaint;

import io.redress.core.audit.AuditTrail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;

/**
 * Appends every lifecycle transition to the audit trail. {@link CaseLifecycle} fires
 * {@link CaseTransitioned} inside its transaction, so the entry commits or rolls back with the transition.
 */
@ApplicationScoped
class CaseTransitionAudit {

    @Inject
    AuditTrail audit;

    void on(@Observes CaseTransitioned event) {
        JsonObjectBuilder after = Json.createObjectBuilder().add("status", event.to().name()).add("action", event.action().name());
        if (event.note() != null && !event.note().isBlank()) {
            after.add("note", event.note());
        }
        audit.append(event.tenant(), "COMPLAINT", event.caseNumber(), "TRANSITION", event.actor(),
                Json.createObjectBuilder().add("status", event.from().name()).build(), after.build());
    }
}
