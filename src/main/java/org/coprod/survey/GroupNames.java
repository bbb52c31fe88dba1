package org.coprod.survey;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.coprod.core.words.Words;
import org.coprod.io.Problem;

/**
 * The names of one export's services (or roles), by the text of their cells: the name a mapping file gives a code, or
 * the text itself (see {@link SurveyScorer#groupName}). Notes the texts that the mapping file does not name, in the order
 * first met, for {@link BareCodes}.
 */
final class GroupNames {
    final ValueTable<String> table;
    private List<String> unnamed = new ArrayList<>();

    /**
     * @param shared the names met by every thread reading the export, so that all give a group the same String: the
     *     thread adding rows up finds a group by its name many times a second, and the same String is found at once
     */
    GroupNames(Map<String, String> named, Map<String, String> shared) {
        table = new ValueTable<>(text -> {
            String cell = text.strip();
            String name = named.get(cell);
            if (name == null && !cell.isEmpty()) {
                unnamed.add(cell);
            }
            return shared.computeIfAbsent(SurveyScorer.groupName(name == null ? text : name), n -> n);
        });
    }

    /** The texts met that the mapping file does not name, since this was last asked. */
    List<String> takeUnnamed() {
        List<String> taken = unnamed;
        unnamed = new ArrayList<>();
        return taken;
    }

    /**
     * Of the services (or roles) of an export that the mapping file does not name: whether they all look like a survey
     * tool's bare codes ("1", "A1", "AO01"), so that the report's groups are not left as codes unnoticed. The smallest
     * codes are kept, whatever the order they are met in (parts of a file are read in any order).
     */
    static final class BareCodes {
        private static final Pattern BARE_CODE = Pattern.compile("(?i)[a-z]{0,2}[0-9]{1,4}");
        private static final int MOST_CODES_NOTED = 50;
        private static final int MOST_CODES_SHOWN = 8;

        private final TreeSet<String> codes = new TreeSet<>();
        private boolean onlyCodes = true;

        void note(List<String> cells) {
            for (String cell : cells) {
                if (!BARE_CODE.matcher(cell).matches()) {
                    onlyCodes = false;
                } else if (codes.add(cell) && codes.size() > MOST_CODES_NOTED) {
                    codes.pollLast();
                }
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
}
