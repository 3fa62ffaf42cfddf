package se.klusterportalen.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

/** With {@code -Dload.debug=true}: every UIDL answer into {@code target/debug/NNNN.json} (to see what a step did). */
final class Debug {

    private static final boolean ON = Boolean.getBoolean("load.debug");
    private static final AtomicInteger COUNT = new AtomicInteger();

    private Debug() {
    }

    static void write(String login, String body) {
        if (ON) {
            save("debug", login, body);
        }
    }

    /** Always kept: the answer of a failed step, for reading what went wrong ({@code target/failures/}). */
    static void failure(String login, String body) {
        save("failures", login, body);
    }

    private static void save(String folder, String login, String body) {
        try {
            Path dir = Path.of(System.getProperty("load.outputDir", "target"), folder);
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("%04d-%s.json".formatted(COUNT.incrementAndGet(), login)), body);
        } catch (IOException e) {
            System.out.println("debug: " + e);
        }
    }
}
