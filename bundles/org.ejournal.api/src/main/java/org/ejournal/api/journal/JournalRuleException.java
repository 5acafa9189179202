package org.ejournal.api.journal;

import org.ejournal.api.ValidationException;

/**
 * A journal rule refused a write; nothing was stored. Message key {@code error.journal.rule} with one argument,
 * the rule's own text (so the UI shows it as is: {@code error.journal.rule={0}}).
 */
public class JournalRuleException extends ValidationException {
    private static final long serialVersionUID = 1L;

    public static final String KEY = "error.journal.rule";

    private final RuleVerdict verdict;

    public JournalRuleException(RuleVerdict verdict) {
        super(KEY, verdict.text());
        this.verdict = verdict;
    }

    /** The refusal, with the rule id and message key. */
    public RuleVerdict verdict() {
        return verdict;
    }
}
