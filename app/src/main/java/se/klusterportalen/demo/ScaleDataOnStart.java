package se.klusterportalen.demo;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Generates the scale data set ({@link ScaleData#STANDARD}, seed {@link ScaleData#SEED}) when the portal starts with
 * the profile {@code scale} ({@code KP_PROFILES=dev,scale ./infra/run.sh}, docs/benchmarks/README.md), after the demo
 * data; a kept database that has it already is left as it is.
 */
@Component
@ConditionalOnBooleanProperty("klusterportal.scale-data")
class ScaleDataOnStart {

    private final ScaleData data;

    ScaleDataOnStart(ScaleData data) {
        this.data = data;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(90)
    void generate() {
        long started = System.nanoTime();
        var generated = data.generate(ScaleData.STANDARD, ScaleData.SEED);
        System.out.printf("""

                  Scale data set (issue #19, seed %d) ready in %d ms: %s
                  Logins (password demo): skala.handlaggare, skala.klusterledare, skala.politiker;
                  the same with skala1 … skala9.
                """, ScaleData.SEED, (System.nanoTime() - started) / 1_000_000,
                generated.stream().map(g -> g.code() + (g.created() ? " (generated)" : " (kept)")).toList());
    }
}
