package io.cxkit.metrics.retention;

import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/**
 * A cohort retention matrix: one row per cohort (first-interaction month), in calendar order.
 *
 * @param rows the cohorts
 */
public record CohortMatrix(List<Row> rows) {
    /**
     * @param rows the cohorts
     * @throws NullPointerException if the list or a row is null
     */
    public CohortMatrix {
        rows = List.copyOf(rows);
    }

    /**
     * One cohort.
     *
     * @param cohort the month of the members' first interaction
     * @param activeByMonth {@code activeByMonth[k]}: members active in month cohort + k; index 0 is the size
     */
    public record Row(YearMonth cohort, long[] activeByMonth) {
        /**
         * @param cohort the month of the members' first interaction
         * @param activeByMonth {@code activeByMonth[k]}: members active in month cohort + k; index 0 is the size
         * @throws IllegalArgumentException if there is no month 0 or a count is negative
         */
        public Row {
            Objects.requireNonNull(cohort, "cohort");
            activeByMonth = activeByMonth.clone();
            if (activeByMonth.length == 0) {
                throw new IllegalArgumentException("a cohort row needs month 0 (its size)");
            }
            for (long a : activeByMonth) {
                if (a < 0 || a > activeByMonth[0]) {
                    throw new IllegalArgumentException("active members must be within 0..cohort size "
                            + activeByMonth[0] + ", was " + a);
                }
            }
        }

        /**
         * The cohort's size: members whose first interaction fell in its month.
         *
         * @return the cohort's size: members whose first interaction fell in its month
         */
        public long size() {
            return activeByMonth[0];
        }

        /**
         * The number of months after the cohort's first that the row covers, plus one.
         *
         * @return the number of months after the cohort's first that the row covers, plus one
         */
        public int months() {
            return activeByMonth.length;
        }

        /**
         * Members active in month cohort + k.
         *
         * @param k {@code k} in the description above
         * @return the number of members active in month cohort + k
         * @throws IndexOutOfBoundsException if k is not within 0..months()−1
         */
        public long active(int k) {
            return activeByMonth[k];
        }

        /**
         * The share of members active in month cohort + k, in [0, 1].
         *
         * @param k {@code k} in the description above
         * @return the share of members active in month cohort + k, in [0, 1]
         * @throws IndexOutOfBoundsException if k is not within 0..months()−1
         */
        public double retention(int k) {
            return (double) activeByMonth[k] / activeByMonth[0];
        }

        /**
         * Members active in each month since the cohort month, month 0 first; a copy.
         *
         * @return the number of members active in month cohort + k, for each k
         */
        @Override
        public long[] activeByMonth() {
            return activeByMonth.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Row r && r.cohort.equals(cohort) && java.util.Arrays.equals(r.activeByMonth,
                    activeByMonth);
        }

        @Override
        public int hashCode() {
            return cohort.hashCode() * 31 + java.util.Arrays.hashCode(activeByMonth);
        }

        @Override
        public String toString() {
            return cohort + " " + java.util.Arrays.toString(activeByMonth);
        }
    }
}
