package congkhai.base;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts what congkhai prints into the webmaster's language. The code writes its messages in English
 * (the language of its tests and its contributors); the catalog of a language, one file in
 * {@code src/main/resources/congkhai/messages/}, rewrites them, phrase by phrase, on the way out.
 * Keeping the messages where they are made, and their translation in one file, lets every stage
 * go on reporting its problems as plain strings.
 *
 * <p>A catalog is pairs of lines: a Java regular expression, then {@code => } and its replacement
 * ({@code $1} for a group). Pairs apply in file order, each to the whole line, so a longer phrase
 * comes before the shorter ones inside it. Lines starting with {@code #} are comments.
 */
public final class Translator {

    private record Rule(Pattern english, String replacement) {
    }

    private static final Translator NONE = new Translator(List.of());

    private final List<Rule> rules;

    private Translator(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The translator into {@code lang}; English is the messages as written. */
    public static Translator of(Lang lang) {
        return lang == Lang.EN ? NONE : load("/congkhai/messages/vi.catalog");
    }

    static Translator load(String resource) {
        try (InputStream in = Translator.class.getResourceAsStream(resource)) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            List<Rule> rules = new ArrayList<>();
            String pending = null;
            for (String line : lines) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (line.startsWith("=> ") || line.equals("=>")) {
                    if (pending == null) {
                        throw new IllegalStateException(resource + ": a replacement without its pattern: " + line);
                    }
                    rules.add(new Rule(Pattern.compile(pending), line.length() > 3 ? line.substring(3) : ""));
                    pending = null;
                } else {
                    pending = line;
                }
            }
            return new Translator(rules);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A line's colour codes at its start and end: picocli colours its errors in a terminal, and a
     * rule anchored at the line's start must still find the message between them.
     */
    private static final Pattern COLOURED = Pattern.compile(
            "((?:\u001B\\[[0-9;]*m)+)(.*?)((?:\u001B\\[[0-9;]*m)*)", Pattern.DOTALL);

    /** One message (a line, or a part of one) in the language. */
    public String apply(String english) {
        Matcher coloured = COLOURED.matcher(english);
        if (coloured.matches()) {
            return coloured.group(1) + translate(coloured.group(2)) + coloured.group(3);
        }
        return translate(english);
    }

    private String translate(String english) {
        String s = english;
        for (Rule r : rules) {
            Matcher m = r.english().matcher(s);
            if (m.find()) {
                s = m.replaceAll(r.replacement());
            }
        }
        return s;
    }

    public boolean translates() {
        return !rules.isEmpty();
    }

    /** A writer that translates each line written through it before passing it on. */
    public PrintWriter wrap(PrintWriter out) {
        if (!translates()) {
            return out;
        }
        return new PrintWriter(new LineWriter(out), true);
    }

    private final class LineWriter extends Writer {
        private final PrintWriter out;
        private final StringBuilder line = new StringBuilder();

        LineWriter(PrintWriter out) {
            this.out = out;
        }

        @Override
        public void write(char[] cbuf, int off, int len) {
            for (int i = off; i < off + len; i++) {
                char c = cbuf[i];
                if (c == '\n') {
                    out.write(apply(line.toString()));
                    out.write('\n');
                    line.setLength(0);
                } else {
                    line.append(c);
                }
            }
        }

        @Override
        public void flush() {
            // a line still being written waits for its end: half a sentence cannot be translated
            out.flush();
        }

        @Override
        public void close() {
            if (line.length() > 0) {
                out.write(apply(line.toString()));
                line.setLength(0);
            }
            out.flush();
        }
    }
}
