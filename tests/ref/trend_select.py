# Reference rolling-origin errors for tests/unit/test_trend_select.c,
# computed with numpy independently of yp-trend: for each origin
# o = N-3 .. N-1, fit to the first o values, forecast the rest, and average
# |e|/y*100 (MAPE; MAE when some value is not positive) over all forecasts.
# Run: python3 tests/ref/trend_select.py > tests/ref/trend_select.out
import numpy as np

def linear(y, h):
    t = np.arange(len(y))
    b, a = np.polyfit(t, y, 1)
    return a + b * (len(y) - 1 + h)

def loglinear(y, h):
    return np.exp(linear(np.log(y), h))

def gm11(x0, h):
    x0 = np.asarray(x0, float); n = len(x0)
    x1 = np.cumsum(x0); z = 0.5 * (x1[1:] + x1[:-1])
    B = np.column_stack([-z, np.ones(n - 1)])
    a, b = np.linalg.solve(B.T @ B, B.T @ x0[1:])
    k = n - 1 + h
    return (1 - np.exp(a)) * (x0[0] - b / a) * np.exp(-a * k)

def rolling(y, model, H=3):
    y = np.asarray(y, float); N = len(y)
    pos = (y > 0).all()
    errs = []
    for o in range(N - H, N):
        for h in range(1, N - o + 1):
            e = abs(y[o - 1 + h] - model(y[:o], h))
            errs.append(100 * e / y[o - 1 + h] if pos else e)
    return np.mean(errs)

y = [52.0, 55.1, 57.9, 61.4, 64.0, 68.3, 71.5, 74.0, 78.8, 81.9, 86.0, 88.9]
print("## series", " ".join("%g" % v for v in y))
for name, m in (("linear", linear), ("loglinear", loglinear), ("gm11", gm11)):
    print(name, "%.15g" % rolling(y, m))
z = [-3.0, -1.5, 0.4, 1.1, 3.2, 4.0, 6.1, 6.9, 9.2, 10.1]
print("## series with non-positive values", " ".join("%g" % v for v in z))
print("linear MAE", "%.15g" % rolling(z, linear))
print("## the first series' OLS slope over all 12 years (linear.slope)")
print("slope", "%.15g" % np.polyfit(np.arange(len(y)), y, 1)[0])
