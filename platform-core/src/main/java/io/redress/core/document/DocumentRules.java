package io.redress.core.document;

import io.redress.core.identity.Caller;
import io.redress.core.identity.Role;

import java.util.EnumSet;
import java.util.Set;

/** Who may do what with a case's documents (Policy A: the department reads, supervisors and above edit). Pure. */
public final class DocumentRules {

    private static final Set<Role> EDITORS = EnumSet.of(Role.SUPERVISOR, Role.DIRECTOR, Role.MANAGEMENT);
    private static final Set<Role> RESTRICTED_READERS = EnumSet.of(Role.DIRECTOR, Role.MANAGEMENT);

    private DocumentRules() {
    }

    /**
     * @param callerUnit the caller's unit from their staff profile; null if none
     * @param ownerUnit  the unit that owns the case; null while unassigned
     * @param assignee   the case's assignee; null while unassigned
     */
    public static DocumentDesk.CaseDocumentAccess access(Caller caller, String callerUnit, String ownerUnit, String assignee) {
        boolean edit = caller.hasAny(EDITORS);
        boolean ofDepartment = callerUnit != null && callerUnit.equals(ownerUnit);
        boolean read = edit || caller.roles().contains(Role.AUDITOR) || ofDepartment || caller.username().equals(assignee);
        return new DocumentDesk.CaseDocumentAccess(read, edit, caller.hasAny(RESTRICTED_READERS));
    }

    public static boolean mayRead(DocumentDesk.CaseDocumentAccess access, boolean restrictedDocument) {
        return access.read() && (!restrictedDocument || access.restricted());
    }

    public static boolean mayEdit(DocumentDesk.CaseDocumentAccess access, boolean restrictedDocument) {
        return access.edit() && (!restrictedDocument || access.restricted());
    }
}
