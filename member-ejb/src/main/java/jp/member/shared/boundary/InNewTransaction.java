package jp.member.shared.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.function.Supplier;

/**
 * Runs work in a container transaction of its own, for code that runs inside an EJB call without one: a scheduled
 * job's timer ({@code NOT_SUPPORTED}), the sign-in ({@code NOT_SUPPORTED}, so that a refused attempt is counted
 * whatever happens next).
 *
 * <p>There, {@code @Transactional} on a CDI bean is not enough on Payara: it begins a JTA transaction, but the server
 * enlists a connection in the transaction of the current <i>component invocation</i>, which only the EJB container, a
 * {@code UserTransaction} or a servlet request sets, so every statement inside commits on its own (decision 0015 found
 * it for the expiry, decision 0020 for the alerts). An EJB method with {@code REQUIRES_NEW} is the container's own
 * transaction: JPA and JDBC work inside it share one enlisted connection and commit or roll back together. The CDI
 * beans called in it use {@code REQUIRED} (or {@code MANDATORY}) and join it.
 *
 * <p>{@code @PermitAll}: the timers' threads carry no caller. It adds no power — the work is the caller's own code,
 * already running in the application; the role checks stay at the business boundaries.
 */
@Stateless
@PermitAll // timers and the sign-in carry no caller; the work is the caller's own code (see above)
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class InNewTransaction {

    /** The work's answer, after its transaction committed; a runtime exception rolls it back and is thrown on. */
    public <T> T call(Supplier<T> work) {
        return work.get();
    }

    /** The work, committed when this returns; a runtime exception rolls it back and is thrown on. */
    public void run(Runnable work) {
        work.run();
    }
}
