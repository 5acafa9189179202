package org.ejournal.rules.defaults;

import org.ejournal.api.journal.JournalChange;
import org.ejournal.api.journal.JournalRule;
import org.ejournal.api.journal.JournalRuleContext;
import org.ejournal.api.journal.RuleVerdict;
import org.osgi.service.component.annotations.Component;

/**
 * Nothing is written into a study period the administration has locked ({@code study_period.locked_at}): no
 * mark, absence, reason, topic, homework, work or file on a date inside it. Only the lock counts here; the
 * final-mark deadline governs final marks (their own service), not lesson data.
 */
@Component(service = JournalRule.class, property = "service.ranking:Integer=200")
public final class LockedPeriodRule implements JournalRule {

    public static final String ID = "locked-period";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public RuleVerdict check(JournalChange change, JournalRuleContext context) {
        if (context.periodLocked(change.classId(), change.date())) {
            return RuleVerdict.refusal(ID, "rule.lockedPeriod.locked",
                    RuleTexts.text("rule.lockedPeriod.locked", change.date()));
        }
        return RuleVerdict.OK;
    }
}
