package congkhai.assemble;

import congkhai.base.PartialDate;
import congkhai.model.Agency;
import congkhai.model.Citation;
import congkhai.model.DocLink;
import congkhai.model.NumberedDocument;
import congkhai.text.Folding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The documents that published records cite but the portal does not have. Like records, they are
 * told apart by number, year and issuer, as far as their citations say: "7/TB-UBND năm 2021 của UBND
 * tỉnh" and "7/TB-UBND ngày 15/01/2021 của UBND tỉnh" are one document, a bare "7/TB-UBND" another.
 * Filled while refs are resolved, in path order.
 */
final class ExternalDocuments {

    private static final class Cited {
        final String number;
        Optional<PartialDate> date;
        final Optional<Integer> year;
        final Optional<Agency> issuer;
        final String issuerText;

        Cited(Citation c, Optional<Integer> year) {
            this.number = c.number();
            this.date = c.date();
            this.year = year;
            this.issuer = c.issuer();
            this.issuerText = c.issuerText();
        }
    }

    private final Map<String, Cited> byIdentity = new HashMap<>();
    private final Map<String, List<String>> identitiesByKey = new TreeMap<>();
    private final Map<String, String> firstWritings = new TreeMap<>();

    /** What tells one cited document from another: its number's key, its year and its issuer, each where known. */
    static String identity(Citation c) {
        String issuer = c.issuer().map(Agency::id)
                .orElse(c.namesIssuer() ? "~" + Folding.fold(c.issuerText()).toLowerCase(java.util.Locale.ROOT) : "");
        return c.key() + "|" + year(c).map(String::valueOf).orElse("") + "|" + issuer;
    }

    private static Optional<Integer> year(Citation c) {
        return CitationReader.ownYear(c.key()).or(() -> c.date().map(PartialDate::year));
    }

    /** A published record cites {@code c}, whose {@link #identity} was worked out when its ref was resolved. */
    void cited(Citation c, String identity) {
        Cited known = byIdentity.get(identity);
        if (known == null) {
            byIdentity.put(identity, new Cited(c, year(c)));
            identitiesByKey.computeIfAbsent(c.key(), k -> new ArrayList<>()).add(identity);
            firstWritings.putIfAbsent(c.key(), c.number());
        } else if (c.date().isPresent() && (known.date.isEmpty() || c.date().get().precision().ordinal() < known.date.get().precision().ordinal())) {
            known.date = c.date();
        }
    }

    /**
     * The document a ref's target stands for: a bare citation ("40-NQ/TU") of a number that the
     * portal's other citations name as one document only ("40-NQ/TU ngày 05/8/2021 của Ban Thường vụ
     * Tỉnh ủy") is taken to be that document. Record ids are returned as they are.
     */
    String canonical(String target) {
        if (!target.startsWith("#") || !target.endsWith("||")) {
            return target;
        }
        String key = target.substring(1, target.length() - 2);
        List<String> known = identitiesByKey.getOrDefault(key, List.of()).stream().filter(i -> !i.endsWith("||")).toList();
        return known.size() == 1 ? "#" + known.get(0) : target;
    }

    /** The number as first cited, by key. */
    Map<String, String> firstWritings() {
        return firstWritings;
    }

    Set<String> keys() {
        return identitiesByKey.keySet();
    }

    /** The cited documents with this number, each with the records that cite it ({@code citedBy} by "#" and identity). */
    List<NumberedDocument> documents(String key, Map<String, List<DocLink>> citedBy) {
        List<NumberedDocument> out = new ArrayList<>();
        for (String identity : identitiesByKey.getOrDefault(key, List.of())) {
            if (!canonical("#" + identity).equals("#" + identity)) {
                continue;
            }
            Cited c = byIdentity.get(identity);
            out.add(new NumberedDocument(c.number, c.date, c.year, c.issuer, c.issuer.map(Agency::name).orElse(c.issuerText),
                    Optional.empty(), citedBy.getOrDefault("#" + identity, List.of())));
        }
        return out;
    }

    /** The link from a citing record's refs: to the number's page, labelled as the document is known. */
    DocLink link(String target, NumberIndex numbers) {
        Cited c = byIdentity.get(target.substring(1));
        String key = target.substring(1, target.indexOf('|'));
        return new DocLink(numbers.pagePath(key).orElse(""), c.number, "", "", c.date.map(PartialDate::display).orElse(""), true,
                c.issuer.map(Agency::name).orElse(c.issuerText));
    }
}
