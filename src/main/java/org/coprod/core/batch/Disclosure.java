package org.coprod.core.batch;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which groups' figures may be shown without exposing anyone. A group is shown when it has at least the minimum
 * number of respondents and its figures, taken from a larger group's, cannot leave a smaller hidden group's figures
 * behind: when the respondents left out of the shown parts number between one and the minimum, more is hidden (the
 * whole, or the smallest shown role).
 */
public final class Disclosure {
    private final int minimumGroupSize;
    private final Set<GroupAccumulator> shown = Collections.newSetFromMap(new IdentityHashMap<>());

    public Disclosure(BatchScoring batch, int minimumGroupSize) {
        this.minimumGroupSize = minimumGroupSize;
        long hiddenServices = 0;
        for (Map.Entry<String, GroupAccumulator> service : batch.services().entrySet()) {
            if (!largeEnough(service.getValue())) {
                hiddenServices += service.getValue().respondents();
                continue;
            }
            shown.add(service.getValue());
            showRolesOf(service.getValue(), batch.rolesIn(service.getKey()).values());
        }
        if (largeEnough(batch.everyone()) && safeRemainder(hiddenServices)) {
            shown.add(batch.everyone());
        }
    }

    public boolean shown(GroupAccumulator group) {
        return group != null && shown.contains(group);
    }

    private void showRolesOf(GroupAccumulator service, Collection<GroupAccumulator> roles) {
        List<GroupAccumulator> candidates =
                new ArrayList<>(roles.stream().filter(this::largeEnough).toList());
        candidates.sort(Comparator.comparingLong(GroupAccumulator::respondents));
        long remainder = service.respondents()
                - candidates.stream().mapToLong(GroupAccumulator::respondents).sum();
        while (!candidates.isEmpty() && !safeRemainder(remainder)) {
            remainder += candidates.remove(0).respondents();
        }
        shown.addAll(candidates);
    }

    /** Whether a group has enough respondents to be shown at all (it may still be hidden to protect another). */
    public boolean largeEnough(GroupAccumulator group) {
        return group != null && group.respondents() >= minimumGroupSize;
    }

    private boolean safeRemainder(long respondents) {
        return respondents == 0 || respondents >= minimumGroupSize;
    }
}
