package org.ejournal.ui.reports.internal;

import java.util.Arrays;
import java.util.Optional;

/** Common schedules offered in the form; the label key is {@code reports.preset.<NAME>}. */
enum CronPreset {
    DAILY_7("0 0 7 * * ?"),
    WEEKDAYS_7("0 0 7 ? * MON-FRI"),
    MONDAY_8("0 0 8 ? * MON"),
    MONTHLY_1ST_7("0 0 7 1 * ?"),
    /** The user types the expression. */
    CUSTOM(null);

    private final String cron;

    CronPreset(String cron) {
        this.cron = cron;
    }

    /** The Quartz cron expression, or {@code null} for {@link #CUSTOM}. */
    String cron() {
        return cron;
    }

    String messageKey() {
        return "reports.preset." + name();
    }

    /** The preset with exactly this expression, if any (to describe a schedule in words). */
    static Optional<CronPreset> of(String cron) {
        return Arrays.stream(values()).filter(p -> p.cron != null && p.cron.equals(cron)).findFirst();
    }
}
