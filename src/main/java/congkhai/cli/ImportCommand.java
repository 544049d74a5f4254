package congkhai.cli;

import congkhai.author.JBakeMigration;
import congkhai.author.JBakeSite;
import congkhai.author.PlainTextImporter;
import congkhai.author.RecordText;
import congkhai.base.Parsed;
import congkhai.base.SourceText;
import congkhai.base.YamlReader;
import congkhai.config.ConfigLoader;
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
import java.time.ZoneId;
import java.util.List;
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

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "A UTF-8 text file with one document.")
    Path file;

    @Option(names = "--from-jbake", paramLabel = "DIR",
            description = "Instead of FILE: an existing JBake site (jbake.properties, content/), whose posts and pages become records.")
    Path jbake;

    @Option(names = "--source", paramLabel = "DIR", description = "The site folder, whose agencies names are matched against. Default: the current folder.")
    Path source = Path.of(".");

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
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        String relative = RecordText.pathFor(doc.type(), doc.date().orElse(today.toString()),
                doc.number().isEmpty() ? doc.title() : doc.number() + " " + doc.title());
        Path target = source.resolve(SiteLoader.CONTENT).resolve(relative);
        try {
            new SourceWriter().createFile(target, importer.recordText(doc, today));
        } catch (PublishException e) {
            err.println("error: " + e.getMessage());
            err.flush();
            return 1;
        }
        out.printf("wrote %s (draft: true): %s %s, %d task%s%n", target.normalize(), doc.type().code(),
                doc.number().isEmpty() ? "without number" : doc.number(), doc.tasks().size(), doc.tasks().size() == 1 ? "" : "s");
        doc.review().forEach((field, note) -> out.println("  review " + field + ": " + note));
        out.flush();
        return 0;
    }

    private int importJBake(SiteConfig config, PrintWriter out, PrintWriter err) {
        List<JBakeMigration.NewRecord> records;
        try {
            records = JBakeMigration.records(JBakeSite.read(jbake, BundledLibraries.jars(JBAKE_LIBRARIES)), config,
                    LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")));
        } catch (IOException e) {
            err.println("error: " + e.getMessage());
            err.flush();
            return 1;
        }
        SourceWriter writer = new SourceWriter();
        int failed = 0;
        for (JBakeMigration.NewRecord r : records) {
            Path target = source.resolve(SiteLoader.CONTENT).resolve(r.path());
            try {
                writer.createFile(target, r.text());
                out.println("wrote " + target.normalize());
            } catch (PublishException e) {
                err.println("error: " + e.getMessage());
                failed++;
            }
        }
        out.printf("imported %d of %d JBake files; check the lines marked # REVIEW%n", records.size() - failed, records.size());
        out.flush();
        err.flush();
        return failed == 0 ? 0 : 1;
    }
}
