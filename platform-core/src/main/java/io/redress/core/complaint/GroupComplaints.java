package io.redress.core.complaint;

import io.redress.core.InvalidInputException;
import io.redress.core.persistence.Tenancy;
import io.redress.core.sla.ClockStateException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Group complaints (Policy C): several complainants on one case, each with their own demand and contact, one
 * spokesperson and one official statement. When the group grows, the grading plugin is asked again — under Policy C
 * three or more complainants make the case MAJOR — and the case is regraded if its grade changes.
 */
@ApplicationScoped
public class GroupComplaints {

    /** The id that names the case's first complainant as spokesperson. */
    public static final String PRIMARY = "primary";

    @PersistenceContext(unitName = "redress")
    EntityManager em;

    @Inject
    ComplaintGrading grading;

    @Inject
    Timeline timeline;

    @Inject
    ComplaintQueries queries;

    @Inject
    Clock clock;

    @Transactional
    public CaseFile addMember(String tenant, String caseNumber, String name, String email, String phone, String demand,
                              boolean spokesperson, String actor) {
        Tenancy.bind(em, tenant);
        Complaint complaint = open(caseNumber);
        Instant now = clock.instant();
        ComplaintMember member = new ComplaintMember(complaint.id(), name, email, phone, demand, now, actor);
        em.persist(member);
        List<ComplaintMember> members = members(complaint);
        if (spokesperson) {
            members.forEach(m -> m.speaksForTheGroup(m == member));
        }
        int before = complaint.complainantCount();
        complaint.groupOf(1 + members.size());
        JsonObjectBuilder detail = Json.createObjectBuilder().add("member", member.id()).add("name", name)
                .add("spokesperson", spokesperson).add("complainants", complaint.complainantCount());
        timeline.append(complaint, now, "GROUP_MEMBER_ADDED", actor, detail.build());
        em.flush();
        if (complaint.complainantCount() != before) {
            grading.regradeIfChanged(tenant, complaint, "the group grew to " + complaint.complainantCount() + " complainants", actor);
        }
        em.flush();
        return queries.caseFileById(complaint.id());
    }

    /** Names who speaks for the group: a member's id, or {@value #PRIMARY} for the case's first complainant. */
    @Transactional
    public CaseFile spokesperson(String tenant, String caseNumber, String memberId, String actor) {
        Tenancy.bind(em, tenant);
        Complaint complaint = open(caseNumber);
        List<ComplaintMember> members = members(complaint);
        if (!PRIMARY.equals(memberId) && members.stream().noneMatch(m -> m.id().equals(memberId))) {
            throw new InvalidInputException("member", "is not a complainant of " + caseNumber + "; give a member's id or \"primary\"");
        }
        members.forEach(m -> m.speaksForTheGroup(m.id().equals(memberId)));
        timeline.append(complaint, clock.instant(), "SPOKESPERSON_NAMED", actor, Json.createObjectBuilder().add("member", memberId).build());
        em.flush();
        return queries.caseFileById(complaint.id());
    }

    /** The group's one official statement; a new one replaces it, and the timeline keeps every version. */
    @Transactional
    public CaseFile issueStatement(String tenant, String caseNumber, String text, String actor) {
        Tenancy.bind(em, tenant);
        Complaint complaint = open(caseNumber);
        Instant now = clock.instant();
        complaint.issueStatement(text, now);
        timeline.append(complaint, now, "STATEMENT_ISSUED", actor, Json.createObjectBuilder().add("statement", text).build());
        em.flush();
        return queries.caseFileById(complaint.id());
    }

    private List<ComplaintMember> members(Complaint complaint) {
        return em.createQuery("SELECT m FROM ComplaintMember m WHERE m.complaintId = :id", ComplaintMember.class)
                .setParameter("id", complaint.id()).getResultList();
    }

    private Complaint open(String caseNumber) {
        Complaint complaint = CaseLocks.lock(em, caseNumber);
        if (complaint.status() == ComplaintStatus.CLOSED) {
            throw new ClockStateException("the case is closed");
        }
        return complaint;
    }
}
