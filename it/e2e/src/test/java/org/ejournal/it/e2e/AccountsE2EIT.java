package org.ejournal.it.e2e;

import static org.ejournal.it.e2e.Flows.clickMenu;
import static org.ejournal.it.e2e.Flows.logIn;
import static org.ejournal.it.e2e.Flows.submitLogin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Accounts in a real browser against the running demo school: the class teacher prints the credential
 * letters of 5А (a PDF with Cyrillic names, read with {@code pdftotext}); a parent logs in with a
 * one-time password from it, must change it (broken rules named in Russian) and lands on the start page;
 * five wrong passwords lock an account with a Russian message telling until when; the technical
 * administrator sees the attempts and unlocks it.
 */
@ExtendWith(BrowserExtension.class)
class AccountsE2EIT {

    private static final Path PDFTOTEXT = Path.of("/usr/bin/pdftotext");

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

    /** One letter as read back from the PDF. */
    record Letter(String who, String login, String password) {
    }

    @Test
    void aParentLogsInWithALetterOfTheClassTeacherAndMustChangeThePassword(Browser browser) throws Exception {
        logIn(browser, ejournal, "klassruk", "demo");
        clickMenu(browser, "Логины класса");
        browser.waitUntil("the preview of 5А", d -> d.getCurrentUrl().endsWith("/credentials")
                && browser.visibleText().contains("писем будет"));
        assertTrue(browser.visibleText().contains("новый логин и пароль"), "students without a login yet");
        assertTrue(browser.visibleText().contains("уже пользуется"), "the demo parent's account is left alone");

        browser.clickAndWait(browser.waitFor(By.id("credentials-issue")));
        browser.clickAndWait(browser.waitUntil("the confirmation", d -> d.findElements(By.id("credentials-confirm-yes"))
                .stream().findFirst().orElse(null)));
        browser.waitForVaadin();
        String href = browser.waitUntil("the download link", d -> d.findElements(By.id("credentials-download")).stream()
                .map(e -> e.getAttribute("href")).filter(h -> h != null && !h.isBlank()).findFirst().orElse(null));
        browser.waitForText("Сформировано писем");

        byte[] pdf = download(browser, href);
        assertEquals("%PDF-", new String(pdf, 0, 5, StandardCharsets.ISO_8859_1), "a PDF");
        String text = pdfText(pdf);
        assertTrue(text.contains("Доступ к электронному журналу и дневнику"), text);
        assertTrue(text.contains("класс 5А"), text);
        List<Letter> letters = letters(text);
        assertTrue(letters.size() >= 10, "students and parents of 5А: " + letters.size());
        for (Letter l : letters) {
            assertTrue(l.who().matches(".*[А-ЯЁ][а-яё]+ [А-ЯЁ][а-яё]+.*"), "a Cyrillic name: " + l.who());
        }
        Letter parent = letters.stream().filter(l -> l.who().startsWith("Родитель")).findFirst().orElseThrow();
        assertTrue(letters.stream().anyMatch(l -> l.who().startsWith("Обучающийся")));

        browser.clickAndWait(browser.waitFor(By.id("logout")));
        browser.waitUntil("the login page", d -> d.getCurrentUrl().contains("/login"));

        submitLogin(browser, ejournal, parent.login(), parent.password());
        browser.waitUntil("the forced password change", d -> d.getCurrentUrl().endsWith("/password")
                && browser.visibleText().contains("Вы вошли с одноразовым паролем"));
        browser.open(ejournal.url(""));
        browser.waitForVaadin();
        browser.waitUntil("no way around the change", d -> d.getCurrentUrl().endsWith("/password"));

        assertEquals("Пароль слишком короткий: нужно не меньше 8 знаков.", changePassword(browser, "abc12"));
        assertEquals("Пароль должен содержать и буквы, и цифры.", changePassword(browser, "abcdefghij"));
        assertEquals("Пароль не должен совпадать с логином или содержать его.",
                changePassword(browser, parent.login() + "1"));
        assertEquals("Новый пароль должен отличаться от прежнего.", changePassword(browser, parent.password()));
        changePassword(browser, "Tverskaya7");
        browser.waitUntil("the start page", d -> !d.getCurrentUrl().contains("/password")
                && browser.visibleText().contains("Выйти") && browser.visibleText().contains("Сменить пароль"));
        browser.screenshot("AccountsE2EIT-parent-start-page");

        browser.clickAndWait(browser.waitFor(By.id("logout")));
        browser.waitUntil("the login page", d -> d.getCurrentUrl().contains("/login"));
        submitLogin(browser, ejournal, parent.login(), "Tverskaya7");
        browser.waitUntil("the start page without a forced change", d -> !d.getCurrentUrl().contains("/login")
                && !d.getCurrentUrl().contains("/password") && browser.visibleText().contains("Выйти"));
        submitLoginFails(browser);
    }

    @Test
    void fiveWrongPasswordsLockAnAccountAndTheAdministratorUnlocksIt(Browser browser) {
        browser.open(ejournal.url("login"));
        for (int i = 1; i <= 4; i++) {
            submitLogin(browser, ejournal, "director", "wrong" + i);
            browser.waitForText("Неверный логин или пароль");
        }
        submitLogin(browser, ejournal, "director", "wrong5");
        browser.waitForText("Вход временно заблокирован");
        String text = browser.visibleText();
        assertTrue(Pattern.compile("заблокирована до \\d\\d:\\d\\d \\(ещё 1 мин\\.\\)").matcher(text).find(), text);
        browser.screenshot("AccountsE2EIT-locked");

        submitLogin(browser, ejournal, "director", "demo");
        browser.waitForVaadin();
        browser.waitForText("Вход временно заблокирован"); // even the right password is refused
        assertTrue(browser.currentUrl().contains("/login"));

        logIn(browser, ejournal, "admin", "demo");
        clickMenu(browser, "Пользователи и доступ");
        browser.waitUntil("the login log", d -> browser.visibleText().contains("Журнал входов")
                && browser.visibleText().contains("неверный пароль"));
        assertTrue(browser.visibleText().contains("отказ: заблокирована"), browser.visibleText());
        assertFalse(browser.visibleText().contains("Ученики"), "no students' data for the administrator");
        WebElement search = browser.waitFor(By.cssSelector("#accounts-search input"));
        search.sendKeys("director");
        browser.waitUntil("the director's row", d -> browser.visibleText().contains("заблокирована до"));
        WebElement cell = browser.waitUntil("the director's cell", d -> d.findElements(
                By.cssSelector("#accounts-grid vaadin-grid-cell-content")).stream()
                .filter(e -> "director".equals(e.getText().trim())).findFirst().orElse(null));
        cell.click();
        browser.waitForVaadin();
        browser.clickAndWait(browser.waitUntil("unlock enabled", d -> d.findElements(By.id("accounts-unlock")).stream()
                .filter(e -> e.getAttribute("disabled") == null).findFirst().orElse(null)));
        browser.waitForText("Учётная запись разблокирована.");

        browser.clickAndWait(browser.waitFor(By.id("logout")));
        browser.waitUntil("the login page", d -> d.getCurrentUrl().contains("/login"));
        logIn(browser, ejournal, "director", "demo");
    }

    // ------------------------------------------------------------------ helpers

    /** The letters in the PDF's text: who, login, one-time password. */
    static List<Letter> letters(String text) {
        List<Letter> letters = new ArrayList<>();
        Pattern who = Pattern.compile("((?:Обучающийся|Родитель \\(законный представитель\\)): [^\\n]+?)\\s*$",
                Pattern.MULTILINE);
        Pattern login = Pattern.compile("Логин:\\s+(\\S+)");
        Pattern password = Pattern.compile("Одноразовый пароль:\\s+(\\S+)");
        for (String chunk : text.split("Доступ к электронному журналу и дневнику")) {
            Matcher w = who.matcher(chunk);
            Matcher l = login.matcher(chunk);
            Matcher p = password.matcher(chunk);
            if (w.find() && l.find() && p.find()) {
                letters.add(new Letter(w.group(1).strip(), l.group(1), p.group(1)));
            }
        }
        return letters;
    }

    private static byte[] download(Browser browser, String href) throws IOException, InterruptedException {
        String cookies = browser.driver().manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(ejournal.baseUrl()).resolve(href)).header("Cookie", cookies).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode(), "the PDF download");
        Files.write(Browser.outDir().resolve("AccountsE2EIT-letters-5A.pdf"), response.body());
        return response.body();
    }

    private static String pdfText(byte[] pdf) throws IOException, InterruptedException {
        assertTrue(Files.isExecutable(PDFTOTEXT), PDFTOTEXT + " is missing: run scripts/install-test-tools.sh"
                + " (package poppler-utils)");
        Path file = Browser.outDir().resolve("AccountsE2EIT-letters.pdf");
        Files.write(file, pdf);
        Process process = new ProcessBuilder(PDFTOTEXT.toString(), "-layout", "-enc", "UTF-8", file.toString(), "-")
                .redirectErrorStream(true).start();
        String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "pdftotext finished");
        assertEquals(0, process.exitValue(), text);
        return text;
    }

    /** Types the new password twice on the password page and saves; returns the error shown (or ""). */
    private static String changePassword(Browser browser, String password) {
        WebElement next = browser.waitFor(By.cssSelector("#password-new input"));
        WebElement repeat = browser.waitFor(By.cssSelector("#password-repeat input"));
        next.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        next.sendKeys(password);
        repeat.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        repeat.sendKeys(password);
        browser.clickAndWait(browser.waitFor(By.id("password-save")));
        browser.waitForVaadin();
        List<WebElement> error = browser.driver().findElements(By.id("password-error"));
        return error.isEmpty() || !error.get(0).isDisplayed() ? "" : error.get(0).getText().trim();
    }

    /** A wrong password for an account just used works as before: refused with the usual message. */
    private static void submitLoginFails(Browser browser) {
        browser.clickAndWait(browser.waitFor(By.id("logout")));
        browser.waitUntil("the login page", d -> d.getCurrentUrl().contains("/login"));
        submitLogin(browser, ejournal, "nobody-at-all", "whatever1");
        browser.waitForText("Неверный логин или пароль");
    }
}
