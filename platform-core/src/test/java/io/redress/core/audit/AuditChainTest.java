package io.redress.core.audit;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AuditChainTest {

    private static final Instant AT = Instant.parse("2026-11-20T10:15:30.123456789Z");

    /** A chain of n links as AuditTrail writes them: each holds the previous one's hash. */
    static List<AuditLink> chain(String tenant, int n) {
        List<AuditLink> links = new ArrayList<>();
        String prev = AuditLink.GENESIS;
        for (int seq = 1; seq <= n; seq++) {
            AuditLink link = new AuditLink(tenant, seq, AT.plusSeconds(seq), "omar", "COMPLAINT", "C-20261120-000" + seq,
                    "TRANSITION", "{\"status\":\"RECEIVED\"}", "{\"status\":\"ACKNOWLEDGED\"}", prev);
            links.add(link);
            prev = link.hash();
        }
        return links;
    }

    static ChainVerdict check(List<AuditLink> links, List<String> hashes, long headSeq) {
        ChainCheck check = new ChainCheck();
        for (int i = 0; i < links.size(); i++) {
            if (!check.accept(links.get(i), hashes.get(i))) {
                break;
            }
        }
        return check.verdict(headSeq);
    }

    static List<String> hashes(List<AuditLink> links) {
        return new ArrayList<>(links.stream().map(AuditLink::hash).toList());
    }

    @Test
    void theHashIsSha256OfTheCanonicalFormAndStable() {
        AuditLink link = chain("acme", 1).get(0);
        assertEquals(64, link.hash().length());
        assertTrue(link.hash().matches("[0-9a-f]{64}"));
        assertEquals(link.hash(), new AuditLink("acme", 1, AT.plusSeconds(1), "omar", "COMPLAINT", "C-20261120-0001",
                "TRANSITION", "{\"status\":\"RECEIVED\"}", "{\"status\":\"ACKNOWLEDGED\"}", AuditLink.GENESIS).hash());
        assertTrue(link.canonical().contains("tenant=4:acme\n"));
        assertTrue(link.canonical().contains("at=27:2026-11-20T10:15:31.123456Z\n"), "kept to the microsecond, as stored");
    }

    @Test
    void theCanonicalFormCannotBeShiftedBetweenFields() {
        AuditLink a = new AuditLink("t", 1, AT, "ab", "c", "x", "A", null, "{}", AuditLink.GENESIS);
        AuditLink b = new AuditLink("t", 1, AT, "a", "bc", "x", "A", null, "{}", AuditLink.GENESIS);
        assertNotEquals(a.canonical(), b.canonical());
        AuditLink nullBefore = new AuditLink("t", 1, AT, "a", "c", "x", "A", null, "{}", AuditLink.GENESIS);
        AuditLink emptyBefore = new AuditLink("t", 1, AT, "a", "c", "x", "A", "", "{}", AuditLink.GENESIS);
        assertNotEquals(nullBefore.hash(), emptyBefore.hash());
    }

    @Test
    void everyFieldIsCovered() {
        AuditLink base = chain("acme", 1).get(0);
        List<AuditLink> changed = List.of(
                new AuditLink("acme2", 1, base.at(), base.actor(), base.entityType(), base.entityId(), base.action(), base.before(), base.after(), base.prevHash()),
                new AuditLink("acme", 2, base.at(), base.actor(), base.entityType(), base.entityId(), base.action(), base.before(), base.after(), base.prevHash()),
                new AuditLink("acme", 1, base.at().plusMillis(1), base.actor(), base.entityType(), base.entityId(), base.action(), base.before(), base.after(), base.prevHash()),
                new AuditLink("acme", 1, base.at(), "eve", base.entityType(), base.entityId(), base.action(), base.before(), base.after(), base.prevHash()),
                new AuditLink("acme", 1, base.at(), base.actor(), "POLICY", base.entityId(), base.action(), base.before(), base.after(), base.prevHash()),
                new AuditLink("acme", 1, base.at(), base.actor(), base.entityType(), "other", base.action(), base.before(), base.after(), base.prevHash()),
                new AuditLink("acme", 1, base.at(), base.actor(), base.entityType(), base.entityId(), "CREATED", base.before(), base.after(), base.prevHash()),
                new AuditLink("acme", 1, base.at(), base.actor(), base.entityType(), base.entityId(), base.action(), "{}", base.after(), base.prevHash()),
                new AuditLink("acme", 1, base.at(), base.actor(), base.entityType(), base.entityId(), base.action(), base.before(), "{}", base.prevHash()),
                new AuditLink("acme", 1, base.at(), base.actor(), base.entityType(), base.entityId(), base.action(), base.before(), base.after(), "1".repeat(64)));
        changed.forEach(c -> assertNotEquals(base.hash(), c.hash(), c::toString));
    }

    @Test
    void anIntactChainIsValid() {
        List<AuditLink> links = chain("acme", 5);
        ChainVerdict verdict = check(links, hashes(links), 5);
        assertTrue(verdict.valid());
        assertEquals(5, verdict.entries());
        assertNull(verdict.firstBrokenSeq());
        assertTrue(check(List.of(), List.of(), 0).valid(), "a tenant without entries has a valid, empty chain");
    }

    @Test
    void anEditedEntryIsTheFirstBrokenLink() {
        List<AuditLink> links = chain("acme", 5);
        List<String> stored = hashes(links);
        AuditLink third = links.get(2);
        links.set(2, new AuditLink(third.tenant(), 3, third.at(), third.actor(), third.entityType(), third.entityId(),
                third.action(), third.before(), "{\"status\":\"CLOSED\"}", third.prevHash()));
        ChainVerdict verdict = check(links, stored, 5);
        assertFalse(verdict.valid());
        assertEquals(3L, verdict.firstBrokenSeq());
        assertEquals("its content does not match its hash", verdict.reason());
    }

    @Test
    void anEntryRehashedByHandBreaksTheNextLink() {
        List<AuditLink> links = chain("acme", 5);
        List<String> stored = hashes(links);
        AuditLink third = links.get(2);
        AuditLink forged = new AuditLink(third.tenant(), 3, third.at(), third.actor(), third.entityType(), third.entityId(),
                third.action(), third.before(), "{\"status\":\"CLOSED\"}", third.prevHash());
        links.set(2, forged);
        stored.set(2, forged.hash());
        ChainVerdict verdict = check(links, stored, 5);
        assertEquals(4L, verdict.firstBrokenSeq());
    }

    @Test
    void aDeletedEntryIsCaughtInTheMiddleAndAtTheEnd() {
        List<AuditLink> links = chain("acme", 5);
        List<String> stored = hashes(links);
        List<AuditLink> withoutSecond = new ArrayList<>(links);
        List<String> hashesWithoutSecond = new ArrayList<>(stored);
        withoutSecond.remove(1);
        hashesWithoutSecond.remove(1);
        assertEquals(2L, check(withoutSecond, hashesWithoutSecond, 5).firstBrokenSeq());
        assertEquals(5L, check(links.subList(0, 4), stored.subList(0, 4), 5).firstBrokenSeq(), "the head still records 5");
    }

    @Test
    void oneTenantsChainDoesNotVerifyAsAnothers() {
        List<AuditLink> a = chain("acme", 2);
        List<AuditLink> asB = a.stream().map(l -> new AuditLink("bravo", l.seq(), l.at(), l.actor(), l.entityType(),
                l.entityId(), l.action(), l.before(), l.after(), l.prevHash())).toList();
        assertEquals(1L, check(asB, hashes(a), 2).firstBrokenSeq());
    }
}
