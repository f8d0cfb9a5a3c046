package io.redress.plugin.api;

/** How the approvers of one step decide. */
public enum ApprovalMode {
    /** one approver, who decides alone; a serial chain is a sequence of such steps */
    SERIAL,
    /** several approvers asked at once; the first approval is enough */
    PARALLEL_ANY,
    /** several approvers asked at once; every one of them must approve */
    PARALLEL_ALL
}
