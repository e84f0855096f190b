import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.stage.Window;

/**
 * bench/ScrollBench.java (compiled and run by bench/startup.sh against the jar): opens OfferBench's window on a
 * database, waits until the offers table lists every offer, then scrolls it from top to bottom a few rows per frame,
 * as a mouse wheel or a held arrow key does, timing every pulse. Prints the frames, the median and the worst gap
 * between frames, the frames that took longer than 1.5 frames at 60 Hz (dropped), and the FX thread's own layout
 * time per pulse (CSS, layout and the table's cells), which depends far less on other programs' load; then the FX
 * thread's CPU time for the same (per pulse: median, worst, over 16 ms; and in all), which depends less still.
 */
public final class ScrollBench {

    public static void main(String[] args) throws Exception {
        int expected = Integer.parseInt(args[1]);
        Thread fx = new Thread(() -> Application.launch(io.offerbench.ui.main.App.class, "--db", args[0]), "launcher");
        fx.setDaemon(true);
        fx.start();
        while (true) {
            try {
                Platform.runLater(() -> waitForTable(expected));
                break;
            } catch (IllegalStateException notYet) {
                Thread.sleep(50);
            }
        }
        fx.join();
    }

    private static void waitForTable(int expected) {
        for (Window w : Window.getWindows()) {
            Scene scene = w.getScene();
            if (w.isShowing() && scene != null && scene.lookup("#table") instanceof TableView<?> table
                    && table.getItems().size() == expected) {
                scroll(scene, table);
                return;
            }
        }
        new Thread(() -> {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                return;
            }
            Platform.runLater(() -> waitForTable(expected));
        }).start();
    }

    private static void scroll(Scene scene, TableView<?> table) {
        int rows = table.getItems().size();
        int step = 3;
        List<Long> gaps = new ArrayList<>();
        List<Long> layout = new ArrayList<>();
        List<Long> layoutCpu = new ArrayList<>();
        long[] layoutStart = {0, 0};
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        scene.addPreLayoutPulseListener(() -> {
            layoutStart[0] = System.nanoTime();
            layoutStart[1] = threads.getCurrentThreadCpuTime();
        });
        scene.addPostLayoutPulseListener(() -> {
            if (layoutStart[0] != 0) {
                layout.add(System.nanoTime() - layoutStart[0]);
                layoutCpu.add(threads.getCurrentThreadCpuTime() - layoutStart[1]);
            }
        });
        long cpuAtStart = threads.getCurrentThreadCpuTime();
        new AnimationTimer() {
            long last;
            int at;

            @Override
            public void handle(long now) {
                if (last != 0) {
                    gaps.add(now - last);
                }
                last = now;
                at += step;
                if (at >= rows || gaps.size() >= 600) {
                    stop();
                    report(rows, step, gaps, layout);
                    report(layoutCpu, threads.getCurrentThreadCpuTime() - cpuAtStart);
                    Platform.exit();
                    return;
                }
                table.scrollTo(at);
            }
        }.start();
    }

    private static void report(int rows, int step, List<Long> gaps, List<Long> layout) {
        List<Long> g = new ArrayList<>(gaps);
        g.sort(null);
        List<Long> l = new ArrayList<>(layout);
        l.sort(null);
        long dropped = gaps.stream().filter(n -> n > 25_000_000L).count();
        long slowLayout = layout.stream().filter(n -> n > 16_000_000L).count();
        System.out.printf("scroll %d rows, %d per frame: %d frames, gap median %.1f ms, worst %.1f ms, dropped (gap > 25 ms) %d;"
                + " FX layout per pulse median %.2f ms, worst %.1f ms, over 16 ms %d%n", rows, step, gaps.size(),
                ms(g.get(g.size() / 2)), ms(g.get(g.size() - 1)), dropped, ms(l.get(l.size() / 2)), ms(l.get(l.size() - 1)),
                slowLayout);
    }

    private static void report(List<Long> layoutCpu, long fxCpu) {
        List<Long> l = new ArrayList<>(layoutCpu);
        l.sort(null);
        System.out.printf("scroll FX thread CPU: layout per pulse median %.2f ms, worst %.1f ms, over 16 ms %d; whole scroll %.0f ms%n",
                ms(l.get(l.size() / 2)), ms(l.get(l.size() - 1)), layoutCpu.stream().filter(n -> n > 16_000_000L).count(), ms(fxCpu));
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
