package congkhai.assemble;

import congkhai.base.PartialDate;
import congkhai.model.Agency;
import congkhai.model.Citation;
import congkhai.model.DocLink;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * Every published record with a number, by the number's key, and the page of every number: what
 * citations in refs, evidence and bodies are resolved against. A number alone may name several
 * documents (offices number from 01 each year, and the province's and a city's committees both write
 * "/KH-UBND"); a date or an issuer in the citation says which. Immutable.
 */
public final class NumberIndex {

    /**
     * A published record that carries a number.
     *
     * @param year   the year of its identity: the year its number carries ("12/2023/NQ-HĐND"), or else
     *               the year of its date
     * @param issuer empty when the record names none
     */
    public record Entry(String recordId, String number, String key, PartialDate date, int year, Optional<Agency> issuer,
                        DocLink link) {
    }

    private final Map<String, List<Entry>> byKey;
    private final Map<String, String> pages;
    private final CitationReader reader;
    private volatile String fingerprint;

    /**
     * @param byKey entries by number key, each list newest first
     * @param pages the path of each number's page, by key
     */
    NumberIndex(Map<String, List<Entry>> byKey, Map<String, String> pages, CitationReader reader) {
        Map<String, List<Entry>> copy = new TreeMap<>();
        byKey.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        this.byKey = java.util.Collections.unmodifiableMap(copy);
        this.pages = Map.copyOf(pages);
        this.reader = reader;
    }

    NumberIndex withPages(Map<String, String> numberPages) {
        return new NumberIndex(byKey, numberPages, reader);
    }

    /**
     * The same index with each entry's link passed through {@code relink}; itself when no link changes.
     * A link's title is not in the {@link #fingerprint}, which the copy takes as it is.
     */
    NumberIndex withLinks(UnaryOperator<DocLink> relink) {
        Map<String, List<Entry>> changed = new HashMap<>(byKey);
        boolean any = false;
        for (Map.Entry<String, List<Entry>> e : byKey.entrySet()) {
            List<Entry> entries = new ArrayList<>(e.getValue().size());
            boolean here = false;
            for (Entry entry : e.getValue()) {
                DocLink link = relink.apply(entry.link());
                here |= link != entry.link();
                entries.add(link == entry.link() ? entry
                        : new Entry(entry.recordId(), entry.number(), entry.key(), entry.date(), entry.year(), entry.issuer(), link));
            }
            if (here) {
                changed.put(e.getKey(), entries);
                any = true;
            }
        }
        if (!any) {
            return this;
        }
        NumberIndex copy = new NumberIndex(changed, pages, reader);
        copy.fingerprint = fingerprint;
        return copy;
    }

    public CitationReader reader() {
        return reader;
    }

    /** Every key some published record carries, in order. */
    public java.util.Set<String> keys() {
        return byKey.keySet();
    }

    /** The published records with this number, newest first. */
    public List<Entry> entries(String key) {
        return byKey.getOrDefault(key, List.of());
    }

    /** The page that lists every document with this number ({@code so-hieu/122-kh-ubnd/}), if the portal has one. */
    public Optional<String> pagePath(String key) {
        return Optional.ofNullable(pages.get(key));
    }

    /**
     * The published records a citation may mean: those with its number, from the issuer it names (a
     * record that names no issuer could be from any), of the year it gives (unless the number carries
     * its own year), and where several remain, those whose date agrees with the day or month it gives
     * (the one dated that very day, if the citation gives a day and only one record is).
     * One record: the citation names it. None: a document that is not on the portal. Several: the
     * citation does not say which.
     */
    public List<Entry> candidates(Citation c) {
        List<Entry> found = entries(c.key());
        if (c.namesIssuer()) {
            Optional<String> id = c.issuer().map(Agency::id);
            List<Entry> same = id.isEmpty() ? List.of() : filter(found, e -> e.issuer().map(a -> a.id().equals(id.get())).orElse(false));
            found = !same.isEmpty() ? same : filter(found, e -> e.issuer().isEmpty());
        }
        if (c.date().isPresent()) {
            PartialDate d = c.date().get();
            if (CitationReader.ownYear(c.key()).isEmpty()) {
                found = filter(found, e -> e.year() == d.year());
            }
            if (found.size() > 1) {
                List<Entry> agreeing = filter(found, e -> !e.date().first().isAfter(d.last()) && !d.first().isAfter(e.date().last()));
                List<Entry> exact = d.isDay() ? filter(agreeing, e -> e.date().equals(d)) : List.of();
                found = exact.size() == 1 ? exact : agreeing.isEmpty() ? found : agreeing;
            }
        }
        return found;
    }

    /**
     * Where a number written in a body should link: the one record the citation names (none when that
     * is the document itself), else the number's page, which lists every document with the number.
     *
     * @param text  the text the number is written in, ending at {@code end}; a date and an issuer may follow
     * @param ownId the record whose body it is; a bare mention of its own number is not linked
     */
    public Optional<String> bodyTarget(String number, String key, String text, int end, String ownId, String ownKey) {
        if (!pages.containsKey(key)) {
            // no record carries it and no record cites it: a number the portal knows nothing of
            return Optional.empty();
        }
        CitationReader.Qualifiers q = reader.inBody(text, end);
        Citation c = new Citation(number, key, q.date(), q.issuer(), q.issuerText());
        if (c.bare() && key.equals(ownKey)) {
            return Optional.empty();
        }
        List<Entry> found = candidates(c);
        if (found.size() == 1) {
            return found.get(0).recordId().equals(ownId) ? Optional.empty() : Optional.of(found.get(0).link().path());
        }
        return pagePath(key);
    }

    /** Changes whenever a body's links could: a number, date, issuer or page changed, or an agency's names did. */
    public String fingerprint() {
        String f = fingerprint;
        if (f == null) {
            f = digest();
            fingerprint = f;
        }
        return f;
    }

    private String digest() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byKey.forEach((key, entries) -> {
                update(sha, key);
                update(sha, pages.getOrDefault(key, ""));
                for (Entry e : entries) {
                    update(sha, e.recordId() + "|" + e.date().iso() + "|" + e.year() + "|" + e.issuer().map(Agency::id).orElse(""));
                }
            });
            new TreeMap<>(pages).forEach((key, path) -> update(sha, key + "=" + path));
            reader.names().forEach((words, agency) -> update(sha, words + "=" + agency));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void update(MessageDigest sha, String s) {
        sha.update(s.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
    }

    private static List<Entry> filter(List<Entry> entries, Predicate<Entry> p) {
        List<Entry> out = new ArrayList<>();
        for (Entry e : entries) {
            if (p.test(e)) {
                out.add(e);
            }
        }
        return out;
    }
}
