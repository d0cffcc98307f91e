# Reference values for yp-structure, computed independently with numpy
# straight from the formulas in ../shared/docs/methods-reference.md
# sections 2.1-2.9 (and docs/METHODS.md for the conventions the
# pipeline fixes: base year 2020, plan base = last year of the previous
# plan, average population for vital rates and GDP per head, sums over the
# sectors in Theil's index, Tapio cut-offs 0.8 and 1.2 both in coupling).
#
# It writes two files:
#   tests/ref/structure_synthetic.csv  the input: a synthetic county 示例县
#       and its parent 示例市, 2014-2025, in canonical units (deterministic:
#       numpy RandomState(20250101));
#   tests/ref/structure_reference.out  "region,indicator,measure,period,value"
#       for every figure computed here (value "M" where the pipeline must
#       write a not-computable record).
# tests/e2e/structure-reference.sh runs yp-structure on the first and
# checks every line of the second (relative tolerance 1e-9).
#
# Run: /usr/bin/python3 tests/ref/structure_reference.py
import csv
import os

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
rng = np.random.RandomState(20250101)
YEARS = list(range(2014, 2026))
BASE = 2020
PLANS = [("十三五", 2016, 2020), ("十四五", 2021, 2025)]
COUNTY, CITY = "示例县", "示例市"

data = {}       # (region, indicator) -> {year: value}
units = {}


def put(region, ind, unit, series):
    data[(region, ind)] = dict(series)
    units[ind] = unit


def walk(start, lo, hi, years=YEARS):
    """A positive series growing by a random rate in [lo, hi] a year."""
    out, v = {}, start
    for y in years:
        out[y] = v
        v = v * (1 + rng.uniform(lo, hi))
    return out


def economy(region, y1, y2i, y2c, y3, scale_emp):
    # Indices (上年=100) from 2015; the first year has nominal values only.
    idx = {k: {y: 100 + rng.uniform(lo, hi) for y in YEARS[1:]}
           for k, lo, hi in [("gdp.primary", 2, 4), ("gdp.industry", 5, 9),
                             ("gdp.construction", 3, 8),
                             ("gdp.tertiary", 6, 10)]}
    # Nominal value added: real growth times a price change of 0-4 %.
    nom = {}
    for k, start in [("gdp.primary", y1), ("gdp.industry", y2i),
                     ("gdp.construction", y2c), ("gdp.tertiary", y3)]:
        s, v = {}, start
        for y in YEARS:
            if y > YEARS[0]:
                v = v * idx[k][y] / 100 * (1 + rng.uniform(0, 0.04))
            s[y] = v
        nom[k] = s
    nom["gdp.secondary"] = {y: nom["gdp.industry"][y] +
                            nom["gdp.construction"][y] for y in YEARS}
    nom["gdp"] = {y: nom["gdp.primary"][y] + nom["gdp.secondary"][y] +
                  nom["gdp.tertiary"][y] for y in YEARS}
    # Secondary's index: its parts' real increments at last year's prices;
    # GDP's index: the three sectors' likewise, rounded to 0.1 as bureaus
    # publish it (so the pulls miss GDP growth by a little).
    idx["gdp.secondary"] = {}
    idx["gdp"] = {}
    for y in YEARS[1:]:
        p = y - 1
        d2 = sum(nom[k][p] * (idx[k][y] / 100 - 1)
                 for k in ("gdp.industry", "gdp.construction"))
        idx["gdp.secondary"][y] = 100 + d2 / nom["gdp.secondary"][p] * 100
        d = sum(nom[k][p] * (idx[k][y] / 100 - 1)
                for k in ("gdp.primary", "gdp.secondary", "gdp.tertiary"))
        idx["gdp"][y] = round(100 + d / nom["gdp"][p] * 100, 1)
    for k in nom:
        put(region, k, "亿元", nom[k])
        put(region, k + ".index", "上年=100", idx[k])
    emp = {k: walk(v * scale_emp, lo, hi) for k, v, lo, hi in
           [("emp.primary", 9.0, -0.05, -0.02), ("emp.secondary", 8.0, -0.01, 0.02),
            ("emp.tertiary", 7.0, 0.02, 0.05)]}
    for k in emp:
        put(region, k, "万人", emp[k])
    put(region, "emp.total", "万人",
        {y: sum(emp[k][y] for k in emp) for y in YEARS})
    parts = {k: walk(v, lo, hi) for k, v, lo, hi in
             [("industry.div.a", 30.0, 0.03, 0.08), ("industry.div.b", 20.0, 0.0, 0.05),
              ("industry.div.c", 8.0, 0.05, 0.12)]}
    for k in parts:
        put(region, k, "亿元", parts[k])
    put(region, "industry.above_scale", "亿元",
        {y: sum(parts[k][y] for k in parts) * 1.02 for y in YEARS})
    return nom, idx


nom, idx = economy(COUNTY, 40.0, 70.0, 12.0, 50.0, 1.0)
pnom, pidx = economy(CITY, 200.0, 500.0, 90.0, 450.0, 6.0)

# Population of the county (万人 unless said otherwise).
res = walk(52.0, -0.006, -0.001)
put(COUNTY, "pop.resident", "万人", res)
put(COUNTY, "pop.registered", "万人", {y: res[y] * 1.12 for y in YEARS})
urb = {y: res[y] * (0.38 + 0.02 * (y - 2014)) for y in YEARS}
put(COUNTY, "pop.urban", "万人", urb)
put(COUNTY, "pop.rural", "万人", {y: res[y] - urb[y] for y in YEARS})
put(COUNTY, "urbanization", "%", {y: round(urb[y] / res[y] * 100, 1) for y in YEARS})
male = {y: res[y] * 0.508 for y in YEARS}
put(COUNTY, "pop.male", "万人", male)
put(COUNTY, "pop.female", "万人", {y: res[y] - male[y] for y in YEARS})
old = {y: res[y] * (0.11 + 0.0045 * (y - 2014)) for y in YEARS}
child = {y: res[y] * (0.18 - 0.003 * (y - 2014)) for y in YEARS}
put(COUNTY, "pop.age65p", "万人", old)
put(COUNTY, "pop.age0_14", "万人", child)
put(COUNTY, "pop.age15_64", "万人", {y: res[y] - old[y] - child[y] for y in YEARS})
put(COUNTY, "dep.old", "%", {y: round(old[y] / (res[y] - old[y] - child[y]) * 100, 1)
                             for y in YEARS})
births = {y: round(res[y] * 1e4 * (0.011 - 0.0004 * (y - 2014))) for y in YEARS}
deaths = {y: round(res[y] * 1e4 * (0.0072 + 0.0001 * (y - 2014))) for y in YEARS}
put(COUNTY, "births", "人", births)
put(COUNTY, "deaths", "人", deaths)
put(COUNTY, "energy.total", "万吨标准煤", walk(150.0, -0.01, 0.05))
put(COUNTY, "water.total", "亿立方米", walk(2.4, -0.03, 0.02))
put(COUNTY, "co2", "万吨", walk(380.0, -0.02, 0.04))
put(COUNTY, "land.construction", "平方公里", walk(95.0, 0.005, 0.02))
put(COUNTY, "land.arable", "公顷", walk(40000.0, -0.004, 0.0))
beds = walk(2600.0, 0.01, 0.05)
put(COUNTY, "health.beds", "张", beds)
put(COUNTY, "health.beds_per_1000", "张/千人",
    {y: round(beds[y] / (res[y] * 1e4) * 1000, 2) for y in YEARS})
put(COUNTY, "health.doctors", "人", walk(1300.0, 0.01, 0.06))
put(COUNTY, "edu.students", "人", walk(68000.0, -0.02, 0.01))
put(COUNTY, "edu.teachers", "人", walk(4600.0, -0.005, 0.02))
put(COUNTY, "fiscal.revenue", "亿元", walk(9.0, 0.02, 0.09))
put(COUNTY, "fiscal.expenditure", "亿元", walk(26.0, 0.03, 0.08))
put(COUNTY, "retail", "亿元", walk(60.0, 0.03, 0.09))
put(COUNTY, "fai", "亿元", walk(120.0, -0.05, 0.1))
put(COUNTY, "rd.expenditure", "亿元", walk(1.5, 0.05, 0.15))
# Published GDP per head, rounded to the yuan (from average population).
put(COUNTY, "gdp.per_capita", "元",
    {y: round(nom["gdp"][y] * 1e8 / ((res[y - 1] + res[y]) / 2 * 1e4))
     for y in YEARS[1:]})

# ---- the input file -------------------------------------------------------
with open(os.path.join(HERE, "structure_synthetic.csv"), "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow("region,indicator,measure,period,value,unit,status,source,note".split(","))
    n = 0
    for (region, ind), s in sorted(data.items()):
        for y in sorted(s):
            n += 1
            w.writerow([region, ind, "value", y, repr(float(s[y])), units[ind],
                        "A", "synthetic:%d" % n, ""])

# ---- reference values -----------------------------------------------------
out = {}


def rec(region, ind, measure, period, value):
    out[(region, ind, measure, str(period))] = value


def V(region, ind, y):
    return data[(region, ind)][y]


def chain(region, item, a, b):
    """R_b / R_a from the indices (上年=100)."""
    r = 1.0
    for y in range(min(a, b) + 1, max(a, b) + 1):
        r *= V(region, item + ".index", y) / 100
    return r if b >= a else 1 / r


REAL = ["gdp", "gdp.primary", "gdp.secondary", "gdp.tertiary", "gdp.industry",
        "gdp.construction"]
SECTORS = ["gdp.primary", "gdp.secondary", "gdp.tertiary"]
EMP = ["emp.primary", "emp.secondary", "emp.tertiary"]
C = COUNTY

# 2.0/2.2 comparable prices, contribution and pull.  Plan periods "chain
# the real increments in a fixed base year" (methods reference 2.2): the
# base year is the year before the plan.
for item in REAL:
    for y in YEARS:
        ratio = chain(C, item, BASE, y)
        rec(C, item, "real_index", y, ratio * 100)
        level = V(C, item, BASE) * ratio
        rec(C, item, "real_level", y, level)
        rec(C, item, "deflator", y, V(C, item, y) / level * 100)
        if y == YEARS[0]:
            rec(C, item, "real_growth", y, "M")
            rec(C, item, "deflator_growth", y, "M")
            continue
        i = V(C, item + ".index", y)
        rec(C, item, "real_growth", y, i - 100)
        rec(C, item, "deflator_growth", y,
            V(C, item, y) / V(C, item, y - 1) / (i / 100) * 100 - 100)
        if item == "gdp":
            continue
        dx = V(C, item, y - 1) * (i / 100 - 1)
        dy = V(C, "gdp", y - 1) * (V(C, "gdp.index", y) / 100 - 1)
        rec(C, item, "contribution", y, dx / dy * 100)
        rec(C, item, "pull", y, dx / V(C, "gdp", y - 1) * 100)
for y in YEARS[1:]:
    g = V(C, "gdp.index", y) - 100
    dy = V(C, "gdp", y - 1) * g / 100
    dxs = [V(C, s, y - 1) * (V(C, s + ".index", y) / 100 - 1) for s in SECTORS]
    rec(C, "gdp", "pull_residual", y, g - sum(d / V(C, "gdp", y - 1) * 100 for d in dxs))
    rec(C, "gdp", "contribution_residual", y, 100 - sum(d / dy * 100 for d in dxs))
for name, first, last in PLANS:
    b, e, n = first - 1, last, last - first + 1
    p = "%d-%d" % (first, last)
    ry = chain(C, "gdp", b, e)
    g = (ry ** (1 / n) - 1) * 100
    pulls = contribs = 0.0
    for item in REAL:
        rx = chain(C, item, b, e)
        rec(C, item, "real_growth", p, (rx ** (1 / n) - 1) * 100)
        rec(C, item, "real_growth_cum", p, (rx - 1) * 100)
        if item == "gdp":
            continue
        # Each year's real increment (previous-year prices) brought to
        # base-year prices with GDP's implicit deflator R_{t-1}/Y_{t-1},
        # summed, over GDP's real increment at base-year prices.
        num = 0.0
        for t in range(b + 1, e + 1):
            d = V(C, item, t - 1) * (V(C, item + ".index", t) / 100 - 1)
            real_prev = V(C, "gdp", b) * chain(C, "gdp", b, t - 1)
            num += d * real_prev / V(C, "gdp", t - 1)
        c = num / (V(C, "gdp", b) * (ry - 1)) * 100
        rec(C, item, "contribution", p, c)
        rec(C, item, "pull", p, c * g / 100)
        if item in SECTORS:
            pulls += c * g / 100
            contribs += c
    rec(C, "gdp", "pull_residual", p, g - pulls)
    rec(C, "gdp", "contribution_residual", p, 100 - contribs)
# The first plan that touches the data, 十二五, has no base year 2010.
rec(C, "gdp", "real_growth", "2011-2015", "M")
rec(C, "gdp", "moore_angle", "2011-2015", "M")

# 2.1 shares, structure, 2.3 TS, Theil, deviation.
for y in YEARS:
    gdp = V(C, "gdp", y)
    for item in REAL[1:]:
        rec(C, item, "share", y, V(C, item, y) / gdp * 100)
    s = [V(C, k, y) / gdp * 100 for k in SECTORS]
    rec(C, "gdp", "structure", y, sum(s))
    rec(C, "gdp", "ts", y, V(C, "gdp.tertiary", y) / V(C, "gdp.secondary", y))
    rec(C, "gdp", "structure_level", y, sum((i + 1) * s[i] / 100 for i in range(3)))
    Y = np.array([V(C, k, y) for k in SECTORS])
    L = np.array([V(C, k, y) for k in EMP])
    rec(C, "gdp", "theil", y, float(np.sum(Y / Y.sum() * np.log((Y / L) / (Y.sum() / L.sum())))))
    for i, k in enumerate(SECTORS):
        rec(C, k, "deviation", y, (Y[i] / Y.sum()) / (L[i] / L.sum()) - 1)
for name, first, last in PLANS:
    b, e, p = first - 1, last, "%d-%d" % (first, last)
    for item in REAL[1:]:
        rec(C, item, "share_change", p,
            V(C, item, e) / V(C, "gdp", e) * 100 - V(C, item, b) / V(C, "gdp", b) * 100)
    # 2.4 Moore: angle between the share vectors, in degrees.
    w0 = np.array([V(C, k, b) / V(C, "gdp", b) for k in SECTORS])
    w1 = np.array([V(C, k, e) / V(C, "gdp", e) for k in SECTORS])
    m = w0.dot(w1) / (np.linalg.norm(w0) * np.linalg.norm(w1))
    rec(C, "gdp", "moore_angle", p, float(np.degrees(np.arccos(m))))

# 2.5 location quotients against 示例市.
for y in YEARS:
    for k in SECTORS:
        rec(C, k, "lq", y, (V(C, k, y) / V(C, "gdp", y)) / (V(CITY, k, y) / V(CITY, "gdp", y)))
    for k in EMP:
        rec(C, k, "lq", y, (V(C, k, y) / V(C, "emp.total", y)) /
            (V(CITY, k, y) / V(CITY, "emp.total", y)))
    for k in ("industry.div.a", "industry.div.b", "industry.div.c"):
        rec(C, k, "lq", y, (V(C, k, y) / V(C, "industry.above_scale", y)) /
            (V(CITY, k, y) / V(CITY, "industry.above_scale", y)))

# 2.6 shift-share against 示例市, real (every index exists).
for name, first, last in PLANS:
    b, e, p = first - 1, last, "%d-%d" % (first, last)
    R = chain(CITY, "gdp", b, e) - 1
    tot = np.zeros(4)
    for k in SECTORS:
        b0 = V(C, k, b)
        r = chain(C, k, b, e) - 1
        Ri = chain(CITY, k, b, e) - 1
        parts = np.array([b0 * r, b0 * R, b0 * (Ri - R), b0 * (r - Ri)])
        tot += parts
        for m, v in zip("gnpd", parts):
            rec(C, k, "shift_share." + m, p, float(v))
    for m, v in zip("gnpd", tot):
        rec(C, "gdp", "shift_share." + m, p, float(v))

# 2.7 HHI of the industry divisions (shares in % of their sum).
for y in YEARS:
    x = np.array([V(C, k, y) for k in ("industry.div.a", "industry.div.b", "industry.div.c")])
    h = float(np.sum((x / x.sum() * 100) ** 2))
    rec(C, "industry.above_scale", "hhi", y, h)
    rec(C, "industry.above_scale", "hhi_band", y, 1 if h < 1500 else 2 if h <= 2500 else 3)

# 2.8 population.
for y in YEARS:
    g = [V(C, k, y) for k in ("pop.age0_14", "pop.age15_64", "pop.age65p")]
    for k, v in zip(("pop.age0_14", "pop.age15_64", "pop.age65p"), g):
        rec(C, k, "share", y, v / sum(g) * 100)
    s65 = g[2] / sum(g) * 100
    rec(C, "pop.age65p", "ageing_stage", y, 0 if s65 < 7 else 1 if s65 < 14 else 2 if s65 < 20 else 3)
    rec(C, "dep.child", "derived", y, g[0] / g[1] * 100)
    rec(C, "dep.old", "derived", y, g[2] / g[1] * 100)
    rec(C, "dep.old", "derived_gap", y, g[2] / g[1] * 100 - V(C, "dep.old", y))
    rec(C, "dep.total", "derived", y, (g[0] + g[2]) / g[1] * 100)
    rec(C, "pop.sex_ratio", "derived", y, V(C, "pop.male", y) / V(C, "pop.female", y) * 100)
    u = V(C, "pop.urban", y) / V(C, "pop.resident", y) * 100
    rec(C, "urbanization", "derived", y, u)
    rec(C, "urbanization", "derived_gap", y, u - V(C, "urbanization", y))
    pub = V(C, "urbanization", y)
    rec(C, "urbanization", "urbanization_stage", y, 1 if pub < 30 else 2 if pub < 70 else 3)
    rec(C, "pop.resident", "net_migration", y, V(C, "pop.resident", y) - V(C, "pop.registered", y))
    bd = V(C, "births", y) - V(C, "deaths", y)
    rec(C, "pop.resident", "natural_increase", y, bd)
    P = V(C, "pop.resident", y)
    avg = (V(C, "pop.resident", y - 1) + P) / 2 if y > YEARS[0] else P
    rec(C, "birth_rate", "derived", y, V(C, "births", y) / (avg * 1e4) * 1000)
    rec(C, "death_rate", "derived", y, V(C, "deaths", y) / (avg * 1e4) * 1000)
    rec(C, "natural_growth_rate", "derived", y, bd / (avg * 1e4) * 1000)
    if y > YEARS[0]:
        rec(C, "pop.resident", "mechanical_growth", y, (P - V(C, "pop.resident", y - 1)) - bd / 1e4)
    else:
        rec(C, "pop.resident", "mechanical_growth", y, "M")

# 2.9 resources: intensities at 2020 prices, their plan changes, elasticity, Tapio.
def real_gdp(y):
    return V(C, "gdp", BASE) * chain(C, "gdp", BASE, y)


INTENSITY = [("energy.intensity", "energy.total", 1e4 / 1e4),   # 万tce/亿元 -> tce/万元
             ("water.per_gdp", "water.total", 1e8 / 1e4),        # 亿m3/亿元 -> m3/万元
             ("co2.intensity", "co2", 1e4 / 1e4)]                # 万t/亿元 -> t/万元
for code, num, f in INTENSITY:
    for y in YEARS:
        rec(C, code, "derived", y, V(C, num, y) * f / real_gdp(y))
    for name, first, last in PLANS:
        b, e, n = first - 1, last, last - first + 1
        ratio = (V(C, num, e) / real_gdp(e)) / (V(C, num, b) / real_gdp(b))
        rec(C, code, "derived.cum_change", "%d-%d" % (first, last), (ratio - 1) * 100)
        rec(C, code, "derived.annual_change", "%d-%d" % (first, last), (ratio ** (1 / n) - 1) * 100)


def tapio(dx, dy):
    e = dx / dy
    if dy > 0:
        return e, 1 if e < 0 else 2 if e < 0.8 else 3 if e <= 1.2 else 4
    return e, 5 if e < 0 else 6 if e < 0.8 else 7 if e <= 1.2 else 8


for code in ("energy.total", "water.total", "co2"):
    for y in YEARS[1:]:
        dx = V(C, code, y) / V(C, code, y - 1) - 1
        dy = V(C, "gdp.index", y) / 100 - 1
        e, s = tapio(dx, dy)
        rec(C, code, "tapio_e", y, e)
        rec(C, code, "tapio_state", y, s)
        if code == "energy.total":
            rec(C, code, "elasticity", y, dx / dy)
    for name, first, last in PLANS:
        b, e_, n = first - 1, last, last - first + 1
        p = "%d-%d" % (first, last)
        rx = V(C, code, e_) / V(C, code, b)
        ry = chain(C, "gdp", b, e_)
        e, s = tapio(rx - 1, ry - 1)
        rec(C, code, "tapio_e", p, e)
        rec(C, code, "tapio_state", p, s)
        if code == "energy.total":
            rec(C, code, "elasticity", p, (rx ** (1 / n) - 1) / (ry ** (1 / n) - 1))

for y in YEARS:
    P = V(C, "pop.resident", y) * 1e4          # persons
    rec(C, "gdp", "per_km2_construction", y, V(C, "gdp", y) / V(C, "land.construction", y))
    rec(C, "land.arable", "per_capita", y, V(C, "land.arable", y) * 15 / P)
    # 2.x public services.
    b = V(C, "health.beds", y) / P * 1000
    rec(C, "health.beds_per_1000", "derived", y, b)
    rec(C, "health.beds_per_1000", "derived_gap", y, b - V(C, "health.beds_per_1000", y))
    rec(C, "health.doctors_per_1000", "derived", y, V(C, "health.doctors", y) / P * 1000)
    rec(C, "edu.students", "per_teacher", y, V(C, "edu.students", y) / V(C, "edu.teachers", y))
    rec(C, "fiscal.revenue", "self_sufficiency", y,
        V(C, "fiscal.revenue", y) / V(C, "fiscal.expenditure", y) * 100)
    for k in ("fiscal.revenue", "fiscal.expenditure", "retail", "fai", "rd.expenditure"):
        rec(C, k, "per_capita", y, V(C, k, y) * 1e8 / P)            # 元/人
    rec(C, "energy.total", "per_capita", y, V(C, "energy.total", y) * 1e4 / P)  # tce/人
    rec(C, "water.total", "per_capita", y, V(C, "water.total", y) * 1e8 / P)    # m3/人
    rec(C, "co2.per_capita", "derived", y, V(C, "co2", y) * 1e4 / P)            # t/人
    avg = (V(C, "pop.resident", y - 1) * 1e4 + P) / 2 if y > YEARS[0] else P
    gpc = V(C, "gdp", y) * 1e8 / avg
    rec(C, "gdp.per_capita", "derived", y, gpc)
    if y > YEARS[0]:
        rec(C, "gdp.per_capita", "derived_gap", y, gpc - V(C, "gdp.per_capita", y))

with open(os.path.join(HERE, "structure_reference.out"), "w") as f:
    f.write("# written by tests/ref/structure_reference.py; do not edit\n")
    for k in sorted(out):
        v = out[k]
        f.write(",".join(k) + "," + (v if isinstance(v, str) else repr(float(v))) + "\n")
print(len(out), "reference values")
