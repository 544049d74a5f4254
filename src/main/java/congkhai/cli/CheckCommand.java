package congkhai.cli;

import congkhai.pipeline.BuildReport;
import congkhai.pipeline.SiteBuild;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Checks the site as build does, plus every link inside the site, and writes nothing.",
                "Warns of what a reader would notice in published records (the placeholder body, no number or issuer, a deadline in a task's text but no due).",
                "Exit status: 0 no errors, 1 content, template or link errors (or warnings, with --strict), 2 usage errors."})
final class CheckCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.ParentCommand
    Main main;

    @Mixin
    BuildArgs args;

    @CommandLine.Option(names = "--strict", description = "Warnings are errors too: for CI, so that nothing a reader would notice is published.")
    boolean strict;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        BuildReport report = new SiteBuild(BuildArgs.clock(spec.commandLine(), main.environment()), TerminalBuildProgress.forTerminal(err))
                .check(args.options(spec.commandLine(), args.source.resolve("public"), Optional.empty()));
        if (!report.problems().isEmpty()) {
            report.problems().forEach(err::println);
            err.println(BuildArgs.errors(report.problems().size()));
            err.flush();
            return 1;
        }
        report.warnings().forEach(err::println);
        err.flush();
        if (strict && !report.warnings().isEmpty()) {
            err.println(report.warnings().size() + (report.warnings().size() == 1 ? " warning" : " warnings") + "; with --strict, warnings are errors");
            err.flush();
            return 1;
        }
        out.printf(Locale.ROOT, "checked %d records, %d pages and their links in %.2f s: %s (statuses as of %s)%n",
                report.records(), report.pages(), report.seconds(),
                report.warnings().isEmpty() ? "no problems" : "no errors, " + report.warnings().size() + (report.warnings().size() == 1 ? " warning" : " warnings"), report.asOf());
        out.flush();
        return 0;
    }
}
