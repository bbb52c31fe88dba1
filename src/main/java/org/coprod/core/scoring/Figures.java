package org.coprod.core.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.OptionalDouble;

/** How scores are written for people: whole numbers when exact, otherwise one decimal place. */
public final class Figures {
    private Figures() {}

    /** The value as it is shown: to one decimal place, so that sums and differences of shown figures add up. */
    public static double shown(double value) {
        return Double.isNaN(value)
                ? value
                : BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).doubleValue();
    }

    public static String format(double value) {
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP);
        return rounded.stripTrailingZeros().scale() <= 0
                ? rounded.setScale(0, RoundingMode.UNNECESSARY).toPlainString()
                : rounded.toPlainString();
    }

    public static String format(OptionalDouble value, String whenMissing) {
        return value.isPresent() ? format(value.getAsDouble()) : whenMissing;
    }
}
