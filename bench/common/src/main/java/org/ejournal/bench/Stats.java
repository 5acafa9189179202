package org.ejournal.bench;

import java.util.Arrays;

/** Summary figures of one series of timings (ms): min, median, p95 (nearest rank), max. */
public record Stats(double min, double median, double p95, double max) {

    public static Stats of(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        int n = v.length;
        double median = n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
        int p95 = (int) Math.ceil(0.95 * n) - 1; // nearest rank
        return new Stats(v[0], median, v[Math.max(0, p95)], v[n - 1]);
    }
}
