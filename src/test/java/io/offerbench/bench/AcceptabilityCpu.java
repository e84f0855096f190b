package io.offerbench.bench;

import io.offerbench.app.ScoringInputs;
import io.offerbench.scoring.Ranking;
import io.offerbench.scoring.WeightPresets;
import io.offerbench.scoring.negotiation.AcceptabilityInputs;
import io.offerbench.scoring.negotiation.RankAcceptabilityModel;
import io.offerbench.scoring.negotiation.WeightCertainty;
import io.offerbench.store.Database;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;

/**
 * The CPU time of one rank-acceptability table ({@link RankAcceptabilityBench#compute}'s work) for each certainty, as
 * the thread's own CPU clock measures it: on a shared, loaded machine JMH's wall-clock figures mostly measure the
 * wait for a core, while this is what the table costs the core it runs on. Not a test and not a JMH benchmark: run
 * it as docs/performance.md says. Prints the median, least and most of 40 tables after 30 of warm-up.
 */
public final class AcceptabilityCpu {

    private AcceptabilityCpu() {
    }

    public static void main(String[] args) throws Exception {
        int offers = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        Path dir = BenchFolder.create("acceptability-cpu");
        try {
            ScoringInputs inputs;
            try (Database db = Database.open(BenchDatabase.create(dir.resolve("offerbench.db"), offers), Clock.systemDefaultZone())) {
                inputs = ScoringInputs.load(db);
            }
            Ranking ranking = inputs.rank(WeightPresets.balanced());
            AcceptabilityInputs in = AcceptabilityInputs.of(ranking, inputs.context());
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            for (WeightCertainty certainty : WeightCertainty.values()) {
                for (int i = 0; i < 30; i++) {
                    RankAcceptabilityModel.compute(in, WeightPresets.balanced(), certainty);
                }
                long[] cpu = new long[40];
                for (int i = 0; i < cpu.length; i++) {
                    long start = threads.getCurrentThreadCpuTime();
                    RankAcceptabilityModel.compute(in, WeightPresets.balanced(), certainty);
                    cpu[i] = threads.getCurrentThreadCpuTime() - start;
                }
                Arrays.sort(cpu);
                System.out.printf("offers=%d %s: CPU per table median %.2f ms (%.2f-%.2f)%n", offers, certainty, cpu[cpu.length / 2] / 1e6,
                        cpu[0] / 1e6, cpu[cpu.length - 1] / 1e6); // a bench tool's output, not user text
            }
        } finally {
            BenchFolder.delete(dir);
        }
    }
}
