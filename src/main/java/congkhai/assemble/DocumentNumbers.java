package congkhai.assemble;

import congkhai.load.DocumentSource;
import congkhai.model.Agency;
import congkhai.model.CitedNumber;
import congkhai.model.DocLink;
import congkhai.model.NumberedDocument;
import congkhai.model.Urls;
import congkhai.text.Folding;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** Where document numbers are listed, and the stable identifiers of documents, made once refs are resolved. */
final class DocumentNumbers {

    private DocumentNumbers() {
    }

    /**
     * Where every number a published record carries or cites is listed: a number more than one
     * document bears has its page, {@code so-hieu/<slug>/}; a number of one document is that document's
     * entry in its register. The slug is made from the number as first written (by a record, in path
     * order, or else by a citation), with -2, -3 where two numbers give the same slug.
     *
     * @param byKey        the documents with each number, from {@link #documentsByKey}
     * @param otherIssuers the register folder of issuers that are not the portal's agencies
     */
    static Map<String, String> places(Map<String, String> writing, Map<String, List<NumberedDocument>> byKey, String otherIssuers) {
        Map<String, String> paths = new HashMap<>();
        Set<String> used = new HashSet<>();
        for (Map.Entry<String, String> e : writing.entrySet()) {
            String base = Folding.slug(e.getValue());
            String slug = base;
            for (int i = 2; !used.add(slug); i++) {
                slug = base + "-" + i;
            }
            List<NumberedDocument> docs = byKey.getOrDefault(e.getKey(), List.of());
            if (CitedNumber.hasOwnPage(docs.size())) {
                paths.put(e.getKey(), Urls.number(slug));
            } else {
                NumberedDocument only = docs.get(0);
                paths.put(e.getKey(), Urls.numberInRegister(only.registerIssuer(otherIssuers), only.registerYear(), slug));
            }
        }
        return paths;
    }

    /** Each number as first written, by key: by a record, in path order, or else by a citation. */
    static Map<String, String> writings(List<DocumentSource> published, ExternalDocuments external) {
        Map<String, String> writing = new TreeMap<>();
        published.stream().filter(d -> !d.number().value().isEmpty()).sorted(Comparator.comparing(DocumentSource::path))
                .forEach(d -> writing.putIfAbsent(Folding.documentNumberKey(d.number().value()), d.number().value()));
        external.firstWritings().forEach(writing::putIfAbsent);
        return writing;
    }

    /** The documents with each number, newest first: the records that carry it and the documents cited by it that are not on the portal. */
    static Map<String, List<NumberedDocument>> documentsByKey(NumberIndex numbers, ExternalDocuments external,
                                                              Map<String, List<DocLink>> citedBy) {
        Map<String, List<NumberedDocument>> byKey = new TreeMap<>();
        for (String key : external.keys()) {
            byKey.computeIfAbsent(key, k -> new ArrayList<>()).addAll(external.documents(key, citedBy));
        }
        for (String key : numbers.keys()) {
            for (NumberIndex.Entry e : numbers.entries(key)) {
                byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(new NumberedDocument(e.number(), Optional.of(e.date()),
                        Optional.of(e.year()), e.issuer(), e.issuer().map(Agency::name).orElse(""), Optional.of(e.link()), List.of()));
            }
        }
        byKey.values().forEach(docs -> docs.sort(NumberedDocument.NEWEST_FIRST));
        return byKey;
    }

    /** Every number with its documents and where it is listed ({@link #places}), by path. */
    static List<CitedNumber> citedNumbers(Map<String, List<NumberedDocument>> byKey, NumberIndex numbers, Map<String, String> writing) {
        List<CitedNumber> cited = new ArrayList<>();
        for (Map.Entry<String, List<NumberedDocument>> e : byKey.entrySet()) {
            String path = numbers.pagePath(e.getKey()).orElseThrow();
            cited.add(cited(writing.get(e.getKey()), path, e.getKey(), e.getValue()));
        }
        cited.sort(Comparator.comparing(CitedNumber::path));
        return cited;
    }

    /** {@code c} with {@code docs} as its documents, and the records that cite those not on the portal. */
    static CitedNumber cited(CitedNumber c, List<NumberedDocument> docs) {
        return cited(c.number(), c.path(), c.key(), docs);
    }

    private static CitedNumber cited(String number, String path, String key, List<NumberedDocument> docs) {
        Set<DocLink> citing = new LinkedHashSet<>();
        docs.stream().filter(NumberedDocument::external).forEach(d -> citing.addAll(d.citedBy()));
        return new CitedNumber(number, path, new ArrayList<>(citing), key, docs);
    }

    /**
     * Stable identifiers, unique across years and issuers: issuer/year/number, year/number without an
     * issuer, van-ban/record-id without a number; -2, -3 (in path order) in the rare case two give the
     * same text.
     */
    static Map<String, String> identifiers(List<DocumentSource> published) {
        Map<String, String> byId = new HashMap<>();
        Set<String> used = new HashSet<>();
        List<DocumentSource> inPathOrder = published.stream().sorted(Comparator.comparing(DocumentSource::path)).toList();
        for (DocumentSource d : inPathOrder) {
            String number = d.number().value();
            String base;
            if (number.isEmpty()) {
                base = "van-ban/" + d.id();
            } else {
                String key = Folding.documentNumberKey(number);
                int year = CitationReader.ownYear(key).orElse(d.date().year());
                base = d.issuer().map(i -> i.value() + "/").orElse("") + year + "/" + Folding.slug(key);
            }
            String identifier = base;
            for (int i = 2; !used.add(identifier); i++) {
                identifier = base + "-" + i;
            }
            byId.put(d.id(), identifier);
        }
        return byId;
    }
}
