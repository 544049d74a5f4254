package congkhai.render;

import congkhai.base.Text;
import congkhai.config.SiteConfig;
import congkhai.history.Change;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One entry of a record's change history as a page shows it: the day and what changed in the
 * record's content, in words. The commit message is the webmaster's and is shown only where the
 * config asks ({@code history_messages}); the link to the commit only where it names a repository.
 *
 * @param summary what changed: "Đăng lần đầu", "Sửa tiêu đề, nhiệm vụ và nội dung văn bản"
 * @param message the commit message, when the config shows them
 * @param url     the commit's web page, when the config gives {@code commit_url} or {@code repo_url}
 */
public record ChangeView(LocalDate date, String summary, Optional<String> message, String shortCommit, Optional<String> url) {

    /** The front matter's fields in a reader's words; a field not listed is named as written. */
    static final Map<String, String> FIELD_NAMES = Map.ofEntries(
            Map.entry("type", "loại văn bản"), Map.entry("title", "tiêu đề"), Map.entry("date", "ngày ban hành"),
            Map.entry("number", "số ký hiệu"), Map.entry("issuer", "cơ quan ban hành"), Map.entry("signer", "người ký"),
            Map.entry("topics", "lĩnh vực"), Map.entry("refs", "văn bản dẫn chiếu"), Map.entry("tasks", "nhiệm vụ"),
            Map.entry("source", "nguồn"), Map.entry("attachments", "tệp đính kèm"), Map.entry("draft", "trạng thái bản nháp"),
            Map.entry("editor_note", "ghi chú của người biên tập"), Map.entry("directives", "chỉ đạo chung"),
            Map.entry("aliases", "địa chỉ cũ"), Map.entry("task", "nhiệm vụ được báo cáo"), Map.entry("status", "tình trạng"),
            Map.entry("percent", "tỷ lệ hoàn thành"), Map.entry("note", "nội dung báo cáo"), Map.entry("evidence", "căn cứ"),
            Map.entry("period", "kỳ báo cáo"), Map.entry("updates", "báo cáo tiến độ"));

    static ChangeView of(Change c, SiteConfig config) {
        Optional<String> message = config.historyMessages() && !c.message().isBlank() ? Optional.of(printable(c.message())) : Optional.empty();
        return new ChangeView(c.date(), summary(c), message, c.shortCommit(),
                config.commitUrl().map(u -> u.replace("{commit}", c.commit())));
    }

    static String summary(Change c) {
        if (c.created()) {
            return "Đăng lần đầu";
        }
        List<String> parts = new ArrayList<>();
        c.fields().forEach(f -> parts.add(FIELD_NAMES.getOrDefault(f, f)));
        if (c.body()) {
            parts.add("nội dung văn bản");
        }
        if (parts.isEmpty()) {
            return "Sửa cách trình bày tệp, nội dung không đổi";
        }
        String list = parts.size() == 1 ? parts.get(0)
                : String.join(", ", parts.subList(0, parts.size() - 1)) + " và " + parts.get(parts.size() - 1);
        return "Sửa " + list;
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
