package org.ejournal.host.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ejournal.api.EJournalException;
import org.ejournal.api.NotFoundException;
import org.ejournal.api.ui.ViewSupport;
import org.ejournal.host.i18n.MessageCatalog;
import org.junit.jupiter.api.Test;

class HostErrorHandlerTest {

    private final MessageCatalog messages = new MessageCatalog(null,
            MessageCatalog.class.getProtectionDomain().getCodeSource().getLocation());

    @Test
    void userFacingErrorIsFoundInTheCauseChainAndTranslatedWithArguments() {
        EJournalException cause = new EJournalException("error.serviceUnavailable", "RosterService");
        RuntimeException wrapped = new RuntimeException(new IllegalStateException(cause));
        assertSame(cause, HostErrorHandler.find(wrapped));
        assertEquals("Служба «RosterService» сейчас недоступна",
                new HostErrorHandler(messages).messageOf(cause, ViewSupport.RUSSIAN));
    }

    @Test
    void apiExceptionKeysHaveRussianTexts() {
        assertEquals("Не найдено: класс 12345", new HostErrorHandler(messages)
                .messageOf(new NotFoundException("класс", 12345), ViewSupport.RUSSIAN));
    }

    @Test
    void systemErrorsGetAShortId() {
        assertNull(HostErrorHandler.find(new IllegalStateException("boom")));
        String id = HostErrorHandler.newErrorId();
        assertTrue(id.matches("[0-9a-f]{8}"), id);
    }
}
