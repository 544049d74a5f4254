package congkhai.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The kinds of document a portal publishes, with their Vietnamese names and URL slugs. */
public enum DocType {
    RESOLUTION("resolution", "Nghị quyết", "Nghị quyết", "nghi-quyet", "Nghị quyết"),
    DECISION("decision", "Quyết định", "Quyết định", "quyet-dinh", "Quyết định"),
    CONCLUSION("conclusion", "Thông báo kết luận", "Thông báo kết luận", "ket-luan", "Thông báo kết luận", "Kết luận", "Thông báo"),
    PLAN("plan", "Kế hoạch", "Kế hoạch", "ke-hoach", "Kế hoạch"),
    REPORT("report", "Báo cáo", "Báo cáo", "bao-cao", "Báo cáo"),
    NOTICE("notice", "Thông báo", "Thông báo", "thong-bao", "Thông báo"),
    NEWS("news", "Tin tức", "Tin", "tin-tuc", "Tin tức", "Tin:");

    private final String code;
    private final String label;
    private final String singular;
    private final String slug;
    private final List<String> names;

    DocType(String code, String label, String singular, String slug, String... names) {
        this.code = code;
        this.label = label;
        this.singular = singular;
        this.slug = slug;
        this.names = List.of(names);
    }

    /**
     * Whether a title already says what kind of document it is ("Kết luận Phiên họp…" for a
     * conclusion): a page then does not put the type's name before it, which would read "Thông báo
     * kết luận Kết luận Phiên họp…".
     */
    public boolean namedIn(String title) {
        String folded = congkhai.text.Folding.fold(title.strip()).toLowerCase(java.util.Locale.ROOT);
        for (String name : names) {
            String n = congkhai.text.Folding.fold(name).toLowerCase(java.util.Locale.ROOT);
            if (folded.startsWith(n) && (folded.length() == n.length() || !Character.isLetterOrDigit(folded.charAt(n.length())))) {
                return true;
            }
        }
        return false;
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
        String key = congkhai.text.Folding.slug(typed.strip()).replace("-", "");
        if (key.isEmpty()) {
            return Optional.empty();
        }
        return Arrays.stream(values()).filter(t -> t.code.equals(key) || t.slug.replace("-", "").equals(key)
                || congkhai.text.Folding.slug(t.label).replace("-", "").equals(key)).findFirst();
    }

    /** Every name {@link #parse} accepts without folding: the codes and the Vietnamese slugs. */
    public static List<String> names() {
        return Arrays.stream(values()).flatMap(t -> java.util.stream.Stream.of(t.code, t.slug)).toList();
    }

    public static List<String> codes() {
        return Arrays.stream(values()).map(DocType::code).toList();
    }
}
