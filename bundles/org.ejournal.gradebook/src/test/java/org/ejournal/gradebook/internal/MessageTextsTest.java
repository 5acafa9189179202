package org.ejournal.gradebook.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

import org.ejournal.api.journal.JournalConflictException;
import org.ejournal.api.journal.JournalRuleException;
import org.ejournal.testsupport.l10n.Messages;
import org.junit.jupiter.api.Test;

/**
 * Every refusal the journal services throw has its Russian and English text in this bundle's own message
 * files: the views show the key's text from the host's merged catalogue and keep no copies of their own.
 */
class MessageTextsTest {

    static final Path MODULE = Path.of("");

    @Test
    void everyKeyThrownByTheJournalServicesHasARussianAndAnEnglishText() {
        Set<String> thrown = new TreeSet<>(Messages.thrownKeys(MODULE.resolve("src/main/java")));
        thrown.add(JournalConflictException.KEY); // thrown through the api's exceptions
        thrown.add(JournalRuleException.KEY);
        assertTrue(thrown.contains("error.journal.mark.invalid") && thrown.size() > 15, "keys found: " + thrown);

        assertEquals(Set.of(), Messages.untranslated(thrown, MODULE, Messages.RUSSIAN_FILE), "without a Russian text");
        assertEquals(Set.of(), Messages.untranslated(thrown, MODULE, Messages.ENGLISH_FILE), "without an English text");
    }
}
