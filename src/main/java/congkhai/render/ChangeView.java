package congkhai.render;

import congkhai.history.Change;

import java.time.LocalDate;
import java.util.Optional;

/**
 * One entry of a record's change history as a page shows it.
 *
 * @param url the commit's web page, when the config gives {@code commit_url}
 */
public record ChangeView(LocalDate date, String message, String shortCommit, Optional<String> url) {

    static ChangeView of(Change c, Optional<String> commitUrl) {
        return new ChangeView(c.date(), c.message(), c.shortCommit(), commitUrl.map(u -> u.replace("{commit}", c.commit())));
    }
}
