package congkhai.load;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The kinds of document a portal publishes, with their Vietnamese names and URL slugs. */
public enum DocType {
    RESOLUTION("resolution", "Nghị quyết", "Nghị quyết", "nghi-quyet"),
    DECISION("decision", "Quyết định", "Quyết định", "quyet-dinh"),
    CONCLUSION("conclusion", "Thông báo kết luận", "Thông báo kết luận", "ket-luan"),
    PLAN("plan", "Kế hoạch", "Kế hoạch", "ke-hoach"),
    REPORT("report", "Báo cáo", "Báo cáo", "bao-cao"),
    NOTICE("notice", "Thông báo", "Thông báo", "thong-bao"),
    NEWS("news", "Tin tức", "Tin", "tin-tuc");

    private final String code;
    private final String label;
    private final String singular;
    private final String slug;

    DocType(String code, String label, String singular, String slug) {
        this.code = code;
        this.label = label;
        this.singular = singular;
        this.slug = slug;
    }

    /** The value written in front matter: {@code plan}. */
    public String code() {
        return code;
    }

    /** The heading of its list page: "Kế hoạch". */
    public String label() {
        return label;
    }

    /** What one document of this type is called: "Tin" for one news item. */
    public String singular() {
        return singular;
    }

    public String slug() {
        return slug;
    }

    /** Whether documents of this type carry a number (số ký hiệu); a news item never does. */
    public boolean numbered() {
        return this != NEWS;
    }

    public static Optional<DocType> fromCode(String code) {
        return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst();
    }

    /**
     * The type a webmaster typed: its code ({@code notice}), or its Vietnamese name as in its
     * address ({@code thong-bao}), with or without the hyphens, and with or without the accents
     * ({@code thông báo}, {@code thongbao}), in any case.
     */
    public static Optional<DocType> parse(String typed) {
        String key = congkhai.base.Text.slug(typed.strip()).replace("-", "");
        if (key.isEmpty()) {
            return Optional.empty();
        }
        return Arrays.stream(values()).filter(t -> t.code.equals(key) || t.slug.replace("-", "").equals(key)
                || congkhai.base.Text.slug(t.label).replace("-", "").equals(key)).findFirst();
    }

    /** Every name {@link #parse} accepts without folding: the codes and the Vietnamese slugs. */
    public static List<String> names() {
        return Arrays.stream(values()).flatMap(t -> java.util.stream.Stream.of(t.code, t.slug)).toList();
    }

    public static List<String> codes() {
        return Arrays.stream(values()).map(DocType::code).toList();
    }
}
