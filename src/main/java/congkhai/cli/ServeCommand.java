package congkhai.cli;

import congkhai.base.Problem;
import congkhai.config.ConfigParser;
import congkhai.load.SiteLoader;
import congkhai.output.SitePublisher;
import congkhai.pipeline.BuildOptions;
import congkhai.preview.PreviewSession;
import congkhai.preview.WatchLoop;
import congkhai.serve.LiveReload;
import congkhai.serve.SourceWatcher;
import congkhai.serve.StaticServer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.List;
import java.util.Locale;
import java.util.Set;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Builds the site and serves it on this machine for preview, rebuilding what an edit affects and reloading open tabs.",
                "Links point at the local address, so the preview is written to a temporary folder, not public/.",
                "Content errors show in the terminal and over the page in the browser; the last good site stays served."})
final class ServeCommand implements Callable<Integer> {

    /** Changes closer together than this are one rebuild: an editor's save is often several events. */
    private static final long DEBOUNCE_MILLIS = 100;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.ParentCommand
    Main main;

    @Mixin
    BuildArgs args;

    @Option(names = "--port", paramLabel = "PORT", description = "Port to listen on (0 picks a free one). Default: ${DEFAULT-VALUE}.")
    int port = 8080;

    @Option(names = "--bind", paramLabel = "ADDRESS", description = "Address to listen on. Default: ${DEFAULT-VALUE} (this machine only).")
    String bind = "127.0.0.1";

    @Option(names = "--output", paramLabel = "DIR", description = "Where the preview is written. Default: a temporary folder.")
    Path output;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (port < 0 || port > 65535) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--port must be from 0 to 65535");
        }
        Clock clock = BuildArgs.clock(spec.commandLine(), main.environment());
        Optional<Path> temporary = output != null ? Optional.empty() : Optional.of(SitePublisher.temporaryFolder("congkhai-serve-"));
        Path previewDir = temporary.map(t -> t.resolve("site")).orElse(output);
        SitePublisher.ensureFolder(previewDir);
        InetSocketAddress address = new InetSocketAddress(bind, port);
        if (address.isUnresolved()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--bind: unknown address '" + bind + "'");
        }
        LiveReload live = new LiveReload();
        StaticServer server;
        try {
            server = new StaticServer(previewDir, address, Optional.of(live), congkhai.base.Translator.of(main.lang()));
        } catch (java.net.BindException e) {
            err.println("error: cannot listen on " + bind + ":" + port + ": " + e.getMessage());
            err.flush();
            temporary.ifPresent(SitePublisher::remove);
            return 1;
        }
        try (server; SourceWatcher watcher = new SourceWatcher(args.source, List.of(SiteLoader.CONTENT, SiteLoader.TEMPLATES),
                Set.of(ConfigParser.FILE_NAME), DEBOUNCE_MILLIS)) {
            // links carry the port actually bound, which differs from --port 0
            String host = bind.equals("127.0.0.1") || bind.equals("0.0.0.0") ? "localhost" : bind.contains(":") ? "[" + bind + "]" : bind;
            URI local = URI.create("http://" + host + ":" + server.port() + "/");
            BuildOptions options = args.options(spec.commandLine(), previewDir, Optional.of(local));
            // the overlay in the browser speaks the terminal's language
            congkhai.base.Translator tr = congkhai.base.Translator.of(main.lang());
            PreviewSession session = new PreviewSession(options, clock, data -> reportSiteData(data, out, err, live, tr));
            PreviewSession.Outcome first = session.start();
            if (!first.ok()) {
                session.close();
                first.problems().forEach(err::println);
                err.println(BuildArgs.errors(first.problems().size()) + "; nothing to serve");
                err.flush();
                temporary.ifPresent(SitePublisher::remove);
                return 1;
            }
            out.printf(Locale.ROOT, "built %d records, %d pages in %.2f s -> %s%n", first.records(), first.pages(),
                    first.nanos() / 1e9, previewDir);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                stopQuietly(watcher);
                session.close();
                server.close();
                temporary.ifPresent(SitePublisher::remove);
            }));
            server.start();
            out.println("serving " + local + " (Ctrl+C to stop); watching content/, templates/ and site-config.yml");
            out.flush();
            WatchLoop.run(watcher, session, live, o -> {
                if (o.ok()) {
                    out.printf(Locale.ROOT, "rebuilt in %d ms: %d of %d pages rendered, %d files changed%n",
                            o.nanos() / 1_000_000, o.rendered(), o.pages(), o.changed().size());
                    out.flush();
                } else {
                    showProblems(o.problems(), "; still serving the last good site", err, live, tr);
                }
            });
            session.close();
        }
        return 0;
    }

    /** The search and open data files follow an edit's pages; only their failure concerns the webmaster. */
    private static void reportSiteData(PreviewSession.SiteDataOutcome data, PrintWriter out, PrintWriter err, LiveReload live,
                                       congkhai.base.Translator tr) {
        if (data.ok()) {
            out.printf(Locale.ROOT, "search and open data updated in %d ms: %d files changed%n", data.nanos() / 1_000_000, data.written());
            out.flush();
        } else {
            showProblems(data.problems(), " updating the search and open data files", err, live, tr);
        }
    }

    /** Problems in the terminal, their count followed by {@code afterCount}, and over the pages open in a browser. */
    private static void showProblems(List<Problem> problems, String afterCount, PrintWriter err, LiveReload live,
                                     congkhai.base.Translator tr) {
        List<String> lines = problems.stream().map(Object::toString).toList();
        lines.forEach(err::println);
        err.println(BuildArgs.errors(lines.size()) + afterCount);
        err.flush();
        live.problems(lines.stream().map(tr::apply).toList());
    }

    /** Closing the watcher ends the rebuild loop; on the way out, a failure to close changes nothing. */
    private static void stopQuietly(AutoCloseable watcher) {
        try {
            watcher.close();
        } catch (Exception e) {
            // exiting anyway
        }
    }
}
