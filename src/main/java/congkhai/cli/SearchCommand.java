package congkhai.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import congkhai.search.LuceneLocation;
import congkhai.search.LuceneSearch;
import congkhai.search.SearchFilters;
import congkhai.search.SearchJson;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Searches the Lucene index of a built site, as the site's search page does.",
                "Accents are optional; quotes ask for an exact phrase.",
                "Exit status: 0 searched (even with no results), 1 no index in the site folder, 2 usage errors."})
final class SearchCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--site", paramLabel = "DIR", description = "A built site. Default: public/ in the current folder.")
    Path site = Path.of("public");

    @Option(names = "--json", description = "Print a JSON array of results.")
    boolean json;

    @Option(names = "--limit", paramLabel = "N", description = "At most N results. Default: ${DEFAULT-VALUE}.")
    int limit = 10;

    @Option(names = "--type", paramLabel = "TYPE", description = "Only this type: plan, report, … or task.")
    String type;

    @Option(names = "--agency", paramLabel = "ID", description = "Only records of this agency (issuer, lead or support).")
    String agency;

    @Option(names = "--topic", paramLabel = "ID", description = "Only records of this topic.")
    String topic;

    @Option(names = "--year", paramLabel = "YYYY", description = "Only records of this year.")
    Integer year;

    @Option(names = "--issuer", paramLabel = "ID", description = "Only documents issued by this agency, with their tasks.")
    String issuer;

    @Option(names = "--signer", paramLabel = "NAME", description = "Only documents signed by this person, with their tasks.")
    String signer;

    @Option(names = "--status", paramLabel = "CODE", description = "Only tasks in this state: overdue, overdue_no_report, no_report, done_late, …")
    String status;

    @Option(names = "--due-from", paramLabel = "YYYY-MM-DD", description = "Only tasks due on or after this day.")
    String dueFrom;

    @Option(names = "--due-to", paramLabel = "YYYY-MM-DD", description = "Only tasks due on or before this day.")
    String dueTo;

    @Option(names = "--by-date", description = "Newest first instead of most relevant first.")
    boolean byDate;

    @Parameters(arity = "1..*", paramLabel = "QUERY", description = "What to look for, e.g. 122/KH-UBND or \"quy hoạch chung\".")
    List<String> words;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (limit < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--limit must be at least 1");
        }
        Optional<LuceneSearch> index = LuceneSearch.open(site);
        if (index.isEmpty()) {
            err.println("error: " + site + " has no search index (" + LuceneLocation.beside(site) + "); build the site first");
            err.flush();
            return 1;
        }
        String query = String.join(" ", words);
        for (String day : new String[] {dueFrom, dueTo}) {
            if (day != null && SearchFilters.day(day).isEmpty()) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--due-from và --due-to cần một ngày dạng YYYY-MM-DD, không phải '" + day + "'");
            }
        }
        // a Vietnamese type name ("ke-hoach") is the same filter as its code
        Optional<String> typeCode = Optional.ofNullable(type).map(t -> congkhai.model.DocType.parse(t).map(congkhai.model.DocType::code).orElse(t));
        SearchFilters filters = new SearchFilters(typeCode, Optional.ofNullable(agency),
                Optional.ofNullable(topic), Optional.ofNullable(year), Optional.ofNullable(issuer), Optional.ofNullable(signer),
                Optional.ofNullable(status), SearchFilters.day(dueFrom), SearchFilters.day(dueTo));
        LuceneSearch.Results results;
        try (LuceneSearch search = index.get()) {
            results = search.search(query, filters, byDate ? LuceneSearch.Order.DATE : LuceneSearch.Order.RELEVANCE, limit);
        }
        if (json) {
            out.println(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(SearchJson.hits(results)));
        } else {
            int n = 0;
            for (LuceneSearch.Group g : results.groups()) {
                LuceneSearch.Hit h = g.record();
                out.printf("%d. %s%n   %s%n", ++n, h.title(), h.url());
                if (h.matched() && !h.snippet().text().isEmpty()) {
                    out.printf("   %s%n", h.snippet().text());
                }
                for (LuceneSearch.Hit t : g.tasks()) {
                    out.printf("   - %s (%s)%n", t.title(), t.statusLabel());
                }
                if (g.moreTasks() > 0) {
                    out.printf("   + %d nhiệm vụ khác khớp%n", g.moreTasks());
                }
            }
            out.printf("%d of %d results for \"%s\"%n", results.groups().size(), results.total(), query);
        }
        out.flush();
        return 0;
    }
}
