package io.casus.app;

import io.casus.app.server.ApiServer;
import io.casus.store.EventStore;
import io.casus.store.duckdb.DuckDbEventStore;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code casus serve}: the JSON API and the dashboard over the store, until the process is stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves the store: a JSON API under /api (documented at /api/openapi.json) and the dashboard at /.",
                "Read endpoints are public. POST /api/articles codes and stores one article; it needs the header "
                        + "'Authorization: Bearer TOKEN' with the token in the environment variable CASUS_TOKEN, "
                        + "and is disabled when CASUS_TOKEN is unset."})
final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "casus-data", description = "the store's directory (default: ${DEFAULT-VALUE})")
    Path data;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "7070", description = "the port to listen on (default: ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--host", paramLabel = "HOST", defaultValue = "127.0.0.1", description = "the interface to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for all)")
    String host;

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65535) {
            throw new ParameterException(spec.commandLine(), "--port must be in 0..65535, was " + port);
        }
        String token = System.getenv("CASUS_TOKEN");
        try (EventStore store = DuckDbEventStore.open(data);
             ApiServer server = ApiServer.create(store, Pipeline.sources().byFormat("jsonl").orElseThrow(),
                     // the CoreNLP models load on the first POST, not at start-up
                     a -> Pipeline.coder().code(Pipeline.annotator().annotate(a)), token).start(host, port)) {
            var err = spec.commandLine().getErr();
            err.printf("casus: serving %s at http://localhost:%d/ (API at /api, POST /api/articles %s); Ctrl-C stops%n",
                    data, server.port(), token == null || token.isBlank() ? "disabled: CASUS_TOKEN unset" : "enabled");
            err.flush();
            CountDownLatch stop = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown, "casus-serve-stop"));
            stop.await();
        }
        return Main.OK;
    }
}
