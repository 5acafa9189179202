package org.ejournal.api.journal;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A rule of keeping the journal, checked by the journal service on every write before anything is stored.
 * Extension point: register an implementation as an OSGi service (whiteboard) and it is checked from the next
 * write on; unregister it (stop or remove its bundle) and it is gone. Default rules are in the bundle
 * {@code org.ejournal.rules.defaults}; schools add their own in add-on bundles dropped into {@code deploy/}.
 *
 * <p>Every rule sees every change: return {@link RuleVerdict#OK} for kinds it does not care about. A
 * {@link RuleVerdict.Severity#REFUSAL refusal} stops the write ({@link JournalRuleException}); a warning lets it
 * through and is returned with the result. Rules run in order of {@code service.ranking} (highest first), and
 * must be quick and side-effect free: the answer may be asked again for the same change.
 */
@ConsumerType
public interface JournalRule {

    /** A short stable id ("first-grade", "one-test-per-day"), shown in logs and in verdicts. */
    String id();

    /**
     * Checks one change.
     *
     * @param change  what is about to be stored
     * @param context questions about the journal (enrollment, period locks, the class's works on a date)
     * @return {@link RuleVerdict#OK}, a warning or a refusal; never {@code null}
     */
    RuleVerdict check(JournalChange change, JournalRuleContext context);
}
