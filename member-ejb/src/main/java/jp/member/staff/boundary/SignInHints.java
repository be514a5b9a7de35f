package jp.member.staff.boundary;

import java.util.Map;

/**
 * What the sign-in page may show to help someone sign in. The product provides none; a demonstration installation
 * provides the demo accounts' current one-time codes, so a newcomer needs no authenticator app.
 */
public interface SignInHints {

    /** Current one-time codes by username (empty when there is nothing to show). */
    Map<String, String> oneTimeCodes();
}
