package io.redress.core.audit;

/**
 * Walks one tenant's entries in the order of their sequence numbers and finds the first link that does not hold:
 * a gap in the numbering (a deleted entry), a previous hash that is not the hash stored before it (a re-linked
 * entry), or a stored hash that is not the hash of the entry's content (an edited entry). Pure: no I/O.
 */
public final class ChainCheck {

    private long expectedSeq = 1;
    private String expectedPrev = AuditLink.GENESIS;
    private long entries;
    private ChainVerdict broken;

    /** Feeds the next entry; returns false once the chain is broken (the rest need not be read). */
    public boolean accept(AuditLink link, String storedHash) {
        if (broken != null) {
            return false;
        }
        entries++;
        if (link.seq() != expectedSeq) {
            broken = ChainVerdict.broken(entries, expectedSeq, "entry " + expectedSeq + " is missing (next stored is " + link.seq() + ")");
        } else if (!link.prevHash().equals(expectedPrev)) {
            broken = ChainVerdict.broken(entries, link.seq(), "its previous hash is not the hash of entry " + (link.seq() - 1));
        } else if (!link.hash().equals(storedHash)) {
            broken = ChainVerdict.broken(entries, link.seq(), "its content does not match its hash");
        } else {
            expectedSeq++;
            expectedPrev = storedHash;
        }
        return broken == null;
    }

    /**
     * The verdict once every entry was fed. {@code headSeq} is the last sequence number the chain's head records, so
     * that deleting the newest entries is caught too.
     */
    public ChainVerdict verdict(long headSeq) {
        if (broken != null) {
            return broken;
        }
        long last = expectedSeq - 1;
        if (headSeq > last) {
            return ChainVerdict.broken(entries, last + 1, "entry " + (last + 1) + " is missing (the head records " + headSeq + ")");
        }
        if (headSeq < last) {
            return ChainVerdict.broken(entries, headSeq + 1, "entry " + (headSeq + 1) + " was not appended through the head");
        }
        return ChainVerdict.intact(entries);
    }
}
