package congkhai.render;

import congkhai.base.Text;
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
        return new ChangeView(c.date(), printable(c.message()), c.shortCommit(), commitUrl.map(u -> u.replace("{commit}", c.commit())));
    }

    /**
     * A commit message is content nobody checked: control and bidirectional control characters, which
     * records may not hold and HTML may not carry, are left out.
     */
    static String printable(String message) {
        StringBuilder out = new StringBuilder(message.length());
        message.codePoints().filter(c -> !Text.isForbiddenControl(c) && !Text.isBidiControl(c)).forEach(out::appendCodePoint);
        return out.toString();
    }
}
