package org.ejournal.rules.defaults;

import org.ejournal.api.journal.JournalChange;
import org.ejournal.api.journal.JournalRule;
import org.ejournal.api.journal.JournalRuleContext;
import org.ejournal.api.journal.RuleVerdict;
import org.osgi.service.component.annotations.Component;

/**
 * 1st grade: no marks and no homework (безотметочное обучение). Refuses a mark or a final mark with a value, a
 * non-empty homework text and a homework file in a class of grade 1. Clearing a mark stays possible (to correct
 * imported data); topics, attendance and works are allowed.
 */
@Component(service = JournalRule.class, property = "service.ranking:Integer=100")
public final class FirstGradeRule implements JournalRule {

    public static final String ID = "first-grade";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public RuleVerdict check(JournalChange change, JournalRuleContext context) {
        if (change.grade() != 1) {
            return RuleVerdict.OK;
        }
        if (change.givesMark()) {
            return RuleVerdict.refusal(ID, "rule.firstGrade.noMarks", RuleTexts.text("rule.firstGrade.noMarks"));
        }
        if (change.givesHomework()) {
            return RuleVerdict.refusal(ID, "rule.firstGrade.noHomework", RuleTexts.text("rule.firstGrade.noHomework"));
        }
        return RuleVerdict.OK;
    }
}
