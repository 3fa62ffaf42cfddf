package se.klusterportalen;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.theme.lumo.Lumo;
import com.vaadin.flow.component.dependency.StyleSheet;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;

@SpringBootApplication
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/portal.css")
public class Application implements AppShellConfigurator {

    /** System property: stop once the portal is ready (a training start for the JVM's AOT cache). */
    public static final String EXIT_WHEN_READY = "klusterportal.exit-when-ready";

    public static void main(String[] args) {
        // Hibernate logs through JBoss Logging, which prefers Log4j's API when it is on the class path (Spring Boot's
        // log4j-to-slf4j bridge): every value Hibernate reads from a result set asked "trace enabled?" through Log4j,
        // the bridge and then Logback (issue #19, CPU per request). Straight to SLF4J (Logback) instead; same output.
        if (System.getProperty("org.jboss.logging.provider") == null) {
            System.setProperty("org.jboss.logging.provider", "slf4j");
        }
        var application = new SpringApplication(Application.class);
        if (Boolean.getBoolean("klusterportal.startup-steps")) {
            // start-up profiling (infra/load/startup.sh --steps): Spring's steps for the actuator's startup endpoint
            application.setApplicationStartup(new BufferingApplicationStartup(20_000));
        }
        if (Boolean.getBoolean(EXIT_WHEN_READY)) {
            // the JVM AOT cache's training start (infra/run.sh, infra/load/startup.sh): the whole start up to ready,
            // demo data included, then a normal exit (the JVM writes the cache; shutdown hooks stop the dev services).
            // Added here, without an order, it runs after every ordered ready listener (the demo data's last is 95).
            application.addListeners((ApplicationListener<ApplicationReadyEvent>) ready ->
                    System.exit(SpringApplication.exit(ready.getApplicationContext())));
        }
        application.run(args);
    }
}
