package org.coprod.core.batch;

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

    private static final double[] T975 = {12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228,
        2.201, 2.179, 2.160, 2.145, 2.131, 2.120, 2.110, 2.101, 2.093, 2.086, 2.080, 2.074, 2.069, 2.064, 2.060,
        2.056, 2.052, 2.048, 2.045, 2.042};

    /** Student's t 97.5% quantile: exact table values up to 30 degrees of freedom, then a Cornish-Fisher expansion. */
    static double tQuantile975(long df) {
        if (df <= T975.length) {
            return T975[(int) df - 1];
        }
        double z = 1.959963984540054;
        double z3 = z * z * z;
        double z5 = z3 * z * z;
        return z + (z3 + z) / (4.0 * df) + (5 * z5 + 16 * z3 + 3 * z) / (96.0 * df * df);
    }
}
