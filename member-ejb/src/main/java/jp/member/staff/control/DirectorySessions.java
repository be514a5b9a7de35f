package jp.member.staff.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import jp.member.shared.boundary.InNewTransaction;
import jp.member.staff.control.DirectoryAnswer.Kind;
import jp.member.staff.entity.StaffAccount;

/**
 * The directory's answer about a signed-in person, as the per-request session check needs it (decision 0021).
 *
 * <ul>
 *   <li>An answer is reused for {@code member.directory.cacheSeconds} (default 5): a page and its Ajax requests and
 *       resources ask the directory once, and a person disabled or taken out of every mapped group in the directory
 *       is out at their first request after that — within seconds, as a disabled local account is at once.
 *   <li>When the directory cannot be asked, a person it called active within {@code member.directory.graceSeconds}
 *       (default 60) stays in: a directory's restart or a lost packet does not end every call-centre session. After
 *       that the session ends (fail closed), and nobody new signs in through the directory until it answers.
 * </ul>
 *
 * Per instance, in memory; an instance that has not seen the person asks the directory (decision 0019).
 */
@ApplicationScoped
public class DirectorySessions {

    @Inject
    Directory directory;

    @Inject
    ExternalAccounts accounts;

    @Inject
    InNewTransaction transaction;

    private final Map<String, Seen> seen = new ConcurrentHashMap<>();

    /**
     * @param answer the directory's last real answer (never {@link Kind#UNAVAILABLE} unless it never gave one)
     * @param askedAt when it was last asked (answered or not): the next question waits for the cache period
     * @param lastActiveAt when it last called the person active (null: never)
     * @param unreachable whether the last question went unanswered
     */
    private record Seen(DirectoryAnswer answer, Instant askedAt, Instant lastActiveAt, boolean unreachable) {}

    /**
     * Whether a live session of this (enabled) directory account may go on, as far as the directory is concerned. With
     * the directory on: only while the directory calls it active; if its roles changed there, the record takes them —
     * which raises its session generation — and this session ends (the person signs in again under the new roles).
     * With the directory off, directory accounts have no password check left: their sessions end. (The rule for the
     * other sources: {@link SignInSources#keeps}.)
     */
    public boolean keeps(StaffAccount account, Instant now) {
        if (!account.isFromDirectory() || !directory.isOn()) {
            return false;
        }
        DirectoryAnswer answer = current(account.getUsername(), now);
        if (!answer.isActive()) {
            return false;
        }
        if (!account.getRoles().equals(answer.roles())) {
            transaction.run(() -> accounts.follow(account.getId(), answer.displayName(), answer.roles()));
            return false;
        }
        return true;
    }

    /** The directory's answer about the person now, from the cache while it is fresh; see the class comment. */
    public DirectoryAnswer current(String username, Instant now) {
        String key = key(username);
        Seen before = seen.get(key);
        if (before != null
                && before.askedAt().plus(directory.configuration().cache()).isAfter(now)) {
            return decided(before, now);
        }
        DirectoryAnswer answer = directory.lookUp(username);
        Seen after;
        if (answer.kind() == Kind.UNAVAILABLE) {
            after = before == null
                    ? new Seen(answer, now, null, true)
                    : new Seen(before.answer(), now, before.lastActiveAt(), true);
        } else {
            after = new Seen(answer, now, answer.isActive() ? now : null, false);
        }
        seen.put(key, after);
        return decided(after, now);
    }

    /** A sign-in's answer starts the person's cache afresh. */
    public void signedIn(String username, DirectoryAnswer answer, Instant now) {
        seen.put(key(username), new Seen(answer, now, answer.isActive() ? now : null, false));
    }

    private DirectoryAnswer decided(Seen seen, Instant now) {
        if (!seen.unreachable()) {
            return seen.answer();
        }
        Duration grace = directory.configuration().grace();
        boolean withinGrace = seen.answer().isActive()
                && seen.lastActiveAt() != null
                && !seen.lastActiveAt().plus(grace).isBefore(now);
        return withinGrace ? seen.answer() : DirectoryAnswer.refused(Kind.UNAVAILABLE);
    }

    private static String key(String username) {
        return username.toLowerCase(Locale.ROOT);
    }
}
