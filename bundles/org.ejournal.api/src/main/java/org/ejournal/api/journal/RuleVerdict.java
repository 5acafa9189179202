package org.ejournal.api.journal;

import java.util.Objects;

/**
 * What a {@link JournalRule} says about a change.
 *
 * <p>The text is given by the rule, already resolved (Russian: the journal is kept in Russian), because the
 * UI's message bundles do not know an add-on's keys; the key stays for logs, tests and translations.
 *
 * @param severity {@link Severity#OK}, a warning (the change is stored, the text is shown) or a refusal
 * @param ruleId   the rule's id
 * @param key      the message key ("rule.firstGrade.noMarks"), "" for OK
 * @param text     the message for the user, "" for OK
 */
public record RuleVerdict(Severity severity, String ruleId, String key, String text) {

    public enum Severity { OK, WARNING, REFUSAL }

    public static final RuleVerdict OK = new RuleVerdict(Severity.OK, "", "", "");

    public RuleVerdict {
        Objects.requireNonNull(severity, "severity");
        ruleId = ruleId == null ? "" : ruleId;
        key = key == null ? "" : key;
        text = text == null ? "" : text;
    }

    public static RuleVerdict warning(String ruleId, String key, String text) {
        return new RuleVerdict(Severity.WARNING, ruleId, key, text);
    }

    public static RuleVerdict refusal(String ruleId, String key, String text) {
        return new RuleVerdict(Severity.REFUSAL, ruleId, key, text);
    }

    public boolean isRefusal() {
        return severity == Severity.REFUSAL;
    }

    public boolean isWarning() {
        return severity == Severity.WARNING;
    }
}
