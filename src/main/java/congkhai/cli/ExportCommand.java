package congkhai.cli;

import congkhai.export.OpenSearchExport;
import congkhai.model.Urls;
import congkhai.pipeline.ExportReport;
import congkhai.pipeline.SiteBuild;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Checks the site as build does and writes its search records for a search cluster.",
                "--format opensearch writes mapping.json (the body of PUT /INDEX) and documents.ndjson (the body of POST /_bulk).",
                "Exit status: 0 written, 1 content errors or the output could not be written (the previous export is left untouched), 2 usage errors."})
final class ExportCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    BuildArgs args;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "What to write: opensearch (also read by Elasticsearch).")
    String format;

    @Option(names = "--index", paramLabel = "NAME", description = "The index the bulk file adds records to. Default: ${DEFAULT-VALUE}.")
    String index = "congkhai";

    @Option(names = "--output", paramLabel = "DIR", description = "Where the files are written. Default: search-export/ in the site folder.")
    Path output;

    @Override
    public Integer call() {
        CommandLine cmd = spec.commandLine();
        if (!format.equals("opensearch")) {
            throw new CommandLine.ParameterException(cmd, "--format: unknown format '" + format + "'; the one format is opensearch");
        }
        if (!OpenSearchExport.INDEX_NAME.matcher(index).matches()) {
            throw new CommandLine.ParameterException(cmd, "--index: '" + index
                    + "' is not an index name; use lowercase letters, digits, '-' and '_', starting with a letter or digit");
        }
        Path out = (output != null ? output : args.source.resolve("search-export")).normalize();
        ExportReport report = new SiteBuild(Clock.systemDefaultZone(), TerminalBuildProgress.forTerminal(cmd.getErr()))
                .exportOpenSearch(args.options(cmd, out, Optional.empty()), index);
        if (BuildArgs.printedFailure(report.problems(), report.failure(), out, cmd.getErr())) {
            return 1;
        }
        PrintWriter o = cmd.getOut();
        o.printf(Locale.ROOT, "exported %d search records (%.1f MB) in %.2f s -> %s: %s (PUT /%s), %s (POST /_bulk)%n",
                report.records(), report.bytes() / 1e6, report.seconds(), out, Urls.openSearchMapping(), index,
                Urls.openSearchBulk());
        o.flush();
        return 0;
    }
}
