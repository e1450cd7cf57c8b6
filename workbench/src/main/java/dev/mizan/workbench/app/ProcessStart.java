package dev.mizan.workbench.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * How long ago this process started, for {@code --timing}. On Linux it is read from the kernel's
 * own clock ({@code /proc/self/stat} start time against {@code /proc/uptime}), because the JDK's
 * {@code ProcessHandle.Info.startInstant()} adds the boot time from {@code /proc/stat}, which in
 * containers can be off: measured here, it made a 45 ms Java start read as 865 ms. The process is
 * the launcher script's (it {@code exec}s Java), so the figure includes the launcher too.
 */
public final class ProcessStart {
    private static final long CLOCK_TICKS_PER_SECOND = 100; // USER_HZ, 100 on every Linux port

    private ProcessStart() {
    }

    /** Milliseconds since this process was created. */
    public static long elapsedMs() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            // Field 22 (starttime); the command name in field 2 may hold spaces, so count after ')'.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long startTicks = Long.parseLong(fields[19]);
            String uptime = Files.readString(Path.of("/proc/uptime"));
            double uptimeSeconds = Double.parseDouble(uptime.substring(0, uptime.indexOf(' ')));
            return Math.round(uptimeSeconds * 1000) - startTicks * 1000 / CLOCK_TICKS_PER_SECOND;
        } catch (IOException | RuntimeException e) {
            return ProcessHandle.current().info().startInstant()
                    .map(start -> Duration.between(start, Instant.now()).toMillis())
                    .orElse(-1L);
        }
    }
}
