package org.coprod.io.yaml;

import java.util.function.UnaryOperator;
import org.coprod.core.words.Words;

/**
 * What a part of a file is called in messages: "a section" until its id is known, then "section 'blurred-roles'", so
 * that every problem says which one.
 */
record Part(String unnamed, UnaryOperator<String> naming) {

    /**
     * The part worded by {@code key} (with {@code args} from {0}) while its id is unknown, and by {@code key.named} once
     * it is known: there {0} is the quoted id and {@code args} follow from {1}.
     */
    static Part of(Words words, String key, Object... args) {
        return new Part(words.get(key, args), quotedId -> words.get(key + ".named", withFirst(quotedId, args)));
    }

    /** A part called as given, with its quoted id after that once it is known. */
    static Part called(String description) {
        return new Part(description, quotedId -> description + " " + quotedId);
    }

    String named(String quotedId) {
        return naming.apply(quotedId);
    }

    private static Object[] withFirst(Object first, Object[] rest) {
        Object[] all = new Object[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }
}
