package dev.mizan.agreement;

import java.math.BigInteger;

/** An exact fraction, for the independent cross-check of the measures. */
record Fraction(BigInteger num, BigInteger den) {
    static final Fraction ZERO = of(0);
    static final Fraction ONE = of(1);

    Fraction {
        if (den.signum() == 0) {
            throw new ArithmeticException("zero denominator");
        }
        if (den.signum() < 0) {
            num = num.negate();
            den = den.negate();
        }
        BigInteger g = num.gcd(den);
        if (!g.equals(BigInteger.ONE) && g.signum() != 0) {
            num = num.divide(g);
            den = den.divide(g);
        }
    }

    static Fraction of(long n) {
        return new Fraction(BigInteger.valueOf(n), BigInteger.ONE);
    }

    static Fraction of(long n, long d) {
        return new Fraction(BigInteger.valueOf(n), BigInteger.valueOf(d));
    }

    Fraction plus(Fraction o) {
        return new Fraction(num.multiply(o.den).add(o.num.multiply(den)), den.multiply(o.den));
    }

    Fraction minus(Fraction o) {
        return plus(o.negate());
    }

    Fraction negate() {
        return new Fraction(num.negate(), den);
    }

    Fraction times(Fraction o) {
        return new Fraction(num.multiply(o.num), den.multiply(o.den));
    }

    Fraction div(Fraction o) {
        return new Fraction(num.multiply(o.den), den.multiply(o.num));
    }

    boolean isZero() {
        return num.signum() == 0;
    }

    double toDouble() {
        return new java.math.BigDecimal(num).divide(new java.math.BigDecimal(den), java.math.MathContext.DECIMAL128).doubleValue();
    }
}
