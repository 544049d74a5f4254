package congkhai.cli;

import congkhai.base.Problem;
import congkhai.config.ConfigParser;
import congkhai.pipeline.BuildOptions;
import congkhai.pipeline.BuildReport;
import picocli.CommandLine;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The options {@code build} and {@code serve} share. */
final class BuildArgs {

    @Option(names = "--source", paramLabel = "DIR", description = "The site folder (with site-config.yml). Default: the current folder.")
    Path source = Path.of(".");

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD",
            description = "The day task statuses are computed against. Default: as_of in site-config.yml, else today.")
    String asOf;

    @Option(names = "--base-url", paramLabel = "URL", description = "Replaces base_url of site-config.yml.")
    String baseUrl;

    Optional<LocalDate> asOf(CommandLine cmd) {
        if (asOf == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(asOf));
        } catch (DateTimeParseException e) {
            throw new CommandLine.ParameterException(cmd, "--as-of must be a real day as YYYY-MM-DD, not '" + asOf + "'");
        }
    }

    /**
     * "Today", for a build given no as-of day: the moment {@code SOURCE_DATE_EPOCH} names when it is set
     * (reproducible-builds.org), so a rebuild of the same sources gives the same statuses; else the clock.
     */
    static Clock clock(CommandLine cmd, Map<String, String> environment) {
        String epoch = environment.get("SOURCE_DATE_EPOCH");
        if (epoch == null || epoch.isEmpty()) {
            return Clock.systemUTC();
        }
        try {
            long seconds = Long.parseLong(epoch);
            if (seconds < 0) {
                throw new NumberFormatException();
            }
            return Clock.fixed(Instant.ofEpochSecond(seconds), ZoneOffset.UTC);
        } catch (NumberFormatException | DateTimeException e) {
            throw new CommandLine.ParameterException(cmd,
                    "SOURCE_DATE_EPOCH must be a whole number of seconds since 1970-01-01 UTC, not '" + epoch + "'");
        }
    }

    Optional<URI> baseUrl(CommandLine cmd) {
        if (baseUrl == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(ConfigParser.parseBaseUrl(baseUrl));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(cmd, "--base-url: " + e.getMessage());
        }
    }

    /**
     * Prints a run's content problems, and that {@code output} is unchanged, or why the output could
     * not be written; false, printing nothing, when there was neither.
     */
    static boolean printedFailure(List<Problem> problems, Optional<String> failure, Path output, PrintWriter err) {
        if (!problems.isEmpty()) {
            problems.forEach(err::println);
            err.printf("%s; nothing was written, %s is unchanged%n", errors(problems.size()), output);
            err.flush();
            return true;
        }
        if (failure.isPresent()) {
            err.println("error: " + failure.get());
            err.flush();
            return true;
        }
        return false;
    }

    /** "1 error", "2 errors". */
    static String errors(int count) {
        return count + (count == 1 ? " error" : " errors");
    }

    BuildOptions options(CommandLine cmd, Path output, Optional<URI> baseUrlOverride) {
        return new BuildOptions(source, output, asOf(cmd), baseUrlOverride.or(() -> baseUrl(cmd)));
    }

    /** Prints problems, or the one summary line; returns the exit code. */
    static int report(BuildReport report, Path output, PrintWriter out, PrintWriter err) {
        if (printedFailure(report.problems(), report.failure(), output, err)) {
            return 1;
        }
        String later = report.issuedLater() == 0 ? ""
                : String.format(Locale.ROOT, " (%d dated after the as-of day left out)", report.issuedLater());
        out.printf(Locale.ROOT, "built %d records%s, %d pages in %.2f s -> %s (statuses as of %s)%n",
                report.records(), later, report.pages(), report.seconds(), output, report.asOf());
        out.flush();
        return 0;
    }
}
