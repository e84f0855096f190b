package io.offerbench.ui.common;

import java.lang.management.ManagementFactory;

/**
 * Start-up milestones on standard error, for measuring where launch time goes (docs/performance.md):
 * each line gives the milliseconds since the Java VM started, the CPU time of the thread and of the whole
 * process so far (which depend far less on other programs' load), the thread and the step. Silent unless
 * the program runs with {@code -Dofferbench.trace=startup}.
 */
public final class StartupTrace {

    private static final boolean ON = "startup".equals(System.getProperty("offerbench.trace"));

    private StartupTrace() {
    }

    public static void mark(String step) {
        if (ON) {
            long ms = ManagementFactory.getRuntimeMXBean().getUptime(); // the time since the VM started, without reading the clock
            long threadCpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1_000_000;
            long processCpu = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                    .getProcessCpuTime() / 1_000_000;
            System.err.println("[startup] " + ms + " ms (CPU: this thread " + threadCpu + " ms, all " + processCpu + " ms) "
                    + Thread.currentThread().getName() + " " + step);
        }
    }
}
