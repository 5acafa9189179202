package org.ejournal.it.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;
import org.openqa.selenium.By;

import com.sun.net.httpserver.HttpServer;

/**
 * The browser harness itself, against a page served by the JDK's HTTP server: Chromium starts headless
 * from Debian's packages, renders Cyrillic, the text reader sees shadow DOM but not hidden text, waits
 * follow asynchronous changes, screenshots are real PNGs. If this fails, the product tests cannot work.
 */
@ExtendWith(BrowserExtension.class)
class BrowserHarnessIT {

    private static final String PAGE = """
            <!doctype html>
            <html lang="ru"><head><meta charset="utf-8"><title>Проверка браузера</title></head>
            <body>
              <h1>Журнал 5А</h1>
              <x-card></x-card>
              <p style="display:none">СКРЫТЫЙ ТЕКСТ</p>
              <label>Логин <input id="login" type="text"></label>
              <button id="go" onclick="setTimeout(() => document.getElementById('out').textContent =
                  'Здравствуйте, ' + document.getElementById('login').value, 300)">Войти</button>
              <div id="out"></div>
              <script>
                customElements.define('x-card', class extends HTMLElement {
                  constructor() {
                    super();
                    this.attachShadow({ mode: 'open' }).innerHTML =
                        '<div>Иванов Иван — <b>5</b></div><div hidden>невидимо</div><slot></slot>';
                  }
                });
              </script>
            </body></html>
            """;

    private static HttpServer server;
    private static String url;

    @BeforeAll
    static void serve() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            byte[] body = PAGE.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        url = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    @Test
    void readsCyrillicAndShadowDomButNotHiddenText(Browser browser) {
        long t0 = System.nanoTime();
        browser.open(url);
        browser.waitForText("Журнал 5А");
        System.out.printf("[e2e] local page shown %d ms after the browser started%n", (System.nanoTime() - t0) / 1_000_000);

        assertEquals("Проверка браузера", browser.driver().getTitle());
        String text = browser.visibleText();
        assertTrue(text.contains("Иванов Иван —\n5"), "text inside a shadow root must be seen: " + text);
        assertFalse(text.contains("СКРЫТЫЙ ТЕКСТ"), "display:none text must not count as visible: " + text);
        assertFalse(text.contains("невидимо"), "hidden shadow text must not count as visible: " + text);
    }

    @Test
    void typesClicksAndWaitsForAnAsynchronousChange(Browser browser) {
        browser.open(url);
        browser.waitFor(By.id("login")).sendKeys("teacher");
        browser.driver().findElement(By.id("go")).click();
        assertFalse(browser.visibleText().contains("Здравствуйте"), "the change comes after 300 ms, not at once");
        browser.waitForText("Здравствуйте, teacher");
    }

    @Test
    void takesAPngScreenshot(Browser browser) throws IOException {
        browser.open(url);
        browser.waitForText("Журнал 5А");
        Path png = browser.screenshot("BrowserHarnessIT-sample");
        byte[] bytes = Files.readAllBytes(png);
        assertTrue(bytes.length > 1000, "a 1400×1000 screenshot is more than a few bytes: " + bytes.length);
        assertEquals((byte) 0x89, bytes[0]);
        assertEquals('P', bytes[1]);
        assertEquals('N', bytes[2]);
        assertEquals('G', bytes[3]);
    }

    @Test
    void aFailingBrowserTestLeavesAScreenshotOfWhatTheUserSaw() throws IOException {
        Path png = Browser.outDir().resolve("DeliberatelyFailingSample-failsAfterOpeningThePage.png");
        Path txt = Browser.outDir().resolve("DeliberatelyFailingSample-failsAfterOpeningThePage.txt");
        Files.deleteIfExists(png);
        Files.deleteIfExists(txt);

        Events tests = EngineTestKit.engine("junit-jupiter")
                .selectors(selectClass(DeliberatelyFailingSample.class))
                .execute().testEvents();
        tests.assertStatistics(stats -> stats.started(1).failed(1));

        assertTrue(Files.size(png) > 1000, "screenshot written on failure: " + png);
        String seen = Files.readString(txt, StandardCharsets.UTF_8);
        assertTrue(seen.contains("Журнал 5А"), "the page text at the moment of failure is saved too: " + seen);
    }

    /** Run only through the test kit above (failsafe skips nested classes). */
    @ExtendWith(BrowserExtension.class)
    static class DeliberatelyFailingSample {
        @Test
        void failsAfterOpeningThePage(Browser browser) {
            if (url == null) {
                return;
            }
            browser.open(url);
            browser.waitForText("Журнал 5А");
            fail("deliberate failure: the extension must take a screenshot");
        }
    }
}
