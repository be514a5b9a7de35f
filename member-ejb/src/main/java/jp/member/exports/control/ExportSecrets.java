package jp.member.exports.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import jp.member.exports.entity.ExportRequest;
import jp.member.security.crypto.DataProtection;
import jp.member.security.crypto.Resealing;
import jp.member.security.crypto.SealedValues;

/**
 * The key of each export file and its ZIP password, sealed with the data key while the file may still be downloaded
 * (both go when the file is deleted, at the latest {@code export.download.hours} after it was made). Key rotation
 * re-seals them ({@link SealedValues}), so that removing an old key never leaves a file due for download unreadable.
 * The file itself keeps its own key and is not rewritten. Only a few exports hold them at any time: they are counted
 * by reading their bytes.
 */
@ApplicationScoped
public class ExportSecrets implements SealedValues {

    /** How key rotation names export file keys and ZIP passwords. */
    public static final String KIND = "exportSecrets";

    @PersistenceContext
    EntityManager em;

    @Inject
    DataProtection protection;

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Map<String, Long> countByKey() {
        return SealedValues.tally(em.createQuery(
                        "SELECT e.fileKey, e.zipPassword FROM ExportRequest e"
                                + " WHERE e.fileKey IS NOT NULL OR e.zipPassword IS NOT NULL",
                        Object[].class)
                .getResultStream()
                .flatMap(row -> Stream.of((byte[]) row[0], (byte[]) row[1])));
    }

    /** A download between reading and writing an export fails the batch on its version; the rotation retries it. */
    @Override
    public Batch resealAfter(long afterId) {
        List<ExportRequest> batch = em.createQuery(
                        "SELECT e FROM ExportRequest e WHERE e.id > :after"
                                + " AND (e.fileKey IS NOT NULL OR e.zipPassword IS NOT NULL) ORDER BY e.id",
                        ExportRequest.class)
                .setParameter("after", afterId)
                .setMaxResults(BATCH)
                .getResultList();
        if (batch.isEmpty()) {
            return Batch.NONE_LEFT;
        }
        Resealing resealing = new Resealing(protection.cipher());
        for (ExportRequest export : batch) {
            String where = "secrets of export id " + export.getId();
            export.resealSecrets(
                    resealing.reseal(export.getFileKey(), ExportFiles.keyBinding(export.getRef()), where),
                    resealing.reseal(export.getZipPassword(), ExportProgress.passwordBinding(export.getRef()), where));
        }
        return resealing.done(batch.get(batch.size() - 1).getId());
    }
}
