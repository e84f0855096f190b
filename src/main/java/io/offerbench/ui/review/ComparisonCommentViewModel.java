package io.offerbench.ui.review;

import io.offerbench.domain.ReviewComment;
import io.offerbench.domain.input.ParseResult;
import io.offerbench.domain.input.TextInput;
import io.offerbench.store.Database;
import io.offerbench.ui.common.BackgroundWork;
import io.offerbench.ui.common.Messages;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The comment on the comparison as a whole (Review › Comment on the comparison…): what the student and the advisor
 * concluded, what to ask next. One text, kept as a setting of the database ({@link ReviewComment#COMPARISON_SETTING}),
 * so it is printed at the top of the report and travels in comparison files; saving it empty removes it.
 */
public final class ComparisonCommentViewModel {

    private final BackgroundWork work;
    private final Database database;
    private final StringProperty text = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public ComparisonCommentViewModel(BackgroundWork work, Database database) {
        this.work = work;
        this.database = database;
    }

    public StringProperty textProperty() {
        return text;
    }

    /** Why the text cannot be saved, or "". */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Reads the stored comment into {@link #textProperty}, then runs {@code loaded}. */
    public void load(Runnable loaded) {
        work.run(() -> database.settings().get(ReviewComment.COMPARISON_SETTING).orElse(""), stored -> {
            text.set(stored);
            message.set("");
            loaded.run();
        });
    }

    /**
     * Saves the text, or says why not (too long, a character that cannot be stored) and saves nothing. Returns
     * whether it was taken; {@code saved} runs with the status line's sentence once it is stored.
     */
    public boolean save(Consumer<String> saved) {
        ParseResult<String> checked = TextInput.text(text.get(), Messages.get("review.comparison.field"), ReviewComment.MAX_LENGTH, true);
        if (!checked.isOk()) {
            message.set(checked.message());
            return false;
        }
        String value = checked.value().strip();
        message.set("");
        work.run(() -> {
            if (value.isEmpty()) {
                database.settings().remove(ReviewComment.COMPARISON_SETTING);
            } else {
                database.settings().put(ReviewComment.COMPARISON_SETTING, value);
            }
            return value;
        }, stored -> saved.accept(Messages.get(stored.isEmpty() ? "review.comparison.removed" : "review.comparison.saved")));
        return true;
    }
}
