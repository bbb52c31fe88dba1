package org.coprod;

import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * Says on the test run's output which tests were skipped, and why (issue 15: two were skipped without a word). Every
 * skip is an assumption with its reason, such as "tmux is not installed"; this prints it. Registered for every test
 * class through {@code META-INF/services} and {@code junit.jupiter.extensions.autodetection.enabled} (set for
 * surefire in pom.xml).
 */
public final class SkippedTestsSayWhy implements TestWatcher {
    @Override
    public void testAborted(ExtensionContext context, Throwable cause) {
        say(context, Optional.ofNullable(cause.getMessage()));
    }

    @Override
    public void testDisabled(ExtensionContext context, Optional<String> reason) {
        say(context, reason);
    }

    private static void say(ExtensionContext context, Optional<String> reason) {
        String test = context.getRequiredTestClass().getSimpleName() + "." + context.getDisplayName();
        System.err.println(
                "SKIPPED " + test + ": " + reason.filter(r -> !r.isBlank()).orElse("no reason given"));
    }
}
