package io.redress.core.audit;

/**
 * The result of checking a tenant's chain.
 *
 * @param entries        how many entries were read
 * @param firstBrokenSeq the first entry whose link does not hold; null when the chain is valid
 * @param reason         why it does not hold; null when valid
 */
public record ChainVerdict(boolean valid, long entries, Long firstBrokenSeq, String reason) {

    public static ChainVerdict intact(long entries) {
        return new ChainVerdict(true, entries, null, null);
    }

    public static ChainVerdict broken(long entries, long seq, String reason) {
        return new ChainVerdict(false, entries, seq, reason);
    }
}
