package congkhai.load;

import congkhai.base.Text;

import java.util.Locale;
import java.util.Optional;

/**
 * A record's {@code aliases}: old addresses of its page, from the site's root, where the build writes a
 * page that sends the reader on. An alias is written as a reader's browser shows it, without the
 * host: {@code /blog/2016/05/bai-viet.html} (that file) or {@code /tin-cu/} (a folder, whose
 * {@code index.html} is written). Without a trailing '/' or an {@code .html} name, '/' is added.
 */
public final class Aliases {

    private Aliases() {
    }

    /** Why {@code written} cannot be an alias, or empty when it can. */
    public static Optional<String> mistake(String written) {
        return mistake(written, "alias");
    }

    /**
     * Why {@code written} cannot be an old address, or empty when it can; {@code what} names it in
     * the message ("alias", or "redirect from" for the site's own old addresses).
     */
    public static Optional<String> mistake(String written, String what) {
        String quoted = what + " '" + written + "'";
        if (!written.startsWith("/")) {
            return Optional.of(quoted + " must start with '/': an old address from the site's root, e.g. /blog/2016/05/bai-viet.html");
        }
        if (written.equals("/")) {
            return Optional.of(quoted + " is the home page's address");
        }
        if (written.contains("?") || written.contains("#") || written.contains("%") || written.contains("\\")) {
            return Optional.of(quoted + " may not have '?', '#', '%' or '\\': write the path alone, with its letters as they are (a space, not %20)");
        }
        if (written.codePoints().anyMatch(c -> Character.isISOControl(c) || Text.isBidiControl(c))) {
            return Optional.of(quoted + " has a control character");
        }
        String path = written.substring(1, written.endsWith("/") ? written.length() - 1 : written.length());
        for (String part : path.split("/", -1)) {
            if (part.isEmpty() || part.equals(".") || part.equals("..")) {
                return Optional.of(quoted + " has an empty, '.' or '..' step; write the address from the site's root, each folder once");
            }
            if (part.startsWith(".")) {
                return Optional.of(quoted + " has a name starting with '.', which web servers hide");
            }
            Optional<String> bad = SiteLoader.badName(part);
            if (bad.isPresent()) {
                return Optional.of(quoted + ": " + bad.get().replace("; rename it", ""));
            }
            Optional<String> script = AttachmentTypes.serverScript(part);
            if (script.isPresent()) {
                return Optional.of(quoted + " has '." + script.get() + "', which some web servers run as a program");
            }
        }
        String last = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        if (!written.endsWith("/") && last.contains(".") && !isPageFile(last)) {
            return Optional.of(quoted + " ends in a file name that is no page; end it with '/' for a folder, or with '.html'");
        }
        return Optional.empty();
    }

    /**
     * The path under the site root where the redirect page of a valid alias goes: {@code blog/x.html},
     * or {@code tin-cu/} for a folder, whose {@code index.html} it is.
     */
    public static String path(String written) {
        String path = written.substring(1);
        return path.endsWith("/") || isPageFile(path.toLowerCase(Locale.ROOT)) ? path : path + "/";
    }

    /**
     * Why {@code written} cannot be where a redirect of {@code site-config.yml} leads, or empty when it
     * can: an address of the site from its root ({@code /van-ban/}, {@code /atom.xml}).
     */
    public static Optional<String> targetMistake(String written) {
        String quoted = "redirect to '" + written + "'";
        if (!written.startsWith("/")) {
            return Optional.of(quoted + " must start with '/': an address of this site from its root, e.g. /van-ban/");
        }
        if (written.contains("?") || written.contains("#") || written.contains("\\") || written.contains("//")
                || written.codePoints().anyMatch(c -> Character.isISOControl(c) || Text.isBidiControl(c))) {
            return Optional.of(quoted + " must be a plain path of this site, without '?', '#', '\\' or '//'");
        }
        for (String part : written.substring(1).split("/")) {
            if (part.equals(".") || part.equals("..")) {
                return Optional.of(quoted + " has a '.' or '..' step; write the address from the site's root");
            }
        }
        return Optional.empty();
    }

    /**
     * The path under the site root of a valid redirect target: {@code van-ban/}, {@code atom.xml}, or
     * {@code ""} for the home page; a last name without a dot is a folder.
     */
    public static String targetPath(String written) {
        String path = written.substring(1);
        String last = path.substring(path.lastIndexOf('/') + 1);
        return path.isEmpty() || path.endsWith("/") || last.contains(".") ? path : path + "/";
    }

    private static boolean isPageFile(String lowerName) {
        return lowerName.endsWith(".html") || lowerName.endsWith(".htm");
    }
}
