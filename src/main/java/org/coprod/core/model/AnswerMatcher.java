package org.coprod.core.model;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.coprod.core.util.RecentCache;

/**
 * Looks answers up in a table built once per answer set: every label, alias and value, normalised. Exact spellings
 * already seen are remembered, so a survey export with a million rows of "Often" normalises "Often" once.
 */
public final class AnswerMatcher {
    /** The matchers of the answer sets used most recently: a questionnaire's sets are matched again and again. */
    static final RecentCache<AnswerSet, AnswerMatcher> MATCHERS = new RecentCache<>(256);

    private static final int MOST_REMEMBERED = 10_000;

    private final Map<String, Response> normalised = new HashMap<>();
    private final Map<String, Optional<Response>> seen = new ConcurrentHashMap<>();

    private AnswerMatcher(AnswerSet set) {
        // later entries do not replace earlier ones: labels win over aliases, scored options over unscored ones
        for (AnswerOption option : set.options()) {
            add(option.label(), Response.scored(option));
        }
        set.notApplicable().ifPresent(o -> add(o.label(), Response.unscored(ResponseKind.NOT_APPLICABLE, o)));
        set.dontKnow().ifPresent(o -> add(o.label(), Response.unscored(ResponseKind.DONT_KNOW, o)));
        for (AnswerOption option : set.options()) {
            option.aliases().forEach(alias -> add(alias, Response.scored(option)));
        }
        set.notApplicable()
                .ifPresent(o -> o.aliases().forEach(a -> add(a, Response.unscored(ResponseKind.NOT_APPLICABLE, o))));
        set.dontKnow().ifPresent(o -> o.aliases().forEach(a -> add(a, Response.unscored(ResponseKind.DONT_KNOW, o))));
    }

    static AnswerMatcher of(AnswerSet set) {
        return MATCHERS.get(set, AnswerMatcher::new);
    }

    private void add(String spelling, Response response) {
        normalised.putIfAbsent(AnswerSet.normalise(spelling), response);
    }

    public Optional<Response> match(String raw) {
        Optional<Response> known = seen.get(raw);
        if (known != null) {
            return known;
        }
        Optional<Response> found = lookUp(raw);
        if (seen.size() < MOST_REMEMBERED) {
            seen.put(raw, found);
        }
        return found;
    }

    private Optional<Response> lookUp(String raw) {
        String wanted = AnswerSet.normalise(raw);
        if (wanted.isEmpty()) {
            return Optional.empty();
        }
        Response response = normalised.get(wanted);
        if (response != null) {
            return Optional.of(response);
        }
        try {
            double number = Double.parseDouble(wanted);
            return normalised.values().stream()
                    .filter(r -> r.isScored() && r.option().value() == number)
                    .findFirst();
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }
}
