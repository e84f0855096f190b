package io.offerbench.cli;

import io.offerbench.app.LeftOutOffer;
import io.offerbench.domain.Offer;
import io.offerbench.store.LoadedOffers;
import io.offerbench.store.Database;
import io.offerbench.text.Formats;
import io.offerbench.text.Texts;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "list", mixinStandardHelpOptions = true)
final class ListCommand implements Callable<Integer> {

    @Mixin
    DatabaseOption database;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        List<Offer> offers;
        List<LeftOutOffer> leftOut;
        try (Database db = database.openForReading()) {
            LoadedOffers loaded = db.offers().loadAll();
            offers = loaded.offers();
            leftOut = loaded.damaged().stream().map(LeftOutOffer::of).toList();
        }
        PrintWriter out = spec.commandLine().getOut();
        TextTable table = new TextTable(Texts.get("cli.list.col.id"), Texts.get("cli.list.col.company"),
                Texts.get("cli.list.col.role"), Texts.get("cli.list.col.type"), Texts.get("cli.list.col.status"),
                Texts.get("cli.list.col.deadline"), Texts.get("cli.list.col.base"));
        for (Offer o : offers) {
            table.row(String.valueOf(o.id()), o.company(), o.roleTitle(), Texts.label(o.type()), Texts.label(o.status()),
                    Formats.date(o.deadline()), Formats.money(o.pay().baseSalary(), o.currency()));
        }
        table.print(out);
        LeftOutLines.print(leftOut, spec.commandLine().getErr());
        return 0;
    }
}
