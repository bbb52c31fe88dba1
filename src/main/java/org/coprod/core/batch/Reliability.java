package org.coprod.core.batch;

/**
 * Cronbach's alpha and each item's corrected item-total correlation for one set of items, in constant memory: only
 * the sums and cross-products of respondents who answered every item are kept (listwise deletion).
 *
 * <p>alpha = k / (k - 1) x (1 - sum of item variances / variance of the total). The corrected item-total correlation
 * of item i is its correlation with the total of the other items.
 */
public final class Reliability {
    private final int k;
    private long n;
    private final double[] sums;
    /** The upper triangle of the cross-products, row by row (a, b) with a <= b, in one array read straight through. */
    private final double[] products;
    /** Where the items are among a respondent's item scores. */
    private final int[] items;
    /**
     * The two items of each cross-product, as positions among the items: one loop over all pairs runs much faster
     * than a loop per row of the triangle, whose short and varying lengths the processor cannot predict.
     */
    private final int[] first;

    private final int[] second;
    /** The items of the respondent being added, side by side. */
    private final double[] x;
    /**
     * The first respondent's items, taken from everyone's before the sums: the spreads are the same, and answers that
     * never vary give sums of exactly 0 instead of the difference of two large, rounded numbers.
     */
    private final double[] origin;

    /** @param items where the items are among the item scores given to {@link #add} */
    public Reliability(int[] items) {
        this.k = items.length;
        this.items = items.clone();
        this.sums = new double[k];
        this.products = new double[k * (k + 1) / 2];
        this.first = new int[products.length];
        this.second = new int[products.length];
        this.x = new double[k];
        this.origin = new double[k];
        int p = 0;
        for (int a = 0; a < k; a++) {
            for (int b = a; b < k; b++) {
                first[p] = a;
                second[p++] = b;
            }
        }
    }

    /** Adds one respondent's item scores (only call it when every item was answered). */
    public void add(double[] itemScores) {
        if (n++ == 0) {
            for (int a = 0; a < k; a++) {
                origin[a] = itemScores[items[a]];
            }
        }
        for (int a = 0; a < k; a++) {
            x[a] = itemScores[items[a]] - origin[a];
            sums[a] += x[a];
        }
        for (int p = 0; p < products.length; p++) {
            products[p] += x[first[p]] * x[second[p]];
        }
    }

    private double product(int low, int high) {
        return products[low * k - low * (low - 1) / 2 + (high - low)];
    }

    public long respondents() {
        return n;
    }

    public int items() {
        return k;
    }

    private double covariance(int a, int b) {
        int low = Math.min(a, b);
        int high = Math.max(a, b);
        return (product(low, high) - sums[low] * sums[high] / n) / (n - 1);
    }

    private double totalVariance() {
        double total = 0;
        for (int a = 0; a < k; a++) {
            for (int b = 0; b < k; b++) {
                total += covariance(a, b);
            }
        }
        return total;
    }

    /** Cronbach's alpha; NaN with fewer than two items or respondents, or when the total never varies. */
    public double alpha() {
        if (k < 2 || n < 2) {
            return Double.NaN;
        }
        double itemVariances = 0;
        for (int a = 0; a < k; a++) {
            itemVariances += covariance(a, a);
        }
        double total = totalVariance();
        return !varies(total, itemVariances) ? Double.NaN : (double) k / (k - 1) * (1 - itemVariances / total);
    }

    /**
     * Whether a variance is more than the rounding left in it: items that vary but always add up to the same total
     * (one the reverse of another) leave a total variance of about 1e-28, not 0, which would give an alpha of -10^15.
     */
    static boolean varies(double variance, double scale) {
        return variance > 1e-9 * Math.max(scale, 1e-9);
    }

    /** The correlation of item {@code a} with the sum of the other items; NaN when either never varies. */
    public double correctedItemTotal(int a) {
        if (k < 2 || n < 2) {
            return Double.NaN;
        }
        double rowSum = 0;
        for (int b = 0; b < k; b++) {
            rowSum += covariance(a, b);
        }
        double variance = covariance(a, a);
        double rest = totalVariance() - 2 * rowSum + variance;
        double covarianceWithRest = rowSum - variance;
        double scale = totalVariance() + variance;
        return !varies(variance, scale) || !varies(rest, scale)
                ? Double.NaN
                : covarianceWithRest / Math.sqrt(variance * rest);
    }

    /** Whether item {@code a} had the same answer from everyone (its correlation cannot be computed). */
    public boolean neverVaries(int a) {
        return n >= 2 && covariance(a, a) <= 1e-12;
    }
}
