package io.offerbench.cli;

import io.offerbench.app.ScoringInputs;
import io.offerbench.domain.WeightProfile;
import io.offerbench.exchange.negotiation.BriefFile;
import io.offerbench.exchange.negotiation.NegotiationBrief;
import io.offerbench.scoring.OfferScore;
import io.offerbench.scoring.Ranking;
import io.offerbench.store.Database;
import io.offerbench.text.Texts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code offerbench brief --offer NAME FILE.md}: the negotiation brief for one offer, as Markdown. */
@Command(name = "brief", mixinStandardHelpOptions = true)
final class BriefCommand implements Callable<Integer> {

    @Mixin
    DatabaseOption database;

    @Option(names = "--offer", paramLabel = "NAME", required = true,
            descriptionKey = "cli.help.brief.offer")
    String offer;

    @Option(names = "--profile", paramLabel = "NAME", descriptionKey = "cli.help.brief.profile")
    String profile;

    @Parameters(paramLabel = "FILE", descriptionKey = "cli.help.brief.file")
    Path file;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ScoringInputs inputs;
        try (Database db = database.openForReading()) {
            inputs = ScoringInputs.load(db);
        }
        WeightProfile weights = profile == null ? inputs.activeProfile() : inputs.profile(profile);
        Ranking ranking = inputs.rank(weights);
        OfferScore chosen = find(ranking);
        String brief = NegotiationBrief.write(chosen, ranking, inputs.context(), LocalDate.now(database.clock()));
        Path folder = file.toAbsolutePath().getParent();
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException(Texts.get("cli.file.folderMissing", file.toString(), folder.toString()));
        }
        try {
            BriefFile.write(file, brief);
        } catch (IOException e) {
            throw new IllegalStateException(FileProblems.describe(Texts.get("cli.file.cannotWrite", file.toString()), e), e);
        }
        spec.commandLine().getOut().println(Texts.get("cli.brief.wrote", chosen.offer().label(), file.toString()));
        return 0;
    }

    private OfferScore find(Ranking ranking) {
        String wanted = offer.strip().toLowerCase(Locale.ROOT);
        List<OfferScore> exact = ranking.scores().stream()
                .filter(s -> s.offer().label().toLowerCase(Locale.ROOT).equals(wanted)).toList();
        List<OfferScore> byCompany = ranking.scores().stream()
                .filter(s -> s.offer().company().toLowerCase(Locale.ROOT).equals(wanted)).toList();
        List<OfferScore> found = !exact.isEmpty() ? exact : byCompany;
        if (found.size() == 1) {
            return found.get(0);
        }
        String names = String.join("; ", ranking.scores().stream().map(s -> s.offer().label()).toList());
        throw new IllegalArgumentException(found.isEmpty()
                ? Texts.get("cli.brief.noMatch", offer, names)
                : Texts.get("cli.brief.manyMatch", offer, found.size(), names));
    }
}
