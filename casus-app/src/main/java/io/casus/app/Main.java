package io.casus.app;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code casus} command. Exit codes: 0 all read, 2 some inputs skipped, 1 usage or configuration error. */
@Command(name = "casus", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        exitCodeOnInvalidInput = 1, exitCodeOnExecutionException = 1,
        description = "Political event data from news: who did what to whom, when, where and according to whom.",
        subcommands = {CodeCommand.class, IngestCommand.class, ExportCommand.class, BenchCommand.class, DemoCommand.class, EvalCommand.class, EvalActorsCommand.class, ServeCommand.class, CommandLine.HelpCommand.class})
public final class Main {
    static final int OK = 0;
    static final int USAGE = 1;
    static final int SKIPPED = 2;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line in process and returns its exit code (tests call this). */
    public static int run(String... args) {
        CommandLine cl = new CommandLine(new Main());
        cl.setParameterExceptionHandler((e, a) -> {
            CommandLine cmd = e.getCommandLine();
            cmd.getErr().println("casus: " + e.getMessage());
            cmd.getErr().println("Usage: " + cmd.getCommandSpec().qualifiedName() + " --help for the options");
            return USAGE;
        });
        cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("casus: " + e.getMessage());
            if (System.getenv("CASUS_DEBUG") != null) {
                e.printStackTrace(cmd.getErr());
            }
            return USAGE;
        });
        return cl.execute(args);
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"casus " + (v == null ? "(development build)" : v)};
        }
    }
}
