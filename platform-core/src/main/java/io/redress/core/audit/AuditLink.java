package io.redress.core.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One link of a tenant's chain, as hashed: everything an entry says plus the previous entry's hash. The canonical
 * form writes each field as {@code name=length:value} on its own line, so that no choice of values can make two
 * different entries serialise alike (a field cannot swallow its neighbour), and a null differs from an empty text.
 *
 * @param prevHash the hash of entry {@code seq - 1}; {@link #GENESIS} for the first
 */
public record AuditLink(String tenant, long seq, Instant at, String actor, String entityType, String entityId,
                        String action, String before, String after, String prevHash) {

    /** The "previous hash" of a tenant's first entry: 64 zeros. */
    public static final String GENESIS = "0".repeat(64);

    public AuditLink {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(entityType, "entityType");
        Objects.requireNonNull(entityId, "entityId");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(prevHash, "prevHash");
    }

    /** Instants are kept to the microsecond, as both databases store them, so that a stored entry hashes as it did. */
    public static Instant storable(Instant at) {
        return at.truncatedTo(ChronoUnit.MICROS);
    }

    public String canonical() {
        StringBuilder out = new StringBuilder("redress-audit-v1\n");
        field(out, "tenant", tenant);
        field(out, "seq", Long.toString(seq));
        field(out, "at", storable(at).toString());
        field(out, "actor", actor);
        field(out, "entityType", entityType);
        field(out, "entityId", entityId);
        field(out, "action", action);
        field(out, "before", before);
        field(out, "after", after);
        field(out, "prevHash", prevHash);
        return out.toString();
    }

    /** SHA-256 of the canonical form, as 64 lower-case hex digits. */
    public String hash() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private static void field(StringBuilder out, String name, String value) {
        out.append(name).append('=');
        if (value == null) {
            out.append('-');
        } else {
            out.append(value.length()).append(':').append(value);
        }
        out.append('\n');
    }
}
