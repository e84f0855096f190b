package io.offerbench.cli;

import io.offerbench.app.ScoringInputs;
import io.offerbench.domain.WeightProfile;
import io.offerbench.scoring.Ranking;
import io.offerbench.scoring.negotiation.WeightCertainty;
import io.offerbench.store.Database;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "score", mixinStandardHelpOptions = true)
final class ScoreCommand implements Callable<Integer> {

    enum Format { table, json, csv }

    @Mixin
    DatabaseOption database;

    @Option(names = "--profile", paramLabel = "NAME",
            descriptionKey = "cli.help.score.profile")
    String profile;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            descriptionKey = "cli.help.score.format")
    Format format;

    @Option(names = "--certainty", paramLabel = "HOW_SURE", defaultValue = "sure", converter = CertaintyConverter.class,
            descriptionKey = "cli.help.score.certainty")
    WeightCertainty certainty;

    @Option(names = "--after-tax", negatable = true,
            descriptionKey = "cli.help.score.after-tax")
    Boolean afterTax;

    @Option(names = "--cost-of-living", negatable = true,
            descriptionKey = "cli.help.score.cost-of-living")
    Boolean costOfLiving;

    @Spec
    CommandSpec spec;

    static final class CertaintyConverter implements picocli.CommandLine.ITypeConverter<WeightCertainty> {
        @Override
        public WeightCertainty convert(String value) {
            try {
                return WeightCertainty.fromCode(value);
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException("--certainty " + e.getMessage());
            }
        }
    }

    @Override
    public Integer call() throws Exception {
        ScoringInputs inputs;
        try (Database db = database.openForReading()) {
            inputs = ScoringInputs.load(db);
        }
        inputs = inputs.withEstimates(costOfLiving, afterTax);
        WeightProfile weights = profile == null ? inputs.activeProfile() : inputs.profile(profile);
        Ranking ranking = inputs.rank(weights);
        PrintWriter out = spec.commandLine().getOut();
        EstimateOutput.warnings(ranking).forEach(spec.commandLine().getErr()::println);
        spec.commandLine().getErr().flush();
        switch (format) {
            case json -> out.println(RankingOutput.json(ranking, NegotiationOutput.of(ranking, inputs.context(), certainty)));
            case csv -> out.print(RankingOutput.csv(ranking));
            case table -> {
                RankingOutput.table(ranking).print(out);
                EstimateOutput.tableLines(ranking).forEach(out::println);
            }
        }
        out.flush();
        LeftOutLines.print(inputs.leftOut(), spec.commandLine().getErr());
        return 0;
    }
}
