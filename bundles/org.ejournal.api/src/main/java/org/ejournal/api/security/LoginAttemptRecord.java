package org.ejournal.api.security;

import java.time.Instant;

/**
 * One recorded login attempt.
 *
 * @param occurredAt when
 * @param login      the login as typed
 * @param accountId  the account it named, or {@code null} for an unknown login
 * @param success    whether it logged in
 * @param reason     {@code SUCCESS}, {@code WRONG_PASSWORD}, {@code UNKNOWN_LOGIN}, {@code LOCKED} or {@code INACTIVE}
 * @param address    the client's IP address
 */
public record LoginAttemptRecord(Instant occurredAt, String login, Long accountId, boolean success, String reason,
                                 String address) {
}
