package dk.trekant.reporting;

import java.util.List;

/**
 * Percentiles by linear interpolation between the closest ranks (the method of Excel's
 * PERCENTILE.INC and R's default, type 7): the median of 1, 2, 3, 4 is 2.5.
 */
final class Percentiles {

    private Percentiles() {
    }

    /** The {@code p}-th percentile (0..1) of the values, which must be sorted ascending and not empty. */
    static double of(List<Double> sorted, double p) {
        if (sorted.isEmpty()) {
            throw new IllegalArgumentException("no values");
        }
        double position = p * (sorted.size() - 1);
        int lower = (int) Math.floor(position);
        int upper = Math.min(lower + 1, sorted.size() - 1);
        return sorted.get(lower) + (position - lower) * (sorted.get(upper) - sorted.get(lower));
    }
}
