package org.ejournal.host.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class StartViewTest {

    @Test
    void greetingAddressesByNameAndPatronymic() {
        assertEquals("Мария Петровна", StartView.addressedName("Иванова Мария Петровна"));
        assertEquals("Софья", StartView.addressedName("Абрамова Софья"));
        assertEquals("admin", StartView.addressedName(" admin "));
    }
}
