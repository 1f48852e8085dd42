package io.planextract.cli;

import io.planextract.read.ReadLimits;
import io.planextract.serve.PlanExtractServer;
import io.planextract.serve.ServeOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code plan-extract serve}: the options, then {@link PlanExtractServer} until SIGTERM or Ctrl-C, which stop it
 * gracefully (requests in flight finish, new ones get 503).
 */
@Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = ManifestVersion.class,
        sortOptions = false, usageHelpAutoWidth = true,
        description = {"Runs plan-extract as an HTTP service (see README, \"As a service\").",
            "POST /v1/extract, /v1/batch, /v1/report; GET /health, /ready, /metrics, /v1/schema, /openapi.json,"
                + " /version."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:stopped by SIGTERM or Ctrl-C", "1:the service could not start (the port is taken)",
            "2:usage error"})
public final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--host", paramLabel = "ADDRESS",
            description = "Address to listen on. Default: ${DEFAULT-VALUE} (this machine only).")
    String host = ServeOptions.LOOPBACK;

    @Option(names = "--port", paramLabel = "PORT", description = "Port to listen on; 0: any free one."
            + " Default: ${DEFAULT-VALUE}.")
    int port = ServeOptions.DEFAULT_PORT;

    @Option(names = "--workers", paramLabel = "N",
            description = "Notices converted at once. Default: the number of cores (${DEFAULT-VALUE}).")
    int workers = Runtime.getRuntime().availableProcessors();

    @Option(names = "--queue", paramLabel = "N",
            description = "Requests that may wait for a worker; more get 503. Default: 8 a worker, at least 16.")
    Integer queue;

    @Option(names = "--token-file", paramLabel = "FILE",
            description = "Require 'Authorization: Bearer TOKEN' on every request but /health and /ready; TOKEN is"
                + " the file's first line.")
    Path tokenFile;

    @Option(names = "--timeout", paramLabel = "SECONDS",
            description = "Give up on a notice that takes longer (504). Default: ${DEFAULT-VALUE}.")
    long timeoutSeconds = ServeOptions.DEFAULT_TIMEOUT.toSeconds();

    @Option(names = "--max-upload-mb", paramLabel = "MB",
            description = "Largest notice upload. Default: ${DEFAULT-VALUE}, as on the command line.")
    long maxUploadMb = ReadLimits.DEFAULT.maxFileBytes() >> 20;

    @Option(names = "--max-batch-mb", paramLabel = "MB", description = "Largest batch ZIP. Default: ${DEFAULT-VALUE}.")
    long maxBatchMb = ServeOptions.DEFAULT_MAX_BATCH_BYTES >> 20;

    @Option(names = "--no-access-log", description = "No access log on standard error.")
    boolean noAccessLog;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        if (workers < 1) {
            throw usage("--workers must be at least 1");
        }
        if (queue != null && queue < 0) {
            throw usage("--queue cannot be negative");
        }
        if (port < 0 || port > 65535) {
            throw usage("--port must be 0 to 65535");
        }
        if (timeoutSeconds < 1 || maxUploadMb < 1 || maxBatchMb < 1 || maxUploadMb > 1024 || maxBatchMb > 16384) {
            throw usage("--timeout, --max-upload-mb and --max-batch-mb must be positive (uploads up to 1024 MB,"
                    + " batches up to 16384 MB)");
        }
        Optional<String> token = readToken();
        ServeOptions defaults = ServeOptions.defaults(workers);
        ServeOptions options = defaults.withAddress(host, port).withToken(token)
                .withQueue(queue == null ? defaults.queue() : queue)
                .withBodyLimits(maxUploadMb << 20, maxBatchMb << 20)
                .withTimeout(Duration.ofSeconds(timeoutSeconds));
        if (!isLoopback(host) && token.isEmpty()) {
            err.println("plan-extract: warning: listening on " + host + " without --token-file: anyone who can reach"
                    + " this port can use the service");
        }
        PlanExtractServer server;
        try {
            server = PlanExtractServer.start(options, noAccessLog ? null : System.err);
        } catch (IOException e) {
            err.println("plan-extract: the service could not start on " + host + ":" + port + " (" + e.getMessage()
                    + ")");
            err.flush();
            return 1;
        }
        Thread stopper = new Thread(() -> {
            try {
                server.shutdown();
            } catch (Exception e) {
                // the JVM is ending anyway
            }
        }, "plan-extract-shutdown");
        Runtime.getRuntime().addShutdownHook(stopper);
        err.println("plan-extract: serving on " + server.baseUri() + " with " + workers + " workers"
                + (token.isPresent() ? ", bearer token required" : ""));
        err.flush();
        server.join();
        return 0;
    }

    private Optional<String> readToken() {
        if (tokenFile == null) {
            return Optional.empty();
        }
        try {
            String token = Files.readString(tokenFile, StandardCharsets.UTF_8).lines().findFirst().orElse("").strip();
            if (token.length() < 16) {
                throw usage("the token in " + tokenFile + " is shorter than 16 characters");
            }
            return Optional.of(token);
        } catch (IOException e) {
            throw usage("the token file " + tokenFile + " cannot be read (" + e.getMessage() + ")");
        }
    }

    private static boolean isLoopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
