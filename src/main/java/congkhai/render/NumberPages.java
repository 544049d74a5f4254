package congkhai.render;

import congkhai.assemble.Site;
import congkhai.base.Lists;
import congkhai.load.Labels;
import congkhai.model.Agency;
import congkhai.model.CitedNumber;
import congkhai.model.NumberedDocument;
import congkhai.model.Urls;
import congkhai.text.Folding;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The pages of document numbers. Offices number their documents from 01 every year, and several
 * write the same suffix, so a number alone is no identity: {@code /so-hieu/<slug>/} lists every
 * document with one number, newest first, when more than one bears it; {@code /so-hieu/<agency>/<yyyy>/}
 * is an issuer's register of a year, by number, as its clerks keep it, where a number of one document
 * is listed instead of on a page of its own; {@code /so-hieu/} lists the registers.
 */
final class NumberPages {

    private static final String UNKNOWN_YEAR = Urls.UNKNOWN_YEAR;

    /**
     * One document of a register, with the page of its number; or, when no other document bears the
     * number, no page ({@code numberPath} empty) and the id of this entry, where links to the number lead.
     */
    public record Registered(NumberedDocument document, String numberPath, String anchor) {
    }

    /** An issuer's registers: one per year, newest first. */
    public record Issuer(String name, Optional<Agency> agency, List<Listing> years) {

        public Issuer {
            years = List.copyOf(years);
        }
    }

    /** Years newest first, then the documents of unknown year. */
    private static final Comparator<String> NEWEST_YEAR_FIRST = Comparator
            .comparing((String y) -> y.equals(UNKNOWN_YEAR)).thenComparing(Comparator.reverseOrder());

    private final Site site;
    /** By document: working out the keys of a large site's 10,000 numbers again at each preview plan was 4% of a title edit. */
    private final CarriedOver<SameObject, SortKey> sortKeys;
    /**
     * By register's path: a register whose entries are alike in the order they were gathered is
     * sorted as before, and its list is the last plan's object, which a preview then compares at once.
     * Looking up the sort key of each of a large site's 10,000 entries at every title edit, to sort
     * registers that an edit of one record leaves alike but for one, was 4% of a title edit's rebuild.
     */
    private final CarriedOver<String, SortedRegister> sortedRegisters;

    /** A register's entries in the order they were gathered, and sorted by number. */
    record SortedRegister(List<Registered> gathered, List<Registered> sorted) {
    }

    NumberPages(Site site, CarriedOver<SameObject, SortKey> sortKeys, CarriedOver<String, SortedRegister> sortedRegisters) {
        this.site = site;
        this.sortKeys = sortKeys;
        this.sortedRegisters = sortedRegisters;
    }

    void plan(List<PageJob> jobs) {
        Labels words = site.theme().labels();
        List<PageInfo.Crumb> crumbs = List.of(new PageInfo.Crumb(words.get("page.number.crumb"), Urls.numbers()));
        for (CitedNumber c : site.citedNumbers()) {
            if (!c.hasOwnPage()) {
                continue;
            }
            jobs.add(new PageJob(c.path(), "cited.ftlh", new PageInputs.CitedPage(c), () -> Map.of(
                    "page", new PageInfo(c.path(), words.get("page.number.title", c.number()),
                            words.get("page.number.description", c.number()), "cited", "", crumbs),
                    "cited", c)));
        }
        String other = Urls.otherIssuers(site.config().agencies().keySet());
        // group -> year (or UNKNOWN_YEAR) -> documents; groups in the config's order of agencies, the others last
        Map<String, Map<String, List<Registered>>> registers = new LinkedHashMap<>();
        site.config().agencyList().forEach(a -> registers.put(a.id(), new TreeMap<>(NEWEST_YEAR_FIRST)));
        registers.put(other, new TreeMap<>(NEWEST_YEAR_FIRST));
        for (CitedNumber c : site.citedNumbers()) {
            for (NumberedDocument d : c.documents()) {
                String group = d.registerIssuer(other);
                String year = d.registerYear();
                Registered entry = c.hasOwnPage() ? new Registered(d, c.path(), "")
                        : new Registered(d, "", c.path().substring(c.path().indexOf('#') + 1));
                registers.get(group).computeIfAbsent(year, k -> new ArrayList<>()).add(entry);
            }
        }
        List<Issuer> issuers = new ArrayList<>();
        for (Map.Entry<String, Map<String, List<Registered>>> g : registers.entrySet()) {
            if (g.getValue().isEmpty()) {
                continue;
            }
            Optional<Agency> agency = Optional.ofNullable(site.config().agencies().get(g.getKey()));
            String name = agency.map(Agency::name).orElse(words.get("numbers.other_issuer"));
            List<Listing> years = new ArrayList<>();
            for (Map.Entry<String, List<Registered>> y : g.getValue().entrySet()) {
                String path = Urls.register(g.getKey(), y.getKey());
                boolean known = !y.getKey().equals(UNKNOWN_YEAR);
                String yearName = known ? words.get("numbers.year", y.getKey()) : words.get("numbers.unknown_year");
                List<Registered> entries = sorted(path, y.getValue());
                years.add(new Listing(y.getKey(), yearName, path, entries.size()));
                String heading = known ? words.get("numbers.register.heading", name, y.getKey())
                        : words.get("numbers.register.heading_unknown_year", name);
                String description = agency.isPresent()
                        ? (known ? words.get("numbers.register.description", name, y.getKey())
                                : words.get("numbers.register.description_unknown_year", name))
                        : (known ? words.get("numbers.register.description_other", y.getKey())
                                : words.get("numbers.register.description_other_unknown_year"));
                jobs.add(new PageJob(path, "number-register.ftlh", () -> Map.of(
                        "page", new PageInfo(path, words.get("numbers.register.title", heading), description, "numbers", "", crumbs),
                        "heading", heading,
                        "entries", entries)));
            }
            issuers.add(new Issuer(name, agency, years));
        }
        jobs.add(new PageJob(Urls.numbers(), "number-index.ftlh", () -> Map.of(
                "page", new PageInfo(Urls.numbers(), words.get("page.numbers.title"), words.get("page.numbers.description"), "numbers", "",
                        List.of()),
                "issuers", issuers,
                "numberCount", site.citedNumbers().size())));
    }

    /** What a register's entry is sorted by, each worked out once: folding the number at every comparison was most of planning the registers. */
    record SortKey(long order, String numberKey, String date, String record) {
        static SortKey of(NumberedDocument d) {
            return new SortKey(serial(d.number()), Folding.documentNumberKey(d.number()), d.date().map(day -> day.first().toString()).orElse(""),
                    d.record().map(l -> l.path()).orElse(""));
        }
    }

    private record Sorted(SortKey key, Registered entry) {
    }

    /** As a register reads: by the order number (1, 2, … 10), then the rest of the number, then date. */
    private static final Comparator<SortKey> BY_NUMBER = Comparator.comparingLong(SortKey::order)
            .thenComparing(SortKey::numberKey)
            .thenComparing(SortKey::date)
            .thenComparing(SortKey::record);

    /** The entries of the register at {@code path} by number: the last plan's list when they were gathered alike. */
    private List<Registered> sorted(String path, List<Registered> gathered) {
        SortedRegister last = sortedRegisters.find(path);
        if (last != null && alike(last.gathered(), gathered)) {
            return last.sorted();
        }
        List<Registered> sorted = byNumber(gathered);
        sortedRegisters.keep(path, new SortedRegister(List.copyOf(gathered), sorted));
        return sorted;
    }

    /** Whether two lists name the same documents, the same objects, with the same number pages and anchors, place by place. */
    private static boolean alike(List<Registered> a, List<Registered> b) {
        return Lists.alikeInPlace(a, b, (x, y) -> x.document() == y.document() && x.numberPath().equals(y.numberPath())
                && x.anchor().equals(y.anchor()));
    }

    private List<Registered> byNumber(List<Registered> entries) {
        List<Sorted> sorted = new ArrayList<>(entries.size());
        for (Registered r : entries) {
            NumberedDocument d = r.document();
            sorted.add(new Sorted(sortKeys.get(new SameObject(d), key -> SortKey.of(d)), r));
        }
        sorted.sort(Comparator.comparing(Sorted::key, BY_NUMBER));
        return sorted.stream().map(Sorted::entry).toList();
    }

    private static long serial(String number) {
        long n = 0;
        int i = 0;
        while (i < number.length() && Character.isDigit(number.charAt(i)) && n < 1_000_000_000L) {
            n = n * 10 + Character.digit(number.charAt(i), 10);
            i++;
        }
        return i == 0 ? Long.MAX_VALUE : n;
    }
}
