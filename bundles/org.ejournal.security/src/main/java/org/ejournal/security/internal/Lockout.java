package org.ejournal.security.internal;

import java.time.Duration;

/**
 * The back-off after failed logins: every {@value #BATCH}th consecutive failure locks the account, the
 * first time for one minute, each further time twice as long, at most an hour (5 → 1 min, 10 → 2 min,
 * 15 → 4 min, … 35 → 60 min). A success or the administrator's unlock resets the count.
 */
final class Lockout {

    static final int BATCH = 5;
    static final Duration FIRST = Duration.ofMinutes(1);
    static final Duration MAX = Duration.ofHours(1);

    private Lockout() {
    }

    /** How long to lock after the {@code failures}th consecutive failure; zero when this one does not lock. */
    static Duration after(int failures) {
        if (failures <= 0 || failures % BATCH != 0) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures / BATCH - 1, 10);
        Duration d = FIRST.multipliedBy(1L << doublings);
        return d.compareTo(MAX) > 0 ? MAX : d;
    }
}
