package congkhai.base;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The language congkhai speaks to the webmaster: Vietnamese, unless {@code --lang en} or an English
 * locale in the environment asks for English. Only what the webmaster reads changes; the site's own
 * pages are always Vietnamese.
 */
public enum Lang {
    VI, EN;

    /**
     * {@code --lang xx} (or {@code --lang=xx}) among {@code args} wins; then the locale of
     * {@code LC_ALL}, {@code LC_MESSAGES}, {@code LANG}, as POSIX orders them. Any locale other than an
     * English one, "C" included, gives Vietnamese: the webmasters this is for are Vietnamese.
     */
    public static Lang choose(List<String> args, Map<String, String> environment) {
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.startsWith("--lang=")) {
                return of(a.substring("--lang=".length()));
            }
            if (a.equals("--lang") && i + 1 < args.size()) {
                return of(args.get(i + 1));
            }
        }
        for (String name : List.of("LC_ALL", "LC_MESSAGES", "LANG")) {
            String value = environment.get(name);
            if (value != null && !value.isBlank()) {
                return value.toLowerCase(Locale.ROOT).startsWith("en") ? EN : VI;
            }
        }
        return VI;
    }

    /** "en", "en_US", "EN" are English; anything else Vietnamese. */
    public static Lang of(String code) {
        return code.strip().toLowerCase(Locale.ROOT).startsWith("en") ? EN : VI;
    }

    public Locale locale() {
        return this == EN ? Locale.ENGLISH : Locale.forLanguageTag("vi");
    }
}
