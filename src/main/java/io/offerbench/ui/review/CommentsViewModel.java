package io.offerbench.ui.review;

import io.offerbench.domain.ReviewRole;
import io.offerbench.domain.input.ParseResult;
import io.offerbench.domain.input.TextInput;
import io.offerbench.domain.ReviewComment;
import io.offerbench.store.Database;
import io.offerbench.ui.common.BackgroundWork;
import io.offerbench.ui.common.Messages;
import java.time.Clock;
import java.time.Instant;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Review comments on one offer, kept apart from the student's own notes: who wrote them (student
 * or advisor), when, and what. The author's name and role are remembered for the next comment.
 */
public final class CommentsViewModel {

    static final String AUTHOR_KEY = "review.author";
    static final String ROLE_KEY = "review.role";

    private final BackgroundWork work;
    private final Database database;
    private final Clock clock;
    private final Runnable onChanged;
    private final ObservableList<ReviewComment> comments = FXCollections.observableArrayList();
    private final StringProperty author = new SimpleStringProperty("");
    private final ObjectProperty<ReviewRole> role = new SimpleObjectProperty<>(ReviewRole.STUDENT);
    private final StringProperty body = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    /** The comment whose text the form holds for editing; null while the form writes a new comment. */
    private final ReadOnlyObjectWrapper<ReviewComment> editing = new ReadOnlyObjectWrapper<>();
    private long offerId = -1;

    public CommentsViewModel(BackgroundWork work, Database database, Clock clock) {
        this(work, database, clock, () -> { });
    }

    /**
     * Reads and writes comments (and the remembered author) in {@code database}, always through {@code work}, off
     * the FX thread. {@code onChanged} runs after a comment was saved or deleted (review mode counts new comments).
     */
    public CommentsViewModel(BackgroundWork work, Database database, Clock clock, Runnable onChanged) {
        this.work = work;
        this.database = database;
        this.clock = clock;
        this.onChanged = onChanged;
        work.run(() -> new String[] {
            database.settings().get(AUTHOR_KEY).orElse(""),
            database.settings().get(ROLE_KEY).orElse(ReviewRole.STUDENT.code())}, saved -> {
                author.set(saved[0]);
                role.set(ReviewRole.fromCode(saved[1]));
            });
    }

    public ObservableList<ReviewComment> comments() {
        return comments;
    }

    public StringProperty authorProperty() {
        return author;
    }

    public ObjectProperty<ReviewRole> roleProperty() {
        return role;
    }

    public StringProperty bodyProperty() {
        return body;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ReviewComment> editingProperty() {
        return editing.getReadOnlyProperty();
    }

    /** Puts a comment's text in the form to be changed; "Save changes" ({@link #add}) then rewrites it. */
    public void edit(ReviewComment comment) {
        editing.set(comment);
        body.set(comment.body());
        message.set(Messages.get("review.editing", comment.author().isBlank() ? Messages.get("review.someone") : comment.author()));
    }

    /** Leaves the comment as it was and empties the form for a new one. */
    public void cancelEdit() {
        if (editing.get() != null) {
            editing.set(null);
            body.set("");
            message.set("");
        }
    }

    /** Shows the comments of a saved offer; an unsaved (id 0) or no offer shows none. */
    public void show(long id) {
        offerId = id;
        comments.clear();
        editing.set(null);
        message.set("");
        if (id <= 0) {
            return;
        }
        work.run(() -> database.comments().listByOffer(id), list -> {
            if (offerId == id) {
                comments.setAll(list);
            }
        });
    }

    /** Adds the comment the form holds, or, while editing one, saves its changed text. */
    public void add() {
        if (editing.get() != null) {
            saveEdit(editing.get());
            return;
        }
        ParseResult<String> who = TextInput.required(author.get(), Messages.get("review.author"), 80, false);
        ParseResult<String> what = TextInput.required(body.get(), Messages.get("review.comment"), 5000, true);
        if (!who.isOk() || !what.isOk()) {
            message.set(!who.isOk() ? who.message() : what.message());
            return;
        }
        if (offerId <= 0) {
            message.set(Messages.get("review.saveOfferFirst"));
            return;
        }
        long id = offerId;
        ReviewComment draft = new ReviewComment(0, id, who.value(), role.get(), what.value(), Instant.now(clock));
        work.run(() -> {
            ReviewComment saved = database.inTransaction(c -> {
                database.settings().put(AUTHOR_KEY, draft.author());
                database.settings().put(ROLE_KEY, draft.role().code());
                return database.comments().add(draft);
            });
            return saved;
        }, saved -> {
            if (offerId == id) {
                comments.add(saved);
            }
            body.set("");
            message.set(Messages.get("review.added"));
            onChanged.run();
        });
    }

    private void saveEdit(ReviewComment comment) {
        ParseResult<String> what = TextInput.required(body.get(), Messages.get("review.comment"), 5000, true);
        if (!what.isOk()) {
            message.set(what.message());
            return;
        }
        work.run(() -> database.comments().updateBody(comment.id(), what.value(), Instant.now(clock)), saved -> {
            editing.set(null);
            body.set("");
            if (saved.isEmpty()) {
                comments.removeIf(c -> c.id() == comment.id());
                message.set(Messages.get("review.editGone"));
                return;
            }
            comments.replaceAll(c -> c.id() == comment.id() ? saved.get() : c);
            message.set(Messages.get("review.edited"));
            onChanged.run();
        });
    }

    public void delete(ReviewComment comment) {
        work.run(() -> {
            database.comments().delete(comment.id());
            return comment;
        }, deleted -> {
            comments.removeIf(c -> c.id() == deleted.id());
            if (editing.get() != null && editing.get().id() == deleted.id()) {
                editing.set(null);
                body.set("");
            }
            message.set(Messages.get("review.deleted"));
            onChanged.run();
        });
    }
}
