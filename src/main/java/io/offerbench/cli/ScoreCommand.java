package io.offerbench.cli;

import io.offerbench.app.ScoringInputs;
import io.offerbench.domain.WeightProfile;
import io.offerbench.scoring.Ranking;
import io.offerbench.store.Database;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "score", mixinStandardHelpOptions = true,
        description = {"Score and rank the offers, exactly as the Ranking tab does.",
            "Amounts are in the home currency (set in the app; default USD)."})
final class ScoreCommand implements Callable<Integer> {

    enum Format { table, json, csv }

    @Mixin
    DatabaseOption database;

    @Option(names = "--profile", paramLabel = "NAME",
            description = "Weight profile: Balanced, Pay first, Research first or one you saved (default: the app's active profile).")
    String profile;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table, json or csv (default: ${DEFAULT-VALUE}).")
    Format format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ScoringInputs inputs;
        try (Database db = database.open()) {
            inputs = ScoringInputs.load(db);
        }
        WeightProfile weights = profile == null ? inputs.activeProfile() : inputs.profile(profile);
        Ranking ranking = inputs.rank(weights);
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case json -> out.println(RankingOutput.json(ranking, NegotiationOutput.of(ranking, inputs.context())));
            case csv -> out.print(RankingOutput.csv(ranking));
            case table -> RankingOutput.table(ranking).print(out);
        }
        out.flush();
        return 0;
    }
}
