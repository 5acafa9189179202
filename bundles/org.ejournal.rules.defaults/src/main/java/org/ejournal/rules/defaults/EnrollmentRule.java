package org.ejournal.rules.defaults;

import org.ejournal.api.journal.JournalChange;
import org.ejournal.api.journal.JournalChange.Kind;
import org.ejournal.api.journal.JournalRule;
import org.ejournal.api.journal.JournalRuleContext;
import org.ejournal.api.journal.RuleVerdict;
import org.osgi.service.component.annotations.Component;

/**
 * A mark or an absence only for a student enrolled in the class on the lesson's date (arrived, not yet left).
 * Removing a wrong mark or absence of a student who was not there stays possible.
 */
@Component(service = JournalRule.class, property = "service.ranking:Integer=90")
public final class EnrollmentRule implements JournalRule {

    public static final String ID = "enrollment";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public RuleVerdict check(JournalChange change, JournalRuleContext context) {
        boolean writesStudentCell = change.kind() == Kind.MARK_SET || change.kind() == Kind.ATTENDANCE_SET;
        if (!writesStudentCell || change.studentId() == null) {
            return RuleVerdict.OK;
        }
        if (context.enrolled(change.studentId(), change.classId(), change.date())) {
            return RuleVerdict.OK;
        }
        return RuleVerdict.refusal(ID, "rule.enrollment.notEnrolled",
                RuleTexts.text("rule.enrollment.notEnrolled", change.date()));
    }
}
