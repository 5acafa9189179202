package org.ejournal.launcher;

import java.util.Optional;
import java.util.concurrent.CountDownLatch;

import org.ejournal.database.DatabaseConfigurationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * Command-line entry point: {@code java -cp "lib/*" org.ejournal.launcher.Main [--ejournal.key=value ...]}.
 * Exit codes: 0 after a normal stop, 2 for a configuration error (the message names the setting),
 * 1 for any other failure to start. With {@code --ejournal.createMunicipalLogin=<login>
 * --ejournal.createMunicipalName=<ФИО>} it runs the operator command {@link MunicipalLogin} instead of
 * the server and exits: 0 created, 3 refused (nothing written).
 */
public final class Main {

    private static final Logger LOG = LoggerFactory.getLogger(Main.class);

    private Main() {
    }

    public static void main(String[] args) {
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
        EJournalApplication app;
        LauncherSettings settings;
        try {
            settings = LauncherSettings.load(args);
            Optional<MunicipalLogin.Request> municipal = MunicipalLogin.Request.fromArgs(args);
            if (municipal.isPresent()) {
                System.exit(EJournalApplication.createMunicipalLogin(settings, municipal.get(), System.out,
                        System.err));
                return;
            }
            app = EJournalApplication.start(settings);
        } catch (DatabaseConfigurationException | LauncherSettings.SettingsException e) {
            System.err.println();
            System.err.println("eJournal не запущен / not started: " + e.getMessage());
            System.exit(2);
            return;
        } catch (Exception e) {
            LOG.error("Start failed", e);
            System.err.println("eJournal не запущен / not started: " + e);
            System.exit(1);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.close();
            stopped.countDown();
        }, "ejournal-shutdown"));
        System.out.println();
        System.out.println("eJournal работает / is running: http://" + settings.httpHost() + ":" + app.port()
                + "/  (" + (settings.demo() ? "демо-вход / demo login: teacher / demo; " : "")
                + "остановка / stop: Ctrl+C)");
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
