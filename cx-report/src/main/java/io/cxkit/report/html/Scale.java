package io.cxkit.report.html;

import java.util.ArrayList;
import java.util.List;

/** A linear map from data values to SVG coordinates, with round tick values ("nice numbers", Heckbert 1990). */
final class Scale {
    final double d0;
    final double d1;
    private final double r0;
    private final double r1;

    private Scale(double d0, double d1, double r0, double r1) {
        this.d0 = d0;
        this.d1 = d1;
        this.r0 = r0;
        this.r1 = r1;
    }

    /** A scale over [min, max] widened to round ticks, mapped to [r0, r1]. */
    static Scale nice(double min, double max, double r0, double r1) {
        if (!Double.isFinite(min) || !Double.isFinite(max)) {
            min = 0;
            max = 1;
        }
        if (max <= min) {
            max = min + (min == 0 ? 1 : Math.abs(min) * 0.1);
        }
        double step = step(max - min, 5);
        return new Scale(Math.floor(min / step) * step, Math.ceil(max / step) * step, r0, r1);
    }

    /** A scale over exactly [d0, d1]. */
    static Scale exact(double d0, double d1, double r0, double r1) {
        return new Scale(d0, d1 == d0 ? d0 + 1 : d1, r0, r1);
    }

    double map(double v) {
        return r0 + (v - d0) / (d1 - d0) * (r1 - r0);
    }

    List<Double> ticks() {
        double step = step(d1 - d0, 5);
        List<Double> out = new ArrayList<>();
        for (double t = Math.ceil(d0 / step - 1e-9) * step; t <= d1 + step * 1e-9; t += step) {
            out.add(Math.abs(t) < step * 1e-9 ? 0 : t);
        }
        return out;
    }

    private static double step(double range, int count) {
        double raw = range / count;
        double mag = Math.pow(10, Math.floor(Math.log10(raw)));
        double f = raw / mag;
        double nice = f < 1.5 ? 1 : f < 3 ? 2 : f < 7 ? 5 : 10;
        return nice * mag;
    }
}
