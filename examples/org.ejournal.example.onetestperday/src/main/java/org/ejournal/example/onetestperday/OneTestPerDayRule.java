package org.ejournal.example.onetestperday;

import java.time.format.DateTimeFormatter;

import org.ejournal.api.journal.JournalChange;
import org.ejournal.api.journal.JournalChange.Kind;
import org.ejournal.api.journal.JournalRule;
import org.ejournal.api.journal.JournalRuleContext;
import org.ejournal.api.journal.RuleVerdict;
import org.ejournal.api.journal.WorkInfo;
import org.osgi.service.component.annotations.Component;

/**
 * At most one test (work type {@code TEST}, «контрольная работа») per class per day, over all subjects: a second
 * one is refused with the subject that already has it. Drop the jar into {@code deploy/} and the next
 * "add work" is checked; remove it and the limit is gone.
 */
@Component(service = JournalRule.class)
public final class OneTestPerDayRule implements JournalRule {

    public static final String ID = "one-test-per-day";
    public static final String TEST = "TEST";

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public RuleVerdict check(JournalChange change, JournalRuleContext context) {
        if (change.kind() != Kind.WORK_ADD || !TEST.equalsIgnoreCase(change.workType())) {
            return RuleVerdict.OK;
        }
        for (WorkInfo work : context.worksOfClass(change.classId(), change.date())) {
            if (TEST.equalsIgnoreCase(work.workType())) {
                return RuleVerdict.refusal(ID, "rule.oneTestPerDay",
                        "В этот день (" + DATE.format(change.date()) + ") у класса уже есть контрольная работа ("
                                + work.subjectName() + "). Не больше одной контрольной в день.");
            }
        }
        return RuleVerdict.OK;
    }
}
