package org.ejournal.it.e2e;

import static org.ejournal.it.e2e.Flows.clickMenu;
import static org.ejournal.it.e2e.Flows.logIn;
import static org.ejournal.it.e2e.Flows.menuItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The electronic diary in a real browser against the running product with the demo school: the parent
 * (two children, 5А and 2Б) opens «Дневник», sees the week of a child with marks and homework on a
 * 360 px wide screen, switches to the other child, and is refused the diary of a child of another
 * family whose id she puts into the URL; a teacher is refused a diary URL as well.
 */
@ExtendWith(BrowserExtension.class)
class DiaryE2EIT {

    private static final Pattern DIARY_ID = Pattern.compile(".*/diary/(\\d+)$");
    private static final Pattern MARK = Pattern.compile("[1-5](/[1-5])*|зач|незач|осв");

    /** The entries of an open select's list (not the copy of the chosen one shown in the field). */
    private static final String OPTION = "vaadin-select-item[role='option']";

    private static EJournalUnderTest ejournal;

    @BeforeAll
    static void startProduct() throws Exception {
        ejournal = EJournalUnderTest.start();
    }

    @AfterAll
    static void stopProduct() {
        if (ejournal != null) {
            ejournal.close();
        }
    }

    @Test
    void parentSeesTheWeekOfEachOwnChildOnAPhoneScreen(Browser browser) {
        logIn(browser, ejournal, "parent", "demo");
        clickMenu(browser, "Дневник");
        browser.waitUntil("the diary of a child", d -> !d.findElements(By.id("diary-student")).isEmpty()
                && !d.findElements(By.cssSelector(".diary-day")).isEmpty());
        browser.driver().manage().window().setSize(new Dimension(360, 740));
        browser.waitForVaadin();

        String first = browser.text(By.id("diary-student"));
        List<String> children = childOptions(browser);
        assertEquals(2, children.size(), "two children to switch between: " + children);
        assertTrue(children.stream().anyMatch(c -> c.contains("(5А)")) && children.stream().anyMatch(c -> c.contains("(2Б)")),
                "children in 5А and 2Б: " + children);
        assertTrue(children.contains(first), first + " is one of " + children);
        List<String> days = browser.texts(".diary-day-heading");
        assertEquals(6, days.size(), "Monday to Saturday: " + days);
        assertTrue(days.get(0).startsWith("Пн "), days.toString());

        // The demo school has lessons from 1 September up to today: go back until a week shows marks.
        showAWeekWithMarks(browser);
        assertTrue(browser.texts(".diary-homework").stream().allMatch(h -> h.startsWith("Д/з: ")));
        assertFalse(browser.texts(".diary-homework").isEmpty(), "homework in that week");
        assertFitsTheScreen(browser, 360);
        browser.screenshot("DiaryE2EIT-parent-week-360px");

        // The period tab: subjects with marks and weighted averages.
        browser.driver().findElement(By.id("diary-tab-period")).click();
        browser.waitForVaadin();
        browser.waitUntil("subjects of the period", d -> !d.findElements(By.cssSelector(".diary-period-subject")).isEmpty());
        assertTrue(browser.texts(".diary-average").stream().anyMatch(a -> a.matches("[1-5],\\d\\d")),
                "a weighted average like 4,25: " + browser.texts(".diary-average"));
        assertFitsTheScreen(browser, 360);
        browser.screenshot("DiaryE2EIT-parent-period-360px");

        // The other child.
        String other = children.stream().filter(c -> !c.equals(first)).findFirst().orElseThrow();
        chooseChild(browser, other);
        browser.waitUntil("the diary of " + other, d -> browser.text(By.id("diary-student")).equals(other));
        assertTrue(DIARY_ID.matcher(browser.currentUrl()).matches(), browser.currentUrl());
        assertEquals(6, browser.texts(".diary-day-heading").size());
        showAWeekWithMarks(browser);
        browser.screenshot("DiaryE2EIT-parent-other-child");
    }

    @Test
    void anotherFamilysChildByUrlIsRefusedWithoutData(Browser parent) {
        // The demo tutor follows four students of the named student's class: three are of other families.
        String foreignUrl;
        String foreignName;
        List<String> foreignSubjects;
        try (Browser tutor = Browser.start()) {
            logIn(tutor, ejournal, "tutor", "demo");
            tutor.open(ejournal.url("diary"));
            tutor.waitForVaadin();
            tutor.waitUntil("the tutor's diary", d -> !d.findElements(By.id("diary-student")).isEmpty());
            List<String> followed = childOptions(tutor);
            assertEquals(4, followed.size(), "the demo tutor follows four students: " + followed);
            List<String> parentsChildren = parentsChildren();
            // Another family's child, and not the one shown already (choosing that would not navigate).
            String shown = tutor.text(By.id("diary-student"));
            foreignName = followed.stream().filter(s -> !parentsChildren.contains(s) && !s.equals(shown))
                    .findFirst().orElseThrow();
            chooseChild(tutor, foreignName);
            tutor.waitUntil("the diary of " + foreignName, d -> tutor.text(By.id("diary-student")).equals(foreignName)
                    && DIARY_ID.matcher(d.getCurrentUrl()).matches());
            foreignUrl = tutor.currentUrl();
            showAWeekWithMarks(tutor);
            foreignSubjects = tutor.texts(".diary-subject");
        }
        Matcher m = DIARY_ID.matcher(foreignUrl);
        assertTrue(m.matches(), foreignUrl);

        logIn(parent, ejournal, "parent", "demo");
        parent.open(foreignUrl);
        parent.waitForVaadin();
        parent.waitUntil("the refusal «Нет доступа к дневнику этого ученика.»",
                d -> parent.visibleText().contains("Нет доступа к дневнику этого ученика."));
        String page = parent.visibleText();
        assertFalse(page.contains(foreignName.replaceAll(" \\(.*\\)$", "")), "the foreign student's name:\n" + page);
        assertTrue(parent.driver().findElements(By.cssSelector(".diary-lesson, .diary-day, #diary-student")).isEmpty(),
                "no diary data for another family's child");
        assertFalse(foreignSubjects.isEmpty());
        parent.screenshot("DiaryE2EIT-foreign-child-refused");

        // Neighbouring ids (the next family's children) are refused just the same.
        long id = Long.parseLong(m.group(1));
        for (long other : new long[] {id - 1, id + 1, 999_999}) {
            parent.open(ejournal.url("diary/" + other));
            parent.waitForVaadin();
            parent.waitUntil("a refusal or the parent's own child for id " + other,
                    d -> parent.visibleText().contains("Нет доступа к дневнику этого ученика.")
                            || !d.findElements(By.id("diary-student")).isEmpty());
            if (!parent.driver().findElements(By.id("diary-student")).isEmpty()) {
                assertTrue(parentsChildren().contains(parent.text(By.id("diary-student"))),
                        "only an own child may show for id " + other);
            }
        }
    }

    @Test
    void aTeacherGetsNoDiaryByUrl(Browser teacher) {
        logIn(teacher, ejournal, "teacher", "demo");
        assertFalse(menuItems(teacher).contains("Дневник"), "no «Дневник» for a subject teacher");
        teacher.open(ejournal.url("diary"));
        teacher.waitForVaadin();
        // The host's guard sends a user without the route's roles to the start page with «Нет доступа…».
        teacher.waitUntil("being sent away from /diary", d -> !d.getCurrentUrl().endsWith("/diary"));
        assertTrue(teacher.driver().findElements(By.cssSelector(".diary-lesson")).isEmpty());
        teacher.screenshot("DiaryE2EIT-teacher-no-diary");
    }

    // --- steps ---

    private static List<String> parentsChildren() {
        try (Browser b = Browser.start()) {
            logIn(b, ejournal, "parent", "demo");
            b.open(ejournal.url("diary"));
            b.waitForVaadin();
            b.waitUntil("the parent's diary", d -> !d.findElements(By.id("diary-child")).isEmpty());
            return childOptions(b);
        }
    }

    /** Goes back week by week (at most 10) until the shown week has a mark. */
    private static void showAWeekWithMarks(Browser browser) {
        for (int i = 0; i < 10 && browser.texts(".diary-mark").stream().noneMatch(t -> MARK.matcher(t).matches()); i++) {
            String label = browser.text(By.id("diary-week-label"));
            browser.driver().findElement(By.id("diary-prev-week")).click();
            browser.waitForVaadin();
            browser.waitUntil("the previous week", d -> !browser.text(By.id("diary-week-label")).equals(label));
        }
        List<String> marks = browser.texts(".diary-mark");
        assertTrue(marks.stream().anyMatch(t -> MARK.matcher(t).matches()), "marks in a week: " + marks
                + "\n" + browser.visibleText());
    }

    private static void assertFitsTheScreen(Browser browser, int width) {
        long scrollWidth = ((Number) browser.script("return document.documentElement.scrollWidth")).longValue();
        long innerWidth = ((Number) browser.script("return window.innerWidth")).longValue();
        assertTrue(innerWidth <= width, "window is " + innerWidth + " px");
        assertTrue(scrollWidth <= innerWidth, "no horizontal scrolling at " + innerWidth + " px: page is "
                + scrollWidth + " px wide");
    }

    private static List<String> childOptions(Browser browser) {
        browser.driver().findElement(By.id("diary-child")).click();
        List<WebElement> items = browser.waitUntil("the list of children", d -> {
            List<WebElement> found = d.findElements(By.cssSelector(OPTION));
            return found.isEmpty() ? null : found;
        });
        List<String> names = items.stream().map(e -> e.getText().trim()).toList();
        // Close the list by choosing the shown (selected) entry again: no change, no navigation.
        if (items.stream().anyMatch(e -> e.getAttribute("selected") != null)) {
            browser.clickWhenReady("the shown child", d -> d.findElements(By.cssSelector(OPTION)).stream()
                    .filter(e -> e.getAttribute("selected") != null).findFirst().orElse(null));
        } else {
            browser.driver().switchTo().activeElement().sendKeys(Keys.ESCAPE);
        }
        browser.waitForVaadin();
        browser.waitUntil("the list to close", d -> d.findElement(By.id("diary-child")).getDomAttribute("opened") == null);
        return names;
    }

    private static void chooseChild(Browser browser, String name) {
        browser.driver().findElement(By.id("diary-child")).click();
        browser.clickWhenReady("the child «" + name + "»", d -> d.findElements(By.cssSelector(OPTION)).stream()
                .filter(e -> e.getText().trim().equals(name)).findFirst().orElse(null));
        browser.waitForVaadin();
    }
}
