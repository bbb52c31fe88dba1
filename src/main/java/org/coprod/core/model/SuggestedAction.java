package org.coprod.core.model;

import java.util.List;

/**
 * Something a team can do when a section scores low, and the questions whose low answers it addresses. An action can
 * be meant only for some verdicts ({@code onlyFor}) or not for some ({@code notFor}): a group with no paid staff is
 * not told to set aside staff hours.
 */
public record SuggestedAction(String text, List<String> addresses, List<String> onlyFor, List<String> notFor) {
    public SuggestedAction {
        addresses = List.copyOf(addresses);
        onlyFor = List.copyOf(onlyFor);
        notFor = List.copyOf(notFor);
    }

    public boolean suits(String verdictId) {
        return (onlyFor.isEmpty() || onlyFor.contains(verdictId)) && !notFor.contains(verdictId);
    }
}
