package org.ejournal.api.security;

import java.time.Instant;

/**
 * What {@link AuthenticationService#login} decided.
 *
 * @param status             success or the reason of the refusal
 * @param accountId          the account on success, else 0
 * @param mustChangePassword on success: the password is a one-time (or reset) password and must be
 *                           changed before anything else
 * @param sessionEpoch       on success: the account's session generation; the host keeps it in the
 *                           session and asks {@link AuthenticationService#sessionCurrent} on every request
 * @param lockedUntil        for {@link LoginStatus#LOCKED} (and for a failure that just locked the
 *                           account): until when, else {@code null}
 */
public record LoginOutcome(LoginStatus status, long accountId, boolean mustChangePassword, int sessionEpoch,
                           Instant lockedUntil) {

    public static LoginOutcome refused(LoginStatus status, Instant lockedUntil) {
        return new LoginOutcome(status, 0, false, 0, lockedUntil);
    }

    public boolean success() {
        return status == LoginStatus.SUCCESS;
    }
}
