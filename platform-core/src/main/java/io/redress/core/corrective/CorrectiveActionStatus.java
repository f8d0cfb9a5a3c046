package io.redress.core.corrective;

/**
 * Where a corrective action stands. A rejection sends the action back to {@link #OPEN} with the reason; as a filter,
 * {@link #REJECTED} finds the open actions whose last report was rejected.
 */
public enum CorrectiveActionStatus {
    /** with its owner, to be carried out */
    OPEN,
    /** the owner reports it carried out, with evidence; waits for verification */
    DONE,
    /** verified against its acceptance criteria by someone other than the owner: closed */
    ACCEPTED,
    /** never stored: the filter for open actions sent back by a rejection */
    REJECTED
}
