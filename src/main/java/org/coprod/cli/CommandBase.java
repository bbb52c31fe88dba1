package org.coprod.cli;

import java.util.concurrent.Callable;
import org.coprod.app.Context;
import org.coprod.core.words.Words;
import picocli.CommandLine.ParentCommand;

/** What every subcommand shares: access to coprod's streams and environment. */
abstract class CommandBase implements Callable<Integer> {
    @ParentCommand
    CoprodCommand root;

    Io io() {
        return root.io();
    }

    /** The words of coprod's messages, in the language of --language. */
    Words words() {
        return context().messages();
    }

    /** What the use cases run with. */
    Context context() {
        return root.context();
    }
}
