package congkhai.render;

import congkhai.base.Text;
import congkhai.config.SiteConfig;
import congkhai.history.Change;
import congkhai.load.Labels;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One entry of a record's change history as a page shows it: the day and what changed in the
 * record's content, in words. The commit message is the webmaster's and is shown only where the
 * config asks ({@code history_messages}); the link to the commit only where it names a repository.
 *
 * @param summary what changed, in the theme's {@code history.*} labels: "Đăng lần đầu", "Sửa tiêu đề,
 *                nhiệm vụ và nội dung văn bản"
 * @param message the commit message, when the config shows them
 * @param url     the commit's web page, when the config gives {@code commit_url} or {@code repo_url}
 */
public record ChangeView(LocalDate date, String summary, Optional<String> message, String shortCommit, Optional<String> url) {

    static ChangeView of(Change c, SiteConfig config, Labels labels) {
        Optional<String> message = config.historyMessages() && !c.message().isBlank() ? Optional.of(printable(c.message())) : Optional.empty();
        return new ChangeView(c.date(), summary(c, labels), message, c.shortCommit(),
                config.commitUrl().map(u -> u.replace("{commit}", c.commit())));
    }

    /** The front matter's fields by their labels {@code history.field.<name>}; a field without one is named as written. */
    static String summary(Change c, Labels labels) {
        if (c.created()) {
            return labels.get("history.created");
        }
        List<String> parts = new ArrayList<>();
        c.fields().forEach(f -> parts.add(labels.find("history.field." + f).orElse(f)));
        if (c.body()) {
            parts.add(labels.get("history.body"));
        }
        if (parts.isEmpty()) {
            return labels.get("history.format_only");
        }
        String list = parts.size() == 1 ? parts.get(0)
                : labels.get("history.last_of_list", String.join(", ", parts.subList(0, parts.size() - 1)), parts.get(parts.size() - 1));
        return labels.get("history.edited", list);
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
