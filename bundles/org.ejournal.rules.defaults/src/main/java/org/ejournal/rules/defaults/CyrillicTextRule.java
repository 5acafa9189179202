package org.ejournal.rules.defaults;

import org.ejournal.api.journal.JournalChange;
import org.ejournal.api.journal.JournalChange.Kind;
import org.ejournal.api.journal.JournalRule;
import org.ejournal.api.journal.JournalRuleContext;
import org.ejournal.api.journal.RuleVerdict;
import org.osgi.service.component.annotations.Component;

/**
 * The journal is kept in Russian: a warning (the text is still saved) when a topic or homework has letters but
 * none of them Cyrillic ("Fractions", "ex. 5"). Texts of digits only ("№ 245, 247") are fine; so is an English
 * lesson's topic that also has Russian words.
 */
@Component(service = JournalRule.class, property = "service.ranking:Integer=10")
public final class CyrillicTextRule implements JournalRule {

    public static final String ID = "cyrillic-text";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public RuleVerdict check(JournalChange change, JournalRuleContext context) {
        if (change.kind() != Kind.TOPIC && change.kind() != Kind.HOMEWORK || !lacksCyrillic(change.newValue())) {
            return RuleVerdict.OK;
        }
        String key = change.kind() == Kind.TOPIC ? "rule.cyrillic.topic" : "rule.cyrillic.homework";
        return RuleVerdict.warning(ID, key, RuleTexts.text(key));
    }

    /** Letters present, none of them Cyrillic. */
    static boolean lacksCyrillic(String text) {
        boolean letters = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (Character.isLetter(cp)) {
                if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.CYRILLIC) {
                    return false;
                }
                letters = true;
            }
            i += Character.charCount(cp);
        }
        return letters;
    }
}
