package org.coprod.core.model;

import java.util.List;

/**
 * One kind of joint work checked for evidence, such as Loeffler's co-commissioning, co-design, co-delivery and
 * co-assessment: present when any of its questions scores at least {@code presentFrom}.
 */
public record Activity(String id, String name, String meaning, List<String> questions, double presentFrom) {
    public Activity {
        questions = List.copyOf(questions);
    }
}
