#!/usr/bin/python3
"""Reference values for yp-clean's gap filling, computed independently of
GSL: Steffen's monotone cubic (M. Steffen, "A simple method for monotonic
interpolation in one dimension", Astron. Astrophys. 239, 443-450, 1990)
and straight lines, in exact rational arithmetic (fractions.Fraction).

    /usr/bin/python3 tests/ref/clean_steffen.py > tests/ref/clean_steffen.out

tests/unit/test_clean_interp.c embeds the printed values.

The paper's formulas:
  h_i = x_{i+1} - x_i, s_i = (y_{i+1} - y_i) / h_i                (6, 7)
  p_i = (s_{i-1} h_i + s_i h_{i-1}) / (h_{i-1} + h_i)             (8)
  y'_i = (sign s_{i-1} + sign s_i) min(|s_{i-1}|, |s_i|, |p_i|/2) (11)
  at the ends the "simplest possibility" of section 2.2:
  y'_0 = s_0, y'_{n-1} = s_{n-2}
  on [x_i, x_{i+1}], with t = x - x_i:
  f = a t^3 + b t^2 + c t + d, a = (y'_i + y'_{i+1} - 2 s_i) / h_i^2,
  b = (3 s_i - 2 y'_i - y'_{i+1}) / h_i, c = y'_i, d = y_i        (2-5)
sign(0) is taken as +1 (the paper's FORTRAN SIGN(1,s)); then the min()
holds |s| = 0 and the slope is 0 either way.
"""
from fractions import Fraction as F

def sign(v):
    return -1 if v < 0 else 1

def steffen(xs, ys, x):
    xs = [F(v) for v in xs]
    ys = [F(v) for v in ys]
    n = len(xs)
    h = [xs[i + 1] - xs[i] for i in range(n - 1)]
    s = [(ys[i + 1] - ys[i]) / h[i] for i in range(n - 1)]
    yp = [s[0]] + [None] * (n - 2) + [s[n - 2]]
    for i in range(1, n - 1):
        p = (s[i - 1] * h[i] + s[i] * h[i - 1]) / (h[i - 1] + h[i])
        yp[i] = (sign(s[i - 1]) + sign(s[i])) * min(abs(s[i - 1]), abs(s[i]), abs(p) / 2)
    x = F(x)
    i = max(k for k in range(n - 1) if xs[k] <= x)
    t = x - xs[i]
    a = (yp[i] + yp[i + 1] - 2 * s[i]) / h[i] ** 2
    b = (3 * s[i] - 2 * yp[i] - yp[i + 1]) / h[i]
    return a * t ** 3 + b * t ** 2 + yp[i] * t + ys[i]

def linear(xs, ys, x):
    i = max(k for k in range(len(xs) - 1) if xs[k] <= x)
    return F(ys[i]) + (F(ys[i + 1]) - F(ys[i])) * (F(x) - F(xs[i])) / (F(xs[i + 1]) - F(xs[i]))

CASES = [
    # name, x, y (decimal strings, as records carry them), places
    ("water", [2014, 2015, 2016, 2017, 2019, 2020, 2021],
     ["2.4013", "2.3876", "2.3702", "2.3355", "2.2692", "2.2511", "2.2304"], [2018]),
    ("hump", [2010, 2011, 2012, 2015, 2016], ["10", "12", "15", "14", "13"], [2013, 2014]),
    ("flat-then-rise", [2000, 2001, 2003, 2004], ["5", "5", "8", "8.5"], [2002]),
    ("two-points", [2019, 2022], ["100", "130"], [2020, 2021]),
    # The sample's water use (data/raw/示例县_用水.csv, 万立方米 / 10^4),
    # 2018 blank; tests/e2e/clean-sample.sh checks the filled value.
    ("sample-water", [2014, 2015, 2016, 2017, 2019, 2020, 2021],
     ["2.3989", "2.3928", "2.3647", "2.3355", "2.2692", "2.2795", "2.2294"], [2018]),
]

for name, xs, ys, places in CASES:
    for x in places:
        lin = linear(xs, ys, x)
        if len(xs) >= 3:
            st = steffen(xs, ys, x)
            print("%s %d steffen %s" % (name, x, repr(float(st))))
        print("%s %d linear %s" % (name, x, repr(float(lin))))
