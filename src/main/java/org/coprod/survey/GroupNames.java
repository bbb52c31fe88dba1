package org.coprod.survey;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.coprod.core.words.Words;
import org.coprod.io.Problem;

/**
 * The names of one export's services (or roles), by the text of their cells: the name a mapping file gives a code, or
 * the text itself (see {@link SurveyScorer#groupName}). Notes the texts that look like a survey tool's bare codes
 * ("1", "A1", "AO01") and were given no name, so that the report's groups are not left as codes unnoticed.
 */
final class GroupNames {
    private static final Pattern BARE_CODE = Pattern.compile("(?i)[a-z]{0,2}[0-9]{1,4}");
    private static final int MOST_CODES_NOTED = 50;
    private static final int MOST_CODES_SHOWN = 8;

    final ValueTable<String> table;
    private final Set<String> codes = new TreeSet<>();
    private boolean onlyCodes = true;

    GroupNames(Map<String, String> named) {
        table = new ValueTable<>(text -> {
            String cell = text.strip();
            String name = named.get(cell);
            if (name == null && !cell.isEmpty()) {
                noteUnnamed(cell);
            }
            return SurveyScorer.groupName(name == null ? text : name);
        });
    }

    private void noteUnnamed(String cell) {
        if (!BARE_CODE.matcher(cell).matches()) {
            onlyCodes = false;
        } else if (codes.size() < MOST_CODES_NOTED) {
            codes.add(cell);
        }
    }

    /** The codes, quoted, when every group that the mapping file does not name is a bare code. */
    Optional<String> codesNotNamed(Words words) {
        return onlyCodes && !codes.isEmpty()
                ? Optional.of(words.and(codes.stream()
                        .limit(MOST_CODES_SHOWN)
                        .map(Problem::quote)
                        .toList()))
                : Optional.empty();
    }
}
