package io.planextract.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/**
 * A usage error prints the one wrong thing and where to read more, not the whole help: forty lines of options
 * scroll the actual mistake off the screen. Picocli's suggestions for a mistyped option ("Did you mean …") stay.
 * The exit code is the command's code for invalid input (2).
 */
final class ShortUsageErrors implements CommandLine.IParameterExceptionHandler {
    @Override
    public int handleParseException(CommandLine.ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        PrintWriter err = cmd.getErr();
        String name = cmd.getCommandSpec().qualifiedName();
        err.println(name + ": " + Names.quote(String.valueOf(e.getMessage())));
        CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
        err.println("Try '" + name + " --help' for more information.");
        err.flush();
        return cmd.getExitCodeExceptionMapper() != null ? cmd.getExitCodeExceptionMapper().getExitCode(e)
                : cmd.getCommandSpec().exitCodeOnInvalidInput();
    }
}
