package org.ejournal.example.hello;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.annotation.Annotation;
import java.util.EnumSet;
import java.util.Locale;

import org.ejournal.api.Role;
import org.junit.jupiter.api.Test;

class HelloContributionTest {

    private static HelloContribution.Config order(int order) {
        return new HelloContribution.Config() {
            @Override
            public int order() {
                return order;
            }

            @Override
            public Class<? extends Annotation> annotationType() {
                return HelloContribution.Config.class;
            }
        };
    }

    @Test
    void contributesRouteHelloForEveryRoleWithRussianTitle() {
        HelloContribution contribution = new HelloContribution(order(900));
        assertEquals("hello", contribution.route());
        assertEquals(HelloView.class, contribution.viewClass());
        assertEquals("Пример модуля", contribution.title(Locale.forLanguageTag("ru")));
        assertEquals("Example add-on", contribution.title(Locale.ENGLISH));
        assertEquals(EnumSet.allOf(Role.class), contribution.roles());
        assertEquals(900, contribution.order());
        assertEquals(5, new HelloContribution(order(5)).order());
    }
}
