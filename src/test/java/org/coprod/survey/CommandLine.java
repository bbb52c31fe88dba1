package org.coprod.survey;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.coprod.cli.Main;

/** Runs coprod as the command line does, for the tests of reading exports end to end. */
final class CommandLine {
    record Run(int code, String out, String err) {}

    private CommandLine() {}

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }
}
