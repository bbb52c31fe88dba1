package org.coprod.core.model;

/**
 * Where a service sits on Bovaird's grid of who plans and who delivers: the tests that say planning is shared, that
 * delivery is shared, and that professionals put in next to nothing (so that what people share, they do alone).
 */
public record Grid(Condition planningShared, Condition deliveryShared, Condition professionalsAbsent) {}
