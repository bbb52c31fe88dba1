package org.coprod.core.batch;

import org.apache.commons.statistics.distribution.TDistribution;

/**
 * Mean and spread of a stream of numbers in constant memory (Welford's method, which stays accurate over millions of
 * values), and the 95% confidence interval of the mean from Student's t distribution.
 */
public final class RunningStats {
    private long n;
    private double mean;
    private double squares;

    public void add(double x) {
        n++;
        double delta = x - mean;
        mean += delta / n;
        squares += delta * (x - mean);
    }

    /** Adds all the values another one has had, as if each had been added here (Chan, Golub and LeVeque's formula). */
    public void add(RunningStats other) {
        if (other.n == 0) {
            return;
        }
        long total = n + other.n;
        double delta = other.mean - mean;
        mean += delta * other.n / total;
        squares += other.squares + delta * delta * n * other.n / total;
        n = total;
    }

    public long count() {
        return n;
    }

    public double mean() {
        return n == 0 ? Double.NaN : mean;
    }

    /** The sample standard deviation (n - 1 in the denominator); NaN with fewer than two values. */
    public double standardDeviation() {
        return n < 2 ? Double.NaN : Math.sqrt(squares / (n - 1));
    }

    /** Half the width of the 95% confidence interval of the mean: t(0.975, n - 1) x sd / sqrt(n). */
    public double halfWidth95() {
        return n < 2 ? Double.NaN : tQuantile975(n - 1) * standardDeviation() / Math.sqrt(n);
    }

    /** Student's t 97.5% quantile, exact (Apache Commons Statistics), for n - 1 degrees of freedom. */
    static double tQuantile975(long df) {
        return df < Quantiles.REMEMBERED.length ? Quantiles.REMEMBERED[(int) df] : quantile(df);
    }

    private static double quantile(long df) {
        return TDistribution.of(df).inverseCumulativeProbability(0.975);
    }

    /** The quantiles for the group sizes met most, worked out once, when first needed (8 KB). */
    private static final class Quantiles {
        static final double[] REMEMBERED = new double[1024];

        static {
            for (int df = 1; df < REMEMBERED.length; df++) {
                REMEMBERED[df] = quantile(df);
            }
        }
    }
}
