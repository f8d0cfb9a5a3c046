package io.redress.core.complaint;

import io.redress.core.sla.Deadline;
import io.redress.core.sla.Escalation;
import io.redress.plugin.api.GradeDefinition;

import java.util.List;

/**
 * Everything about one case, read in one transaction: the complaint, its grade as defined by the scheme it was
 * graded under (null while ungraded), its clocks, the escalation rungs they reached, its timeline, and the further
 * complainants of a group complaint.
 */
public record CaseFile(Complaint complaint, GradeDefinition grade, List<Deadline> deadlines, List<Escalation> escalations,
                       List<TimelineEntry> timeline, List<ComplaintMember> members) {
}
