package congkhai.base;

import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Says what a YAML syntax error means to someone who edits records, and where to look. The parser
 * (SnakeYAML) speaks of its tokens ("expected &lt;block end&gt;, but found '&lt;scalar&gt;' while parsing
 * a block mapping") and points at the construct it was reading, which for a block mapping is the
 * first line of the front matter. The mistakes behind its messages are few: a quote left open or a
 * value going on after it, a tab, a ':' inside an unquoted value, a line indented unlike its
 * neighbours, a bracket left open. A message this table does not know keeps the parser's words.
 */
final class YamlMistakes {

    /** Where a mistake is best shown: the construct's start, or the place the parser stopped. */
    enum Place { CONSTRUCT, STOP }

    /** What the webmaster reads, and where. */
    record Explained(String message, Place place) {
    }

    private record Mistake(Pattern problem, Pattern context, Place place, Function<Matcher, String> message) {
    }

    private static final Pattern ANY = Pattern.compile("");

    /** How to write what a backslash in double quotes was meant to be. */
    private static final String BACKSLASH = "write '\\\\' for a backslash, or put the value in single quotes";

    private static final List<Mistake> MISTAKES = List.of(
            new Mistake(Pattern.compile("^found unexpected end of stream"), Pattern.compile("quoted scalar"), Place.CONSTRUCT,
                    m -> "the quoted value that starts here is not closed; end it with the same quote mark"),
            new Mistake(Pattern.compile("^found unknown escape character (.)\\(\\d+\\)"), ANY, Place.STOP,
                    m -> "'\\" + m.group(1) + "' is no escape in a value in double quotes; " + BACKSLASH),
            new Mistake(Pattern.compile("^expected escape sequence of (\\d+) hexadecimal numbers, but found: ?(.*)$"), ANY, Place.STOP,
                    m -> "an escape in a value in double quotes needs " + m.group(1) + " hexadecimal digits, not '" + m.group(2)
                            + "'; " + BACKSLASH),
            new Mistake(Pattern.compile("^found character '\\\\t\\(TAB\\)'"), ANY, Place.STOP,
                    m -> "a tab; indent with spaces only"),
            new Mistake(Pattern.compile("^found character '(.+?)' that cannot start any token"), ANY, Place.STOP,
                    m -> "a value cannot start with '" + m.group(1) + "'; put the value in double quotes"),
            new Mistake(Pattern.compile("^mapping values are not allowed here"), ANY, Place.STOP,
                    m -> "a ':' where no field can start; put a value that holds ': ' in double quotes, or check the line's indentation"),
            new Mistake(Pattern.compile("^could not find expected ':'"), Pattern.compile("simple key"), Place.CONSTRUCT,
                    m -> "this line has no ':' after its field's name"),
            new Mistake(Pattern.compile("^expected ',' or ']'"), ANY, Place.CONSTRUCT,
                    m -> "the list in '[' that starts here is not closed with ']'"),
            new Mistake(Pattern.compile("^expected ',' or '}'"), ANY, Place.CONSTRUCT,
                    m -> "the mapping in '{' that starts here is not closed with '}'"),
            new Mistake(Pattern.compile("^expected <block end>, but found '<scalar>'"), ANY, Place.STOP,
                    m -> "more text after a value in quotes, which ends at its closing quote; put the whole value in quotes,"
                            + " writing a quote inside it as \\\" (in double quotes) or '' (in single quotes)"),
            new Mistake(Pattern.compile("^expected <block end>|^sequence entries are not allowed here|^mapping keys are not allowed here"),
                    ANY, Place.STOP,
                    m -> "this line is indented unlike the lines it belongs with; line up the fields of one level, and the"
                            + " '-' of one list"),
            new Mistake(Pattern.compile("^expected the node content, but found '<stream end>'"), ANY, Place.STOP,
                    m -> "the text ends where a value should follow; is a '[', '{' or quote above left open?"),
            new Mistake(Pattern.compile("^expected the node content, but found '(.+)'"), ANY, Place.STOP,
                    m -> "a value is missing before '" + m.group(1) + "'"),
            new Mistake(Pattern.compile("^expected chomping or indentation indicators, but found (.)"), ANY, Place.STOP,
                    m -> "after '|' or '>' only '+', '-' or a digit may stand on the line, not '" + m.group(1) + "'"));

    private YamlMistakes() {
    }

    /**
     * @param problem what the parser found, as it says it
     * @param context what it was reading, as it says it ("while scanning a quoted scalar"), or null
     */
    static Explained explain(String problem, String context) {
        for (Mistake mistake : MISTAKES) {
            Matcher m = mistake.problem().matcher(problem);
            if (m.find() && mistake.context().matcher(context == null ? "" : context).find()) {
                return new Explained("invalid YAML: " + mistake.message().apply(m), mistake.place());
            }
        }
        return new Explained("invalid YAML: " + problem + (context == null ? "" : " " + context + " that starts here"),
                context == null ? Place.STOP : Place.CONSTRUCT);
    }
}
