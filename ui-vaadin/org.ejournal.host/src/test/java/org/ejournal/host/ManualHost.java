package org.ejournal.host;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.apache.shiro.authc.credential.DefaultPasswordService;
import org.apache.shiro.crypto.hash.DefaultHashService;
import org.ejournal.api.Actor;
import org.ejournal.api.EJournalException;
import org.ejournal.api.Role;
import org.ejournal.api.security.AccountCredentials;
import org.ejournal.api.security.AccountService;
import org.ejournal.api.ui.ViewContribution;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * Runs the host without a database for trying the UI by hand or with a headless browser:
 * accounts {@code teacher}/{@code demo}, {@code director}/{@code demo}, {@code former}/{@code demo}
 * (deactivated); a view «Только директору» for DIRECTOR only; the example add-on is deployed when its
 * jar is in target/test-bundles. Arguments: port (default 8081).
 */
public final class ManualHost {

    private ManualHost() {
    }

    public static void main(String[] args) throws Exception {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 8081;
        Path work = Files.createTempDirectory("ejournal-manual");
        EJournalHost host = EJournalHost.start(TestHosts.config(work).port(port).build());
        new Accounts().registerIn(host.systemContext());
        host.systemContext().registerService(ViewContribution.class, new DirectorOnly(), null);
        host.systemContext().registerService(ViewContribution.class,
                new Simple("broken", "Служба недоступна", BrokenView.class), null);
        host.systemContext().registerService(ViewContribution.class,
                new Simple("crashing", "Сбой при открытии", CrashingView.class), null);
        if (Files.exists(TestHosts.exampleAddOn())) {
            TestHosts.deploy(TestHosts.exampleAddOn(), work.resolve("deploy"), "hello.jar");
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                host.close();
            } catch (Exception e) {
                e.printStackTrace();
            }
        }));
        System.out.println("ManualHost ready on http://127.0.0.1:" + host.port() + "/");
        Thread.currentThread().join();
    }

    static final class Accounts extends FakeAccountService {
        private final String hash;

        Accounts() {
            DefaultHashService bcrypt = new DefaultHashService();
            bcrypt.setDefaultAlgorithmName("2y");
            DefaultPasswordService passwords = new DefaultPasswordService();
            passwords.setHashService(bcrypt);
            hash = passwords.encryptPassword("demo");
        }

        @Override
        public Optional<AccountCredentials> findCredentials(String login) {
            return switch (login.toLowerCase(Locale.ROOT)) {
                case "teacher" -> Optional.of(new AccountCredentials(1, "teacher", hash, true));
                case "director" -> Optional.of(new AccountCredentials(2, "director", hash, true));
                case "former" -> Optional.of(new AccountCredentials(3, "former", hash, false));
                default -> Optional.empty();
            };
        }

        @Override
        public Actor actor(long accountId) {
            return accountId == 2
                    ? new Actor(2, 1, "director", "Петров Иван Сергеевич", Set.of(Role.DIRECTOR), 2L, null, null, null)
                    : new Actor(1, 1, "teacher", "Иванова Мария Петровна",
                    Set.of(Role.SUBJECT_TEACHER, Role.CLASS_TEACHER), 1L, null, null, null);
        }
    }

    /** A contributed view only directors may open; its button raises a user-facing error. */
    static final class DirectorOnly implements ViewContribution {
        @Override
        public String route() {
            return "director-only";
        }

        @Override
        public Class<? extends Component> viewClass() {
            return DirectorOnlyView.class;
        }

        @Override
        public String title(Locale locale) {
            return "Только директору";
        }

        @Override
        public Set<Role> roles() {
            return Set.of(Role.DIRECTOR);
        }

        @Override
        public int order() {
            return 10;
        }
    }

    /** The view of {@link DirectorOnly}. */
    public static final class DirectorOnlyView extends VerticalLayout {
        private static final long serialVersionUID = 1L;

        public DirectorOnlyView() {
            Button denied = new Button("Ошибка пользователя", e -> {
                throw new EJournalException("error.serviceUnavailable", "RosterService");
            });
            denied.setId("user-error");
            Button broken = new Button("Ошибка системы", e -> {
                throw new IllegalStateException("simulated fault");
            });
            broken.setId("system-error");
            add(denied, broken);
        }
    }

    /** A contribution for every role. */
    record Simple(String route, String menuTitle, Class<? extends Component> viewClass) implements ViewContribution {
        @Override
        public String title(Locale locale) {
            return menuTitle;
        }

        @Override
        public Set<Role> roles() {
            return Set.of();
        }
    }

    /** Throws a user-facing error while opening, as a view does when its service is down. */
    public static final class BrokenView extends VerticalLayout {
        private static final long serialVersionUID = 1L;

        public BrokenView() {
            throw new EJournalException("error.serviceUnavailable", "GradebookService");
        }
    }

    /** Fails with a programming error while opening. */
    public static final class CrashingView extends VerticalLayout {
        private static final long serialVersionUID = 1L;

        public CrashingView() {
            throw new IllegalStateException("simulated bug in a view");
        }
    }
}
