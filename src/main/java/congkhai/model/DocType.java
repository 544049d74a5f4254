package congkhai.model;

import congkhai.base.Labelled;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The kinds of document a portal publishes, with their URL slugs and the names a webmaster or a
 * title may use for them. What a page calls them is the theme's ({@link #labelKey}, {@link #singularKey}).
 */
public enum DocType implements Labelled {
    RESOLUTION("resolution", "nghi-quyet", "Nghị quyết"),
    DECISION("decision", "quyet-dinh", "Quyết định"),
    CONCLUSION("conclusion", "ket-luan", "Thông báo kết luận", "Kết luận", "Thông báo"),
    PLAN("plan", "ke-hoach", "Kế hoạch"),
    REPORT("report", "bao-cao", "Báo cáo"),
    NOTICE("notice", "thong-bao", "Thông báo"),
    NEWS("news", "tin-tuc", "Tin tức", "Tin:");

    private final String code;
    private final String slug;
    /** The names a title starts with when it says its type; the first is also one {@link #parse} reads. */
    private final List<String> names;
    /** The names folded and lowercased, as {@link #namedIn} compares them: once, not for every title a page shows. */
    private final List<String> foldedNames;

    DocType(String code, String slug, String... names) {
        this.code = code;
        this.slug = slug;
        this.names = List.of(names);
        this.foldedNames = this.names.stream().map(n -> congkhai.text.Folding.fold(n).toLowerCase(java.util.Locale.ROOT)).toList();
    }

    /**
     * Whether a title already says what kind of document it is ("Kết luận Phiên họp…" for a
     * conclusion): a page then does not put the type's name before it, which would read "Thông báo
     * kết luận Kết luận Phiên họp…".
     */
    public boolean namedIn(String title) {
        String folded = congkhai.text.Folding.fold(title.strip()).toLowerCase(java.util.Locale.ROOT);
        for (String n : foldedNames) {
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

    /** The theme's label of its list page's heading: {@code doctype.plan}, "Kế hoạch". */
    @Override
    public String labelKey() {
        return "doctype." + code;
    }

    /** The theme's label for one document of this type: {@code doctype.news.singular}, "Tin". */
    public String singularKey() {
        return labelKey() + ".singular";
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
                || congkhai.text.Folding.slug(t.names.get(0)).replace("-", "").equals(key)).findFirst();
    }

    /** Every name {@link #parse} accepts without folding: the codes and the Vietnamese slugs. */
    public static List<String> names() {
        return Arrays.stream(values()).flatMap(t -> java.util.stream.Stream.of(t.code, t.slug)).toList();
    }

    public static List<String> codes() {
        return Arrays.stream(values()).map(DocType::code).toList();
    }
}
