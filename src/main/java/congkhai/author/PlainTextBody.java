package congkhai.author;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static congkhai.author.Capitals.isCapitals;

/**
 * The body of a document copied as plain text: its lines cleaned of what a web page or a Markdown
 * copy adds, joined back into the paragraphs a PDF broke, its document numbers closed up, and
 * written as Markdown with the document's own numbered headings.
 */
final class PlainTextBody {

    private static final Pattern ROMAN_HEADING = Pattern.compile("^(?:[IVX]{1,5})\\.\\s+\\S.*");
    private static final Pattern NUMBER_HEADING = Pattern.compile("^\\d{1,2}\\.\\s+\\S.*");
    private static final Pattern SUB_HEADING = Pattern.compile("^\\d{1,2}\\.\\d{1,2}\\.?\\s+\\S.*");

    /** "06- NQ/TW", "45 /KH-UBND", "KH- UBND": the spaces a PDF's justification leaves in document numbers. */
    private static final Pattern LOOSE_NUMBER = Pattern.compile("(?<=\\d)\\s*-\\s+(?=[A-ZĐ]{1,10}/)|(?<=\\d)\\s+-\\s*(?=[A-ZĐ]{1,10}/)"
            + "|(?<=\\d)\\s+/\\s*(?=[A-ZĐ]{1,10}\\b)|(?<=\\d/[A-ZĐ]{1,10})\\s+-\\s*(?=[A-ZĐ]{2,})|(?<=\\d/[A-ZĐ]{1,10})\\s*-\\s+(?=[A-ZĐ]{2,})"
            + "|(?<=\\d-[A-ZĐ]{1,10})\\s+/\\s*(?=[A-ZĐ]{2,})|(?<=\\d-[A-ZĐ]{1,10})\\s*/\\s+(?=[A-ZĐ]{2,})");
    /** What may be a document number, with or without the spaces {@link #LOOSE_NUMBER} takes out. */
    private static final Pattern NUMBER_LIKE = Pattern.compile("\\d{1,4}(?:/\\d{4})?\\s*[-/]\\s*[A-ZĐ]{1,10}(?:\\s*[-/]\\s*[A-ZĐ]{1,10}){0,2}");

    private PlainTextBody() {
    }

    /** Lines without Markdown emphasis, heading marks, table pipes, rules or HTML tags. */
    static List<String> cleanLines(String text) {
        List<String> out = new ArrayList<>();
        for (String raw : text.replace("\r\n", "\n").replace('\u00a0', ' ').split("\n", -1)) {
            String l = raw.replaceAll("<[^>]+>", "").replace("**", "").replaceAll("^#{1,6}\\s*", "").strip();
            if (l.equals("|") || l.matches("-{3,}")) {
                continue;
            }
            out.add(l);
        }
        return out;
    }

    /** Joins lines broken inside a sentence, across blank lines too: PDF text breaks lines and pages anywhere. */
    static List<String> paragraphs(List<String> lines) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean blankBefore = false;
        for (String l : lines) {
            if (l.isBlank()) {
                blankBefore = true;
                continue;
            }
            // A line that starts with a capital continues too, when no blank line comes between and
            // the paragraph so far neither ends a sentence nor is a heading: a hard line break,
            // not a new paragraph ("… của" / "Ủy ban nhân dân tỉnh …"). A heading broken after a
            // comma goes on in capitals ("I. MỤC ĐÍCH," / "YÊU CẦU").
            boolean open = current.length() > 0 && !endsSentence(current) && !startsItem(l);
            boolean headingGoesOn = current.length() > 0 && current.toString().endsWith(",") && headingLike(current.toString()) && isCapitals(l);
            boolean continues = headingGoesOn
                    || open && (startsLowercase(l) || !blankBefore && !headingLike(current.toString()));
            blankBefore = false;
            if (continues) {
                current.append(' ').append(l);
            } else {
                if (current.length() > 0) {
                    out.add(current.toString());
                }
                current = new StringBuilder(l);
            }
        }
        if (current.length() > 0) {
            out.add(current.toString());
        }
        // a line broken before a number ("... ngày" / "10/12/2018 của ...") continues too
        List<String> joined = new ArrayList<>();
        for (String p : out) {
            if (!joined.isEmpty() && p.matches("^\\d{1,2}/\\d{1,2}/\\d{4}\\b.*") && !endsSentence(new StringBuilder(joined.get(joined.size() - 1)))) {
                joined.set(joined.size() - 1, joined.get(joined.size() - 1) + " " + p);
            } else {
                joined.add(p);
            }
        }
        return joined.stream().map(p -> p.replaceAll("\\s+", " ").replace(" ;", ";").strip()).toList();
    }

    private static boolean headingLike(String p) {
        // a heading is short; "2. Giao Phòng … báo cáo" broken at the line's end is a sentence going on
        return p.length() < 70 && (ROMAN_HEADING.matcher(p).matches() || NUMBER_HEADING.matcher(p).matches() || SUB_HEADING.matcher(p).matches())
                || isCapitals(p) || p.length() < 60 && p.matches("^[a-zđ]\\)\\s.*");
    }

    /** The paragraphs with document numbers closed up, and the numbers that were changed, as written. */
    static List<String> normalizeNumbers(List<String> paragraphs, List<String> changed) {
        List<String> out = new ArrayList<>();
        for (String p : paragraphs) {
            Matcher m = NUMBER_LIKE.matcher(p);
            while (m.find()) {
                if (m.group().contains(" ") && LOOSE_NUMBER.matcher(m.group()).find()) {
                    changed.add(m.group());
                }
            }
            out.add(LOOSE_NUMBER.matcher(p).replaceAll(r -> r.group().contains("/") ? "/" : "-"));
        }
        return out;
    }

    private static boolean endsSentence(CharSequence s) {
        char last = s.charAt(s.length() - 1);
        return ".:;!?".indexOf(last) >= 0 || s.toString().endsWith("./.");
    }

    private static boolean startsLowercase(String l) {
        return Character.isLowerCase(l.codePointAt(0)) || Character.isDigit(l.codePointAt(0)) && !l.matches("^\\d+[.)].*");
    }

    private static boolean startsItem(String l) {
        return l.startsWith("- ") || l.startsWith("+ ") || l.matches("^\\d{1,2}[.)]\\s.*") || l.matches("^[a-zđ]\\)\\s.*");
    }

    /** The paragraphs as Markdown: "I.", "1." and "1.1." headings, "-" and "+" lists, other paragraphs as they are. */
    static String markdown(List<String> paragraphs) {
        StringBuilder md = new StringBuilder();
        String previousKind = "";
        for (String p : paragraphs) {
            String kind;
            String line;
            if (ROMAN_HEADING.matcher(p).matches() && p.length() < 200 && !p.endsWith(".")) {
                kind = "h";
                line = "## " + p;
            } else if (SUB_HEADING.matcher(p).matches() && p.length() < 200 && !p.endsWith(".")) {
                kind = "h";
                line = "#### " + p;
            } else if (NUMBER_HEADING.matcher(p).matches() && p.length() < 200 && !p.endsWith(".") && !p.endsWith(";")) {
                kind = "h";
                line = "### " + p;
            } else if (p.startsWith("- ")) {
                kind = "li";
                line = p;
            } else if (p.startsWith("+ ")) {
                kind = "li";
                line = "  - " + p.substring(2);
            } else {
                kind = "p";
                // "1) ..." and "a) ..." would become lists; they are numbered paragraphs in the original
                line = p.replaceFirst("^(\\d{1,2})\\)", "$1\\\\)").replaceFirst("^(\\d{1,2})\\.(\\s)", "$1\\\\.$2");
            }
            if (md.length() > 0) {
                md.append(kind.equals("li") && previousKind.equals("li") ? "\n" : "\n\n");
            }
            md.append(line);
            previousKind = kind;
        }
        return md.append('\n').toString();
    }
}
