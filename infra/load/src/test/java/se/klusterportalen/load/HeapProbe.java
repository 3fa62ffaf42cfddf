package se.klusterportalen.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * The portal's used heap after a full collection, read with the JDK's {@code jcmd} ({@code GC.run}, then
 * {@code GC.heap_info}): what the live objects hold, sessions included. Same machine and user only.
 */
final class HeapProbe {

    private static final Pattern USED = Pattern.compile("used (\\d+)K");

    private HeapProbe() {
    }

    /** Used heap in KB after a full GC of process {@code pid} (the collection runs twice, so soft garbage goes too). */
    static long usedAfterFullGc(long pid) {
        run(pid, "GC.run");
        run(pid, "GC.run");
        String info = run(pid, "GC.heap_info");
        var matcher = USED.matcher(info);
        if (!matcher.find()) {
            throw new IllegalStateException("no 'used ...K' in GC.heap_info: " + info);
        }
        return Long.parseLong(matcher.group(1));
    }

    private static String run(long pid, String command) {
        String jcmd = System.getProperty("java.home") + "/bin/jcmd";
        try {
            var process = new ProcessBuilder(jcmd, Long.toString(pid), command).redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.waitFor() != 0) {
                throw new IllegalStateException("jcmd " + pid + " " + command + " failed: " + out);
            }
            return out;
        } catch (IOException e) {
            throw new IllegalStateException("could not run jcmd", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
