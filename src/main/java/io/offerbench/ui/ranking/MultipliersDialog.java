package io.offerbench.ui.ranking;

import io.offerbench.app.ScoringSettings;
import io.offerbench.domain.LiquidityMultipliers;
import io.offerbench.domain.input.ParseResult;
import io.offerbench.domain.input.PercentParser;
import io.offerbench.ui.session.ScoringModel;
import io.offerbench.ui.common.Messages;
import java.math.BigDecimal;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/**
 * Edits what private equity is assumed to be worth in each scenario, as a percentage of its value
 * at grant. These are OfferBench's assumptions, not document figures, so the user may change them.
 */
final class MultipliersDialog {

    private MultipliersDialog() {
    }

    static void edit(Window owner, ScoringModel scoring) {
        ScoringSettings settings = scoring.settingsProperty().get();
        LiquidityMultipliers m = settings.multipliers();
        TextField bear = field(m.bear());
        TextField base = field(m.base());
        TextField bull = field(m.bull());
        Label message = new Label(Messages.get("multipliers.explain"));
        message.setWrapText(true);
        message.setMaxWidth(420);
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.addRow(0, new Label(Messages.get("enum.LiquidityScenario.BEAR")), bear);
        grid.addRow(1, new Label(Messages.get("enum.LiquidityScenario.BASE")), base);
        grid.addRow(2, new Label(Messages.get("enum.LiquidityScenario.BULL")), bull);
        grid.add(message, 0, 3, 2, 1);

        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(Messages.get("multipliers.title"));
        dialog.setHeaderText(Messages.get("multipliers.title"));
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        // OK stays open with a message while the figures are wrong, so nothing typed is lost.
        dialog.getDialogPane().lookupButton(ButtonType.OK).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            ParseResult<LiquidityMultipliers> read = read(bear.getText(), base.getText(), bull.getText());
            if (!read.isOk()) {
                message.setText(read.message());
                e.consume();
            } else {
                scoring.saveSettings(new ScoringSettings(settings.homeCurrency(), settings.scenario(), read.value(),
                        settings.adjustCostOfLiving(), settings.afterTax(), settings.activeProfile(), settings.tenureYears()));
            }
        });
        dialog.showAndWait();
    }

    /** Reads three percentages (0-1000 % of grant value) into multipliers, or says what is wrong. */
    static ParseResult<LiquidityMultipliers> read(String bear, String base, String bull) {
        BigDecimal[] values = new BigDecimal[3];
        String[] texts = {bear, base, bull};
        String[] names = {"enum.LiquidityScenario.BEAR", "enum.LiquidityScenario.BASE", "enum.LiquidityScenario.BULL"};
        for (int i = 0; i < 3; i++) {
            ParseResult<BigDecimal> p = PercentParser.parse(texts[i], Messages.get(names[i]), BigDecimal.valueOf(1000));
            if (!p.isOk()) {
                return ParseResult.error(p.message());
            }
            values[i] = p.value().movePointLeft(2);
        }
        try {
            return ParseResult.ok(new LiquidityMultipliers(values[0], values[1], values[2]));
        } catch (IllegalArgumentException e) {
            return ParseResult.error(e.getMessage());
        }
    }

    private static TextField field(BigDecimal multiplier) {
        TextField f = new TextField(multiplier.movePointRight(2).stripTrailingZeros().toPlainString() + "%");
        f.setPrefColumnCount(6);
        return f;
    }
}
