# Reference values for GM(1,1) in tests/unit/test_trend_models.c, computed
# with numpy step by step from Deng Julong's formulas as collected in
# ../shared/docs/methods-reference.md section 2.10 (and the MATLAB sources
# it cites, e.g. sjkai/MathematicalModels GraySystem/GM1_1.m):
#   x1 = cumsum(x0); z(k) = (x1(k) + x1(k-1))/2; [a b]' = (B'B)^-1 B'Y with
#   B = [-z, 1], Y = x0(2..n); x1^(k+1) = (x0(1) - b/a) e^(-ak) + b/a;
#   x0^(k+1) = (1 - e^a)(x0(1) - b/a) e^(-ak).
# Series 1 is the classic textbook series X(0) = (2.874, 3.278, 3.337,
# 3.390, 3.679) used in 刘思峰《灰色系统理论及其应用》 and many course notes
# (its a = -0.0372, b = 3.0653 are the values those notes quote).
# Run: python3 tests/ref/trend_gm11.py > tests/ref/trend_gm11.out
import numpy as np
from math import exp, log, sqrt

def gm11(x0, horizon=5):
    x0 = np.asarray(x0, dtype=float)
    n = len(x0)
    x1 = np.cumsum(x0)
    z = 0.5 * (x1[1:] + x1[:-1])
    B = np.column_stack([-z, np.ones(n - 1)])
    Y = x0[1:]
    a, b = np.linalg.solve(B.T @ B, B.T @ Y)
    k = np.arange(n + horizon)
    xh1 = (x0[0] - b / a) * np.exp(-a * k) + b / a
    xh0 = np.concatenate([[x0[0]], np.diff(xh1)])
    lam = x0[:-1] / x0[1:]
    lo, hi = exp(-2 / (n + 1)), exp(2 / (n + 2))
    rho = 1 - (1 - 0.5 * a) / (1 + 0.5 * a) * lam
    eps = x0 - xh0[:n]                      # eps(1) = 0 by construction
    S1 = x0.std()                            # population sd (ddof 0)
    S2 = eps.std()
    C = S2 / S1
    P = np.mean(np.abs(eps - eps.mean()) < 0.6745 * S1)
    gc = 1 if C < 0.35 else 2 if C < 0.5 else 3 if C < 0.65 else 4
    gp = 1 if P > 0.95 else 2 if P > 0.8 else 3 if P > 0.7 else 4
    grade = max(gc, gp)
    # The interval yp-trend puts around GM(1,1) is its own construction
    # (docs/METHODS.md); its reference is in trend_models.R.
    return dict(a=a, b=b, lam=lam, lo=lo, hi=hi, rho_max=np.abs(rho).max(),
                C=C, P=P, grade=grade, fitted=xh0[:n], forecast=xh0[n:])

def show(name, x0):
    o = gm11(x0)
    f = lambda v: " ".join("%.12g" % x for x in np.atleast_1d(v))
    print("##", name, f(x0))
    for key in ("a", "b", "lo", "hi", "rho_max", "C", "P", "grade"):
        print(key, f(o[key]))
    print("ratios", f(o["lam"]))
    print("fitted", f(o["fitted"]))
    print("forecast", f(o["forecast"]))

show("classic", [2.874, 3.278, 3.337, 3.390, 3.679])
# A 10-year county-like series with a dip (ratio test passes, grade < 1)
show("county", [52.1, 55.0, 58.3, 60.2, 64.9, 66.0, 71.8, 75.1, 77.9, 84.0])
# Noisy: C = 0.41, P = 0.9, so grade 2 (合格); ratios pass.
show("noisy", [30, 33, 31, 35, 38, 34, 40, 42, 39, 45])
# A ratio outside (e^(-2/9), e^(2/10)) = (0.8007, 1.2214): 10/13 = 0.769.
show("ratio-fail", [10, 13, 11.5, 14.8, 13.2, 16.9, 15.0, 18.8])
