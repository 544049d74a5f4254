package congkhai.assemble;

import congkhai.base.PartialDate;
import congkhai.model.Agency;
import congkhai.model.Citation;
import congkhai.text.Folding;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads citations as Vietnamese documents write them: a number, then perhaps its date and its
 * issuer, "Kế hoạch số 122/KH-UBND ngày 27/5/2023 của UBND tỉnh", "Thông báo số 07/TB-UBND, ngày
 * 15/01/2021", "Nghị quyết số 12/2023/NQ-HĐND năm 2023". A date is a day ({@code ngày 27/5/2023},
 * {@code ngày 27/05/2023}, {@code 27-5-2023}, {@code 27.5.2023}, {@code ngày 27 tháng 5 năm 2023}), a
 * month ({@code tháng 5/2023}, {@code tháng 5 năm 2023}) or a year ({@code năm 2023}); an issuer is
 * "của" and a name ({@link IssuerNames}). Case and accents do not matter. Immutable and thread-safe.
 */
public final class CitationReader {

    /**
     * Vietnamese document numbers as bodies write them: 122/KH-UBND, 40-NQ/TU, 12/2018/NQ-HĐND,
     * 319a/KH-UBND, 74-CTr/TU, 45/2013/QH13. The repeated group is possessive: matched greedily, Java
     * recursed once per "/XX" and a long enough run in a body overflowed the stack.
     */
    public static final Pattern BODY_NUMBER = Pattern.compile(
            "(?<![\\p{L}\\d/])\\d{1,5}[a-z]?(?:/\\d{4})?[/-]\\p{Lu}[\\p{L}\\d]*(?:[/-]\\p{Lu}[\\p{L}\\d]*)*+(?![\\p{L}\\d])");
    /** The same in a ref, where a webmaster may write it in any case and with spaces or other dashes: "122 / kh–ubnd". */
    private static final Pattern REF_NUMBER = Pattern.compile(
            "(?<![\\p{L}\\d/])\\d{1,5}[a-zA-Z]?(?:\\s?/\\s?\\d{4})?\\s?[/\\-‐‑‒–—−]\\s?\\p{L}[\\p{L}\\d&]*"
                    + "(?:\\s?[/\\-‐‑‒–—−]\\s?\\p{L}[\\p{L}\\d&]*)*+(?![\\p{L}\\d])");
    /**
     * A number as a search query writes it: in any case, glued, without the spaces a ref may have
     * ("122/kh-ubnd", "07/TB-UBND"), so "2023 - kinh tế" is no number.
     */
    private static final Pattern QUERY_NUMBER = Pattern.compile(
            "(?<![\\p{L}\\d/])\\d{1,5}[a-zA-Z]?(?:/\\d{4})?[/\\-‐‑‒–—−]\\p{L}[\\p{L}\\d&]*"
                    + "(?:[/\\-‐‑‒–—−]\\p{L}[\\p{L}\\d&]*)*+(?![\\p{L}\\d])");
    /** A number that carries its own year, as legal normative documents do: 12/2023/NQ-HĐND. */
    private static final Pattern OWN_YEAR = Pattern.compile("^\\d+[A-Z]?/(\\d{4})/");

    // matched in the folded text (lowercase, no accents) from the end of a number
    private static final Pattern SEPARATOR = Pattern.compile("[\\s,(]*");
    private static final Pattern DAY_IN_WORDS = Pattern.compile("ngay\\s+(\\d{1,2})\\s+thang\\s+(\\d{1,2})\\s+nam\\s+(\\d{4})(?!\\d)");
    private static final Pattern DAY = Pattern.compile("(?:ngay\\s*)?(\\d{1,2})\\s?[/.\\-]\\s?(\\d{1,2})\\s?[/.\\-]\\s?(\\d{4})(?![\\d/.\\-]\\d)");
    private static final Pattern MONTH = Pattern.compile("thang\\s+(\\d{1,2})\\s*(?:[/.\\-]|\\s+nam\\s+)\\s*(\\d{4})(?!\\d)");
    private static final Pattern YEAR = Pattern.compile("nam\\s+(\\d{4})(?![\\d/])");
    /** Forms a webmaster writes in a ref, as dates are written in front matter. */
    private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?(?![\\d/.\\-])");
    private static final Pattern OF = Pattern.compile("cua\\s+");
    /** Where an issuer's name ends: punctuation, a date, or the subject ("về việc …"). */
    private static final Pattern ISSUER_END = Pattern.compile("[,;:()\\[\\]\"“”]|\\.(?=\\s|$)|\\s(?:ngay|thang|nam)\\s+\\d|\\s(?:ve|v/v)\\s");
    /** What may follow a ref's citation: its subject ("về việc …") or a full stop. */
    private static final Pattern SUBJECT = Pattern.compile("[\\s,;.)]*(?:(?:ve|v/v)\\s.*)?", Pattern.DOTALL);
    /** How far after a number a body's citation may go on. */
    private static final int BODY_REACH = 160;
    private static final int BODY_ISSUER_WORDS = 12;

    private final IssuerNames issuers;

    public CitationReader(Collection<Agency> agencies) {
        this.issuers = new IssuerNames(agencies);
    }

    /**
     * A ref or evidence read as a citation. {@code citation} is empty when the text holds no number
     * followed only by a date and an issuer (it is then taken whole, as a number of its own);
     * {@code error} says what is wrong with a date it gives.
     */
    public record Read(Optional<Citation> citation, Optional<String> error) {
    }

    /** The date and issuer written after a number, and where they end in the text. */
    public record Qualifiers(Optional<PartialDate> date, Optional<Agency> issuer, String issuerText, int end,
                             Optional<String> error) {
    }

    /** How far a citation's qualifiers are read: see {@link #ref}, {@link #inBody} and {@link #inQuery}. */
    private enum Mode { REF, BODY, QUERY }

    /**
     * The first document number of a search query, with the date and issuer written after it
     * ({@code [end, qualifiersEnd)} of the text), read as a ref reads them: "122/KH-UBND 2023",
     * "122/kh-ubnd ngày 27/5/2023", "122/KH-UBND của UBND thành phố". Unlike a ref, a query goes on
     * after them ("… chỉnh trang"): an issuer ends where the agency's name does, and a date that is no
     * real day is no qualifier.
     */
    public record QueryCitation(String number, String key, int start, int end, int qualifiersEnd,
                                Optional<PartialDate> date, Optional<Agency> issuer) {
    }

    public Optional<QueryCitation> inQuery(String text) {
        Matcher m = QUERY_NUMBER.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        Qualifiers q = qualifiers(text, m.end(), text.length(), Mode.QUERY);
        return Optional.of(new QueryCitation(m.group(), Folding.documentNumberKey(m.group()), m.start(), m.end(),
                Math.max(m.end(), q.end()), q.date(), q.issuer()));
    }

    public Read ref(String text) {
        Matcher m = REF_NUMBER.matcher(text);
        if (!m.find()) {
            return new Read(Optional.empty(), Optional.empty());
        }
        String prefix = text.substring(0, m.start());
        if (prefix.codePoints().anyMatch(c -> Character.isDigit(c) || c == '/')) {
            return new Read(Optional.empty(), Optional.empty());
        }
        Qualifiers q = qualifiers(text, m.end(), text.length(), Mode.REF);
        if (q.error().isPresent()) {
            return new Read(Optional.empty(), q.error());
        }
        if (!SUBJECT.matcher(fold(text, q.end(), text.length()).text()).matches()) {
            return new Read(Optional.empty(), Optional.empty());
        }
        String number = m.group().strip();
        return new Read(Optional.of(new Citation(number, Folding.documentNumberKey(number), q.date(), q.issuer(), q.issuerText())),
                Optional.empty());
    }

    /** The date and issuer a body writes after a number ending at {@code end}, as far as they go. */
    public Qualifiers inBody(String text, int end) {
        return qualifiers(text, end, Math.min(text.length(), end + BODY_REACH), Mode.BODY);
    }

    /** Every spelling of an agency's name that citations are matched against, folded, to the agency's id, in order. */
    public java.util.SortedMap<String, String> names() {
        java.util.SortedMap<String, String> names = new java.util.TreeMap<>();
        issuers.spellings().forEach((words, agency) -> names.put(String.join(" ", words), agency.id()));
        return names;
    }

    /** The year a number carries itself ("12/2023/NQ-HĐND"), by its key. */
    public static Optional<Integer> ownYear(String key) {
        Matcher m = OWN_YEAR.matcher(key);
        if (!m.find()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(m.group(1));
        return year >= 1900 && year <= 2200 ? Optional.of(year) : Optional.empty();
    }

    private Qualifiers qualifiers(String text, int from, int to, Mode mode) {
        boolean ref = mode == Mode.REF;
        Folded f = fold(text, from, to);
        Optional<PartialDate> date = Optional.empty();
        Optional<Agency> issuer = Optional.empty();
        String issuerText = "";
        int at = 0;
        int consumed = 0;
        while (true) {
            Matcher sep = SEPARATOR.matcher(f.text()).region(at, f.text().length());
            sep.lookingAt();
            int next = sep.end();
            if (date.isEmpty()) {
                Optional<DateAt> d = date(f.text(), next, mode != Mode.BODY);
                if (d.isPresent() && d.get().error().isPresent()) {
                    if (ref) {
                        String written = text.substring(f.origin(next), f.origin(d.get().end()));
                        return new Qualifiers(Optional.empty(), Optional.empty(), "", from,
                                Optional.of("'" + written + "' " + d.get().error().get()));
                    }
                    break;
                }
                if (d.isPresent()) {
                    date = d.get().date();
                    at = consumed = d.get().end();
                    continue;
                }
            }
            if (issuerText.isEmpty()) {
                Matcher of = OF.matcher(f.text()).region(next, f.text().length());
                if (of.lookingAt() && of.end() < f.text().length()) {
                    int start = f.origin(of.end());
                    if (mode == Mode.BODY && !Character.isUpperCase(text.charAt(start))) {
                        break;
                    }
                    int end = issuerEnd(f, of.end(), ref);
                    String written = text.substring(start, f.origin(end)).strip();
                    if (mode == Mode.QUERY) {
                        // a query goes on after the name: only a name that starts right after "của" is read, and no further
                        Optional<IssuerNames.Match> named = issuers.at(text, IssuerNames.words(text, start, f.origin(end)), 0);
                        if (named.isEmpty()) {
                            break;
                        }
                        List<IssuerNames.Word> words = IssuerNames.words(text, start, f.origin(end));
                        int stop = words.get(named.get().to() - 1).end();
                        issuer = Optional.of(named.get().agency());
                        issuerText = text.substring(start, stop);
                        int folded = of.end();
                        while (folded < f.text().length() && f.origin(folded) < stop) {
                            folded++;
                        }
                        at = consumed = folded;
                        continue;
                    }
                    if (!written.isEmpty()) {
                        List<IssuerNames.Word> words = IssuerNames.words(text, start, f.origin(end));
                        issuer = issuers.at(text, words, 0).map(IssuerNames.Match::agency)
                                .or(() -> issuers.within(text, words, 0, words.size()));
                        issuerText = written;
                        at = consumed = end;
                        continue;
                    }
                }
            }
            break;
        }
        return new Qualifiers(date, issuer, issuerText, f.origin(consumed), Optional.empty());
    }

    /** Where the issuer's name that starts at {@code start} of the folded text ends. */
    private static int issuerEnd(Folded f, int start, boolean ref) {
        Matcher end = ISSUER_END.matcher(f.text()).region(start, f.text().length());
        int stop = end.find() ? end.start() : f.text().length();
        if (!ref) {
            int words = 0;
            boolean inWord = false;
            for (int i = start; i < stop; i++) {
                boolean w = IssuerNames.isWordChar(f.text().charAt(i));
                if (w && !inWord && ++words > BODY_ISSUER_WORDS) {
                    return i;
                }
                inWord = w;
            }
        }
        return stop;
    }

    private record DateAt(Optional<PartialDate> date, int end, Optional<String> error) {
    }

    private static Optional<DateAt> date(String folded, int at, boolean ref) {
        Matcher m = DAY_IN_WORDS.matcher(folded).region(at, folded.length());
        if (m.lookingAt()) {
            return Optional.of(day(m, 1, 2, 3));
        }
        m = DAY.matcher(folded).region(at, folded.length());
        if (m.lookingAt()) {
            return Optional.of(day(m, 1, 2, 3));
        }
        m = MONTH.matcher(folded).region(at, folded.length());
        if (m.lookingAt()) {
            return Optional.of(month(m, 1, 2));
        }
        m = YEAR.matcher(folded).region(at, folded.length());
        if (m.lookingAt()) {
            return Optional.of(year(m, 1));
        }
        m = ISO.matcher(folded).region(at, folded.length());
        if (ref && m.lookingAt()) {
            if (m.group(3) != null) {
                return Optional.of(day(m, 3, 2, 1));
            }
            return Optional.of(m.group(2) != null ? month(m, 2, 1) : year(m, 1));
        }
        return Optional.empty();
    }

    private static DateAt day(Matcher m, int day, int month, int year) {
        try {
            int y = checkedYear(m.group(year));
            return new DateAt(Optional.of(PartialDate.ofDay(LocalDate.of(y, Integer.parseInt(m.group(month)),
                    Integer.parseInt(m.group(day))))), m.end(), Optional.empty());
        } catch (DateTimeException e) {
            return new DateAt(Optional.empty(), m.end(), Optional.of("is not a real day"));
        } catch (IllegalArgumentException e) {
            return new DateAt(Optional.empty(), m.end(), Optional.of(e.getMessage()));
        }
    }

    private static DateAt month(Matcher m, int month, int year) {
        try {
            YearMonth ym = YearMonth.of(checkedYear(m.group(year)), Integer.parseInt(m.group(month)));
            return new DateAt(Optional.of(new PartialDate(PartialDate.Precision.MONTH, ym.atDay(1), ym.atEndOfMonth())), m.end(),
                    Optional.empty());
        } catch (DateTimeException e) {
            return new DateAt(Optional.empty(), m.end(), Optional.of("is not a real month"));
        } catch (IllegalArgumentException e) {
            return new DateAt(Optional.empty(), m.end(), Optional.of(e.getMessage()));
        }
    }

    private static DateAt year(Matcher m, int year) {
        try {
            int y = checkedYear(m.group(year));
            return new DateAt(Optional.of(new PartialDate(PartialDate.Precision.YEAR, LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31))),
                    m.end(), Optional.empty());
        } catch (IllegalArgumentException e) {
            return new DateAt(Optional.empty(), m.end(), Optional.of(e.getMessage()));
        }
    }

    /** A year in the range dates may have; otherwise IllegalArgumentException saying so. */
    private static int checkedYear(String digits) {
        int year = Integer.parseInt(digits);
        if (year < 1900 || year > 2200) {
            throw new IllegalArgumentException("has the year " + year + ", out of range (1900 to 2200)");
        }
        return year;
    }

    /** A stretch of text folded to lowercase without accents, and where each of its characters came from. */
    private record Folded(String text, int[] origins, int end) {

        int origin(int i) {
            return i < origins.length ? origins[i] : end;
        }
    }

    private static Folded fold(String text, int from, int to) {
        StringBuilder out = new StringBuilder(to - from);
        int[] origins = new int[to - from];
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                origins[out.length()] = i;
                out.append(Character.toLowerCase(c));
                continue;
            }
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            char base = c == 'đ' || c == 'Đ' ? 'd' : Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).charAt(0);
            origins[out.length()] = i;
            out.append(Character.isWhitespace(base) || Character.isSpaceChar(base) ? ' ' : Character.toLowerCase(base));
        }
        return new Folded(out.toString(), java.util.Arrays.copyOf(origins, out.length()), to);
    }
}
