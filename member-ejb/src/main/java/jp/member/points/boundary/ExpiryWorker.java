package jp.member.points.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jp.member.points.control.BatchExpiry;
import jp.member.points.control.ExpiryBatch;
import jp.member.shared.BusinessTime;

/**
 * One batch of the expiry run, in a container transaction of its own, over one share of the members (member id modulo
 * the number of shares), so that parallel workers never wait for each other's member locks.
 *
 * <p>An EJB, not a CDI bean with {@code @Transactional(REQUIRES_NEW)} as it was: on Payara a transaction that
 * {@code @Transactional} begins inside an EJB call that has none (the nightly timer, the run's own threads) does not
 * take in the connections used within it — the server enlists a connection in the transaction of the current
 * component invocation, which only the EJB container, a {@code UserTransaction} or a servlet request sets. Every
 * statement of a batch committed on its own and every lock ended with its statement (found by {@link BatchExpiry}'s
 * check; see decision 0015).
 */
@Stateless
@PermitAll // the run's threads carry no caller (the nightly timer has none); it only expires lots past their date
public class ExpiryWorker {

    /** The most lots one transaction takes. */
    public static final int MAX_BATCH = BatchExpiry.MAX_LOTS;

    @Inject
    BatchExpiry expiry;

    @Inject
    BusinessTime time;

    /**
     * Up to {@code limit} due lots of share {@code share} of {@code shares} with an id above {@code afterLotId}.
     *
     * @throws IllegalArgumentException for a share that does not exist
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public ExpiryBatch batch(long afterLotId, int limit, int share, int shares) {
        if (shares < 1 || share < 0 || share >= shares) {
            throw new IllegalArgumentException("no share " + share + " of " + shares);
        }
        return expiry.expire(afterLotId, limit, share, shares, time.today(), time.now());
    }
}
