package congkhai.cli;

import congkhai.author.JBakeMigration;
import congkhai.author.JBakeSite;
import congkhai.author.PlainTextImporter;
import congkhai.author.ProposedAgencies;
import congkhai.author.RecordText;
import congkhai.base.Parsed;
import congkhai.base.Problem;
import congkhai.base.SourcePos;
import congkhai.base.SourceText;
import congkhai.base.VietnamTime;
import congkhai.base.YamlReader;
import congkhai.config.ConfigLoader;
import congkhai.config.ConfigParser;
import congkhai.config.SiteConfig;
import congkhai.load.SiteLoader;
import congkhai.output.BundledLibraries;
import congkhai.output.PublishException;
import congkhai.output.SourceWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Turns the plain text of a document into a draft record (number, date, issuer, signer, title, body, tasks),",
                "marking what needs a person's check with '# REVIEW' comments; or, with --from-jbake, a JBake site's content into records.",
                "It never overwrites a file.",
                "Exit status: 0 written, 1 the text or the site cannot be read or the record exists, 2 usage errors."})
final class ImportCommand implements Callable<Integer> {

    private static final String JBAKE_LIBRARIES = "/congkhai/jbake/lib";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.ParentCommand
    Main main;

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "A UTF-8 text file with one document.")
    Path file;

    @Option(names = "--from-jbake", paramLabel = "DIR",
            description = "Instead of FILE: an existing JBake site (jbake.properties, content/), whose posts and pages become records.")
    Path jbake;

    @Option(names = "--source", paramLabel = "DIR", description = "The site folder, whose agencies names are matched against. Default: the current folder.")
    Path source = Path.of(".");

    @Option(names = "--add-agencies", description = "Add the agencies the text names that site-config.yml does not list to its agencies, "
            + "marked # REVIEW. Without it they are written to site-config.proposed.yml for review.")
    boolean addAgencies;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Parsed<SiteConfig> config = ConfigLoader.load(source, new YamlReader());
        if (config.value().isEmpty()) {
            config.problems().forEach(err::println);
            err.flush();
            return 1;
        }
        if ((file == null) == (jbake == null)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "give either FILE or --from-jbake DIR");
        }
        if (jbake != null) {
            return importJBake(config.value().get(), out, err);
        }
        String text;
        try {
            Parsed<String> decoded = SourceText.decode(file.toString(), Files.readAllBytes(file));
            if (decoded.value().isEmpty()) {
                decoded.problems().forEach(err::println);
                err.flush();
                return 1;
            }
            text = decoded.value().get();
        } catch (IOException e) {
            err.println("error: cannot read " + file + ": " + e.getMessage());
            err.flush();
            return 1;
        }
        PlainTextImporter importer = new PlainTextImporter(config.value().get());
        PlainTextImporter.Imported doc = importer.read(text);
        LocalDate today = LocalDate.now(VietnamTime.ZONE);
        String relative = RecordText.pathFor(doc.type(), doc.date().orElse(today.toString()),
                doc.number().isEmpty() ? doc.title() : doc.number() + " " + doc.title());
        Path target = source.resolve(SiteLoader.CONTENT).resolve(relative);
        try {
            new SourceWriter().createFile(target, frontMatterIn(importer.recordText(doc, today), congkhai.base.Translator.of(main.lang())));
        } catch (PublishException e) {
            err.println("error: " + e.getMessage());
            err.flush();
            return 1;
        }
        out.printf("wrote %s (draft: true): %s %s, %d task%s%n", target.normalize(), doc.type().code(),
                doc.number().isEmpty() ? "without number" : doc.number(), doc.tasks().size(), doc.tasks().size() == 1 ? "" : "s");
        doc.review().forEach((field, note) -> out.println("  review " + field + ": " + note));
        out.flush();
        if (!doc.proposed().isEmpty()) {
            return proposeAgencies(doc.proposed(), out, err);
        }
        return 0;
    }

    /** The record with its front matter's comments in the webmaster's language; the body is the document's own words. */
    private static String frontMatterIn(String record, congkhai.base.Translator tr) {
        int end = record.indexOf("\n---\n", 4);
        if (end < 0 || !tr.translates()) {
            return record;
        }
        StringBuilder out = new StringBuilder();
        record.substring(0, end + 1).lines().forEach(l -> out.append(l.stripLeading().startsWith("#") ? tr.apply(l) : l).append('\n'));
        return out + record.substring(end + 1);
    }

    /** Adds the agencies to the config, or writes them out for review; the record names them either way. */
    private int proposeAgencies(Map<String, String> proposed, PrintWriter out, PrintWriter err) {
        Path config = source.resolve(congkhai.config.ConfigParser.FILE_NAME);
        Path proposals = source.resolve("site-config.proposed.yml");
        try {
            if (addAgencies) {
                String added = ProposedAgencies.addTo(Files.readString(config), proposed);
                congkhai.base.Translator tr = congkhai.base.Translator.of(main.lang());
                new SourceWriter().extendFile(config, added.lines().map(l -> l.contains("# REVIEW") ? tr.apply(l) : l)
                        .collect(java.util.stream.Collectors.joining("\n", "", "\n")));
                out.println("added " + proposed.size() + " agencies to " + config.normalize() + " (marked # REVIEW): "
                        + String.join(", ", proposed.keySet()));
            } else {
                String earlier = Files.exists(proposals) ? Files.readString(proposals) : "# Agencies proposed by import: copy them into the agencies of site-config.yml\nagencies:\n";
                Map<String, String> fresh = new java.util.LinkedHashMap<>();
                proposed.forEach((id, name) -> {
                    if (!earlier.contains("- id: " + id + " ") && !earlier.contains("- id: " + id + "\n")) {
                        fresh.put(id, name);
                    }
                });
                new SourceWriter().extendFile(proposals, earlier + congkhai.base.Translator.of(main.lang()).apply(ProposedAgencies.entries(fresh, "  ")));
                out.println("agencies not in site-config.yml: " + String.join(", ", proposed.keySet()));
                out.println("  proposed entries written to " + proposals.normalize() + "; copy them into site-config.yml"
                        + " (or import again with --add-agencies) before building");
            }
        } catch (IOException | PublishException e) {
            err.println("error: " + e.getMessage());
            err.flush();
            return 1;
        }
        out.flush();
        return 0;
    }

    /**
     * Adds the old addresses of JBake's own pages to {@code site-config.yml} as {@code redirects}, at
     * its end, when it has none yet; otherwise prints the entries to merge by hand, since rewriting
     * the webmaster's YAML would lose its comments and layout.
     */
    static final String OLD_ADDRESSES_COMMENT = "# Old addresses of the JBake site's own pages (archive, tags), kept answering; added by congkhai import";

    private int keepOldSiteAddresses(List<JBakeMigration.SiteRedirect> redirects, SiteConfig config, SourceWriter writer,
                                     PrintWriter out, PrintWriter err) {
        if (redirects.isEmpty()) {
            return 0;
        }
        StringBuilder entries = new StringBuilder();
        redirects.forEach(r -> entries.append("  - {from: \"").append(r.from()).append("\", to: \"").append(r.to()).append("\"}\n"));
        Path file = source.resolve(ConfigParser.FILE_NAME);
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            err.println("error: cannot read " + file + ": " + e.getMessage());
            return 1;
        }
        if (text.lines().anyMatch(l -> l.startsWith("redirects:") || l.startsWith("redirects :"))) {
            out.println("add these old addresses of the JBake site's own pages to 'redirects' in " + file.normalize() + ":");
            out.print(entries);
            return 0;
        }
        try {
            writer.extendFile(file, text + (text.isEmpty() || text.endsWith("\n") ? "" : "\n")
                    + "\n" + congkhai.base.Translator.of(main.lang()).apply(OLD_ADDRESSES_COMMENT) + "\n"
                    + "redirects:\n" + entries);
            out.printf("added %d old addresses of the JBake site's own pages to 'redirects' in %s%n", redirects.size(), file.normalize());
            return 0;
        } catch (PublishException e) {
            err.println("error: " + e.getMessage());
            return 1;
        }
    }

    private int importJBake(SiteConfig config, PrintWriter out, PrintWriter err) {
        JBakeSite site;
        try {
            site = JBakeSite.read(jbake, BundledLibraries.jars(JBAKE_LIBRARIES));
        } catch (IOException e) {
            err.println("error: " + e.getMessage());
            err.flush();
            return 1;
        }
        JBakeMigration.Plan plan = JBakeMigration.plan(site, config, LocalDate.now(VietnamTime.ZONE));
        SourceWriter writer = new SourceWriter();
        Path content = source.resolve(SiteLoader.CONTENT);
        int failed = 0;
        for (JBakeMigration.NewRecord r : plan.records()) {
            Path target = content.resolve(r.path());
            try {
                writer.createFile(target, r.text());
                out.println("wrote " + target.normalize());
            } catch (PublishException e) {
                err.println("error: " + e.getMessage());
                failed++;
            }
        }
        for (JBakeMigration.Copy c : plan.copies()) {
            Path target = content.resolve(c.to());
            try {
                writer.copyFile(jbake.resolve(c.from()), target);
                out.println("copied " + target.normalize());
            } catch (PublishException e) {
                err.println("error: " + e.getMessage());
                failed++;
            }
        }
        failed += keepOldSiteAddresses(plan.redirects(), config, writer, out, err);
        plan.left().forEach(l -> out.println("not imported: " + jbake.resolve(l.path()).normalize() + ": " + l.why()));
        site.warnings().forEach(w -> out.println("Asciidoctor warned: " + jbake + java.io.File.separator + w));
        for (Problem p : plan.problems()) {
            err.println(new Problem(new SourcePos(jbake.resolve(p.pos().path()).normalize().toString(), p.pos().line(), p.pos().column()),
                    p.message()));
        }
        JBakeMigration.Counts n = plan.counts();
        out.printf("found %d files in the JBake site: pages %d, old redirect pages %d, files published as they are %d, assets %d,"
                + " templates %d, files JBake skips %d%n",
                n.found(), n.pages(), n.redirects(), n.published(), n.assets(), n.templates(), n.skipped());
        out.printf("imported %d of %d pages as records (drafts: %d) and copied %d files; not imported: %d files, listed above%n",
                plan.records().size() - failed, n.pages(), n.drafts(), n.copied(), plan.left().size());
        out.printf("links and images: %d rewritten for the new addresses, %d removed that led nowhere on the JBake site or to"
                + " addresses the portal does not publish (file:, javascript:); old addresses kept by aliases: %d%n",
                n.rewritten(), n.dropped(), n.aliases());
        if (!plan.unknownTags().isEmpty()) {
            List<String> tags = new ArrayList<>();
            plan.unknownTags().entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .forEach(t -> tags.add(t.getKey() + " (" + t.getValue() + ")"));
            out.println("tags that are no topic of site-config.yml, with their pages: " + String.join(", ", tags)
                    + "; add those to keep as topics, then to the records' topics");
        }
        if (!config.baseUrl().getHost().equalsIgnoreCase(hostOf(site.siteHost()))) {
            out.printf("the JBake site was at %s and the portal's base_url is %s: the old addresses answer where the portal is"
                    + " published at the JBake site's address (base_url: \"%s\" in site-config.yml)%n",
                    site.siteHost(), config.baseUrl(), site.siteHost().endsWith("/") ? site.siteHost() : site.siteHost() + "/");
        }
        out.println("check the lines marked # REVIEW, then run congkhai check");
        out.flush();
        err.flush();
        return failed == 0 && plan.problems().isEmpty() ? 0 : 1;
    }

    private static String hostOf(String url) {
        try {
            String host = java.net.URI.create(url.strip()).getHost();
            return host == null ? "" : host;
        } catch (IllegalArgumentException e) {
            return "";
        }
    }
}
