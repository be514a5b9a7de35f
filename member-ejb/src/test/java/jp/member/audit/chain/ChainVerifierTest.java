package jp.member.audit.chain;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import jp.member.audit.chain.ChainVerifier.Problem;
import jp.member.audit.chain.ChainVerifier.Result;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Tampering with a stored chain, in the manner of transparency-log proof tests: every kind of change an insider with
 * database access could make — edit a byte, delete, insert, reorder, cut the tail, recompute the chain after it —
 * is found, at the right position.
 */
class ChainVerifierTest {

    private static final SecretKey KEY = new SecretKeySpec(new byte[32], "HmacSHA256");
    private static final Instant T0 = Instant.parse("2026-11-28T00:00:00.123456Z");

    /** Entry {@code i} (1-based) as the application writes them: ids ascending but not equal to positions. */
    static AuditRecord record(long i) {
        return new AuditRecord(
                1000 + i,
                T0.plusSeconds(i),
                i % 3 == 0 ? "PERSONAL_DATA_READ" : "SIGN_IN",
                "SUCCESS",
                "agent" + (i % 7),
                "STAFF",
                "192.0.2." + (i % 250),
                i % 2 == 0 ? i : null,
                i % 5 == 0 ? "entry:" + i : null,
                i % 3 == 0 ? "phone,email" : null,
                i % 3 == 0 ? "REVEAL" : null,
                i % 3 == 0 ? "問い合わせ対応 " + i : null,
                i % 3 == 0 ? "INQ-" + i : null);
    }

    static List<ChainLink> chain(int length) {
        List<ChainLink> links = new ArrayList<>(length);
        String hash = HashChain.GENESIS;
        for (long seq = 1; seq <= length; seq++) {
            AuditRecord r = record(seq);
            hash = HashChain.link(hash, seq, r);
            links.add(new ChainLink(seq, r.id(), hash, r));
        }
        return links;
    }

    /** What someone who knows the algorithm but not the key can do after a change: hash everything again. */
    static List<ChainLink> recomputed(List<ChainLink> links) {
        List<ChainLink> out = new ArrayList<>();
        String hash = HashChain.GENESIS;
        long seq = 1;
        for (ChainLink l : links) {
            hash = HashChain.link(hash, seq, l.record());
            out.add(new ChainLink(seq++, l.record().id(), hash, l.record()));
        }
        return out;
    }

    static Result verify(List<ChainLink> links, Map<Long, String> checkpoints) {
        ChainVerifier verifier = new ChainVerifier(1, HashChain.GENESIS, checkpoints);
        links.forEach(verifier::accept);
        return verifier.finish();
    }

    static Result verify(List<ChainLink> links) {
        return verify(links, Map.of());
    }

    static ChainLink withRecord(ChainLink l, AuditRecord r) {
        return new ChainLink(l.seq(), l.entryId(), l.hash(), r);
    }

    static String flip(String s) {
        if (s == null || s.isEmpty()) {
            return "x";
        }
        char c = s.charAt(s.length() - 1);
        return s.substring(0, s.length() - 1) + (char) (c ^ 1);
    }

    /** The record with one component changed by the smallest step: a number plus one, a string's last bit flipped. */
    static AuditRecord withFieldChanged(AuditRecord r, int field) throws ReflectiveOperationException {
        RecordComponent[] components = AuditRecord.class.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            values[i] = components[i].getAccessor().invoke(r);
            types[i] = components[i].getType();
        }
        Object value = values[field];
        if (value instanceof Long l) {
            values[field] = l + 1;
        } else if (value instanceof Instant t) {
            values[field] = t.plusNanos(1000);
        } else if (value instanceof String text) {
            values[field] = flip(text);
        } else if (value == null) {
            values[field] = types[field] == Long.class ? (Object) 1L : "x";
        } else {
            values[field] = ((Long) value) + 1; // the primitive id, boxed by the accessor call
        }
        return AuditRecord.class.getDeclaredConstructor(types).newInstance(values);
    }

    static Stream<Arguments> oneFieldChanged() {
        List<Arguments> cases = new ArrayList<>();
        for (int field = 0; field < AuditRecord.class.getRecordComponents().length; field++) {
            for (int position : new int[] {1, 50, 99, 100}) {
                cases.add(Arguments.of(AuditRecord.class.getRecordComponents()[field].getName(), position, field));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} changed at position {1}")
    @MethodSource("oneFieldChanged")
    @DisplayName("one field of one entry changed: found at that entry's position")
    void editOfAnyFieldIsFound(String name, int position, int field) throws Exception {
        List<ChainLink> links = chain(100);
        ChainLink original = links.get(position - 1);
        links.set(position - 1, withRecord(original, withFieldChanged(original.record(), field)));

        Result result = verify(links);

        assertThat(result.intact()).isFalse();
        assertThat(result.brokenAt()).isEqualTo(position);
        assertThat(result.problem()).isEqualTo(Problem.HASH_MISMATCH);
        assertThat(result.verified()).isEqualTo(position - 1);
    }

    @Test
    @DisplayName("a value moved into the neighbouring field changes the hash (every field is length-prefixed)")
    void fieldBoundariesAreHashed() {
        AuditRecord r = record(3);
        AuditRecord moved = new AuditRecord(
                r.id(),
                r.occurredAt(),
                r.eventType(),
                r.outcome(),
                r.actor(),
                r.actorKind(),
                r.clientAddress(),
                r.memberId(),
                r.target(),
                null,
                r.fields() + r.purpose(),
                r.reason(),
                r.inquiryNumber());

        assertThat(HashChain.link(HashChain.GENESIS, 3, moved)).isNotEqualTo(HashChain.link(HashChain.GENESIS, 3, r));
    }

    @Test
    @DisplayName("a clean chain of 100,000 entries verifies, and reports its length and head")
    void cleanChainVerifies() {
        List<ChainLink> links = chain(100_000);

        Result result = verify(
                links,
                Map.of(
                        50_000L,
                        links.get(49_999).hash(),
                        100_000L,
                        links.get(99_999).hash()));

        assertThat(result.intact()).isTrue();
        assertThat(result.verified()).isEqualTo(100_000);
        assertThat(result.lastSeq()).isEqualTo(100_000);
        assertThat(result.headHash()).isEqualTo(links.get(99_999).hash());
    }

    @Test
    @DisplayName("a stored hash changed by one byte: found at its position")
    void storedHashEdited() {
        List<ChainLink> links = chain(100);
        ChainLink l = links.get(41);
        links.set(41, new ChainLink(l.seq(), l.entryId(), flip(l.hash()), l.record()));

        Result result = verify(links);

        assertThat(result.brokenAt()).isEqualTo(42);
        assertThat(result.problem()).isEqualTo(Problem.HASH_MISMATCH);
    }

    @Test
    @DisplayName("an entry deleted but its link kept: ENTRY_MISSING at its position")
    void entryDeleted() {
        List<ChainLink> links = chain(100);
        links.set(29, withRecord(links.get(29), null));

        Result result = verify(links);

        assertThat(result.brokenAt()).isEqualTo(30);
        assertThat(result.problem()).isEqualTo(Problem.ENTRY_MISSING);
    }

    @Test
    @DisplayName("an entry deleted with its link: the gap is found at the missing position")
    void linkDeleted() {
        List<ChainLink> links = chain(100);
        links.remove(29);

        Result result = verify(links);

        assertThat(result.brokenAt()).isEqualTo(30);
        assertThat(result.problem()).isEqualTo(Problem.SEQUENCE_GAP);
    }

    @Test
    @DisplayName("an entry deleted and the rest renumbered and rehashed: the signed checkpoint no longer matches")
    void deletedAndRecomputed() {
        List<ChainLink> links = chain(100);
        Map<Long, String> checkpoint = Map.of(80L, links.get(79).hash());
        List<ChainLink> doctored = new ArrayList<>(links);
        doctored.remove(29);

        Result result = verify(recomputed(doctored), checkpoint);

        assertThat(result.problem()).isEqualTo(Problem.CHECKPOINT_MISMATCH);
        assertThat(result.brokenAt()).isEqualTo(80);
    }

    @Test
    @DisplayName("an entry inserted between two others: found at the inserted position")
    void inserted() {
        List<ChainLink> links = chain(100);
        AuditRecord fake = record(500);
        List<ChainLink> doctored = new ArrayList<>(links.subList(0, 60));
        doctored.add(new ChainLink(61, fake.id(), links.get(60).hash(), fake));
        links.subList(60, 100)
                .forEach(l -> doctored.add(new ChainLink(l.seq() + 1, l.entryId(), l.hash(), l.record())));

        Result result = verify(doctored);

        assertThat(result.brokenAt()).isEqualTo(61);
        assertThat(result.problem()).isEqualTo(Problem.HASH_MISMATCH);
    }

    @Test
    @DisplayName("an entry inserted and the chain rehashed after it: the signed checkpoint no longer matches")
    void insertedAndRecomputed() {
        List<ChainLink> links = chain(100);
        Map<Long, String> checkpoint = Map.of(100L, links.get(99).hash());
        List<ChainLink> doctored = new ArrayList<>(links);
        doctored.add(60, new ChainLink(0, 0, "", record(500)));

        Result result = verify(recomputed(doctored), checkpoint);

        assertThat(result.problem()).isEqualTo(Problem.CHECKPOINT_MISMATCH);
        assertThat(result.brokenAt()).isEqualTo(100);
    }

    @Test
    @DisplayName("two entries swapped (content or whole links): found at the first of them")
    void reordered() {
        List<ChainLink> contentSwapped = chain(100);
        AuditRecord a = contentSwapped.get(19).record();
        contentSwapped.set(
                19, withRecord(contentSwapped.get(19), contentSwapped.get(20).record()));
        contentSwapped.set(20, withRecord(contentSwapped.get(20), a));

        List<ChainLink> linksSwapped = chain(100);
        ChainLink first = linksSwapped.get(19);
        ChainLink second = linksSwapped.get(20);
        linksSwapped.set(19, new ChainLink(20, second.entryId(), second.hash(), second.record()));
        linksSwapped.set(20, new ChainLink(21, first.entryId(), first.hash(), first.record()));

        assertThat(verify(contentSwapped).brokenAt()).isEqualTo(20);
        assertThat(verify(linksSwapped).brokenAt()).isEqualTo(20);
        assertThat(verify(linksSwapped).problem()).isEqualTo(Problem.HASH_MISMATCH);
    }

    @Test
    @DisplayName("two entries swapped and the chain rehashed: the signed checkpoint no longer matches")
    void reorderedAndRecomputed() {
        List<ChainLink> links = chain(100);
        Map<Long, String> checkpoint = Map.of(50L, links.get(49).hash());
        List<ChainLink> doctored = new ArrayList<>(links);
        Collections.swap(doctored, 10, 11);

        Result result = verify(recomputed(doctored), checkpoint);

        assertThat(result.problem()).isEqualTo(Problem.CHECKPOINT_MISMATCH);
        assertThat(result.brokenAt()).isEqualTo(50);
    }

    @Test
    @DisplayName("the tail cut off: the chain ends before the latest checkpoint")
    void truncated() {
        List<ChainLink> links = chain(100);
        Map<Long, String> checkpoint = Map.of(100L, links.get(99).hash());

        Result result = verify(links.subList(0, 97), checkpoint);

        assertThat(result.problem()).isEqualTo(Problem.TRUNCATED);
        assertThat(result.brokenAt()).isEqualTo(98);
        assertThat(result.verified()).isEqualTo(97);
    }

    @Test
    @DisplayName("an archived prefix: verification starts from the archive's last position and hash")
    void startsAfterArchivedPart() {
        List<ChainLink> links = chain(100);
        ChainVerifier verifier = new ChainVerifier(41, links.get(39).hash(), Map.of(10L, "ignored: archived"));
        links.subList(40, 100).forEach(verifier::accept);

        Result result = verifier.finish();

        assertThat(result.intact()).isTrue();
        assertThat(result.verified()).isEqualTo(60);
    }

    @Test
    @DisplayName("a problem found outside the links (a forged checkpoint) breaks the result")
    void rejectedFromOutside() {
        ChainVerifier verifier = new ChainVerifier(1, HashChain.GENESIS, Map.of());
        chain(10).forEach(verifier::accept);
        verifier.reject(7, Problem.CHECKPOINT_FORGED);

        assertThat(verifier.finish().problem()).isEqualTo(Problem.CHECKPOINT_FORGED);
        assertThat(verifier.finish().brokenAt()).isEqualTo(7);
    }

    @Test
    @DisplayName("checkpoints: signed with the key, a changed field or another key fails, one line round-trips")
    void checkpoints() {
        Checkpoint cp = Checkpoint.sign(100, chain(100).get(99).hash(), T0, KEY);
        SecretKey other =
                new SecretKeySpec(new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16}, "HmacSHA256");

        assertThat(cp.signedBy(KEY)).isTrue();
        assertThat(cp.signedBy(other)).isFalse();
        assertThat(new Checkpoint(101, cp.headHash(), cp.createdAt(), cp.mac()).signedBy(KEY))
                .isFalse();
        assertThat(new Checkpoint(cp.seq(), flip(cp.headHash()), cp.createdAt(), cp.mac()).signedBy(KEY))
                .isFalse();
        assertThat(Checkpoint.parse(cp.line())).isEqualTo(cp);
    }

    @Test
    @DisplayName("a checkpoint line that is not one is refused")
    void checkpointGarbage() {
        for (String line : new String[] {null, "", "seq=1", "member-audit-checkpoint v1 seq=1 head=zz at=x mac=y"}) {
            org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                    .isThrownBy(() -> Checkpoint.parse(line));
        }
    }
}
