package io.offerbench.scoring.negotiation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.function.BiPredicate;

/**
 * q00 + q10 su + q01 sd + q20 su² + q11 su sd + q02 sd² in the two shares a weight pair moves, with exact
 * coefficients, and the one question {@link ExactCornerCheck} asks of it: is it positive everywhere on a
 * convex quadrilateral.
 */
record ExactQuadratic(BigDecimal q00, BigDecimal q10, BigDecimal q01, BigDecimal q20, BigDecimal q11, BigDecimal q02) {

    private static final BigDecimal TWO = BigDecimal.valueOf(2);
    private static final BigDecimal FOUR = BigDecimal.valueOf(4);
    private static final MathContext MC = new MathContext(40);
    /** Rounds what is subtracted from a minimum upwards, so a minimum computed is never above the true one. */
    private static final MathContext UP = new MathContext(40, RoundingMode.CEILING);

    /** c0 + c1 su + c2 sd, exact: an offer's weighted raw scores or its answered weight, in the two shares. */
    record Linear(BigDecimal c0, BigDecimal c1, BigDecimal c2) {

        ExactQuadratic times(Linear o) {
            return new ExactQuadratic(c0.multiply(o.c0), c0.multiply(o.c1).add(c1.multiply(o.c0)),
                    c0.multiply(o.c2).add(c2.multiply(o.c0)), c1.multiply(o.c1), c1.multiply(o.c2).add(c2.multiply(o.c1)),
                    c2.multiply(o.c2));
        }
    }

    ExactQuadratic minus(ExactQuadratic o) {
        return new ExactQuadratic(q00.subtract(o.q00), q10.subtract(o.q10), q01.subtract(o.q01), q20.subtract(o.q20),
                q11.subtract(o.q11), q02.subtract(o.q02));
    }

    ExactQuadratic times(BigDecimal f) {
        return new ExactQuadratic(q00.multiply(f), q10.multiply(f), q01.multiply(f), q20.multiply(f), q11.multiply(f),
                q02.multiply(f));
    }

    BigDecimal at(BigDecimal u, BigDecimal d) {
        return q00.add(q10.multiply(u)).add(q01.multiply(d)).add(q20.multiply(u).multiply(u)).add(q11.multiply(u).multiply(d))
                .add(q02.multiply(d).multiply(d));
    }

    /**
     * Positive at every point of the convex quadrilateral with these vertices (in order, each {su, sd}), of which
     * {@code inside} tells whether a point belongs to it. A quadratic's least value on a convex polygon is at a
     * vertex, at the minimum of an edge, or at its interior minimum if it has one inside, so those are all that
     * is looked at. An edge's minimum is rounded down, so never found positive when it is not; the interior one is
     * computed to 40 significant digits.
     */
    boolean positiveOn(BigDecimal[][] vertices, BiPredicate<BigDecimal, BigDecimal> inside) {
        for (int i = 0; i < vertices.length; i++) {
            BigDecimal[] p = vertices[i];
            BigDecimal[] r = vertices[(i + 1) % vertices.length];
            BigDecimal c0 = at(p[0], p[1]);
            if (c0.signum() <= 0) {
                return false;
            }
            // Along the edge, f(t) = q(p + t (r - p)) = c2 t² + c1 t + c0 for t from 0 to 1.
            BigDecimal du = r[0].subtract(p[0]);
            BigDecimal dv = r[1].subtract(p[1]);
            BigDecimal c2 = q20.multiply(du).multiply(du).add(q11.multiply(du).multiply(dv)).add(q02.multiply(dv).multiply(dv));
            BigDecimal c1 = q10.multiply(du).add(q01.multiply(dv)).add(q20.multiply(p[0]).multiply(du).multiply(TWO))
                    .add(q11.multiply(p[0].multiply(dv).add(p[1].multiply(du))))
                    .add(q02.multiply(p[1]).multiply(dv).multiply(TWO));
            if (c2.signum() > 0) {
                // Minimum at t = -c1 / (2 c2), of value c0 - c1² / (4 c2): exact up to the one division.
                BigDecimal twoC2 = c2.multiply(TWO);
                if (c1.signum() < 0 && c1.negate().compareTo(twoC2) < 0) {
                    BigDecimal min = c0.subtract(c1.multiply(c1).divide(twoC2.multiply(TWO), UP));
                    if (min.signum() <= 0) {
                        return false;
                    }
                }
            }
        }
        // Only a convex quadratic (q20 > 0 and a positive determinant) has an interior minimum; otherwise the least
        // value on the polygon is on its edges, checked above.
        BigDecimal det = q20.multiply(q02).multiply(FOUR).subtract(q11.multiply(q11));
        if (det.signum() > 0 && q20.signum() > 0) {
            BigDecimal u = q02.multiply(q10).multiply(TWO).negate().add(q11.multiply(q01)).divide(det, MC);
            BigDecimal d = q20.multiply(q01).multiply(TWO).negate().add(q11.multiply(q10)).divide(det, MC);
            // The minimum's value, q00 + (q10 u + q01 d) / 2 at the critical point; a point on the edge counts as inside.
            BigDecimal min = q00.add(q10.multiply(u).add(q01.multiply(d)).divide(TWO, MC));
            if (inside.test(u, d) && min.signum() <= 0) {
                return false;
            }
        }
        return true;
    }
}
