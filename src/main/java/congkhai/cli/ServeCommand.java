package congkhai.cli;

import congkhai.build.BuildReport;
import congkhai.build.SiteBuild;
import congkhai.output.SitePublisher;
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
import java.util.concurrent.CountDownLatch;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Builds the site and serves it on this machine for preview.",
                "Links point at the local address, so the preview is written to a temporary folder, not public/."})
final class ServeCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

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
        Optional<Path> temporary = output != null ? Optional.empty() : Optional.of(SitePublisher.temporaryFolder("congkhai-serve-"));
        Path previewDir = temporary.map(t -> t.resolve("site")).orElse(output);
        SitePublisher.ensureFolder(previewDir);
        InetSocketAddress address = new InetSocketAddress(bind, port);
        if (address.isUnresolved()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--bind: unknown address '" + bind + "'");
        }
        StaticServer server;
        try {
            server = new StaticServer(previewDir, address);
        } catch (java.net.BindException e) {
            err.println("error: cannot listen on " + bind + ":" + port + ": " + e.getMessage());
            err.flush();
            temporary.ifPresent(SitePublisher::remove);
            return 1;
        }
        try (server) {
            // links carry the port actually bound, which differs from --port 0
            String host = bind.equals("127.0.0.1") || bind.equals("0.0.0.0") ? "localhost" : bind.contains(":") ? "[" + bind + "]" : bind;
            URI local = URI.create("http://" + host + ":" + server.port() + "/");
            BuildReport report = new SiteBuild(Clock.systemDefaultZone()).build(args.options(spec.commandLine(), previewDir, Optional.of(local)));
            int code = BuildArgs.report(report, previewDir, out, err);
            if (code != 0) {
                temporary.ifPresent(SitePublisher::remove);
                return code;
            }
            CountDownLatch stop = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                server.close();
                temporary.ifPresent(SitePublisher::remove);
                stop.countDown();
            }));
            server.start();
            out.println("serving " + local + " (Ctrl+C to stop)");
            out.flush();
            stop.await();
        }
        return 0;
    }
}
