package org.coprod.core.model;

import java.util.List;

/** Something a team can do when a section scores low, and the questions whose low answers it addresses. */
public record SuggestedAction(String text, List<String> addresses) {
    public SuggestedAction {
        addresses = List.copyOf(addresses);
    }
}
