#!/usr/bin/env python3
"""Write records.csv, the fixed input of the yp-plot golden tests.

Every value is chosen by hand (a small made-up county, 示例县, and its
peers) so that what the charts must show can be checked by reading:
the stacks, shares, growth rates and means are worked out in the
comments of tests/e2e/plot-golden.sh and docs/METHODS.md.
Run: python3 make-records.py > records.csv
"""
import csv
import sys

R = "示例县"
rows = []


def rec(region, ind, measure, period, value, unit, status="A",
        source="data/raw/国民经济.csv:1@2025", note=""):
    v = "" if value is None else repr(float(value)).rstrip("0").rstrip(".")
    if value is None:
        status = "M"
    rows.append([region, ind, measure, str(period), v, unit, status, source,
                 note])


years = list(range(2016, 2026))
gdp = [180.0, 195.2, 211.4, 228.9, 236.5, 258.3, 270.1, 288.6, 305.2, 322.8]
idx = [107.8, 107.5, 107.2, 106.9, 102.6, 108.4, 104.1, 105.9, 105.3, 105.0]
share1 = [14.0, 13.4, 12.8, 12.1, 11.9, 11.2, 10.8, 10.3, 9.9, 9.5]
share2 = [45.0, 44.5, 43.6, 42.4, 41.8, 41.0, 40.2, 39.6, 39.0, 38.5]
for i, y in enumerate(years):
    line = 3 + i
    src = "data/raw/国民经济.csv:%d@2025" % line
    rec(R, "gdp", "value", y, gdp[i], "亿元", source=src)
    rec(R, "gdp.index", "value", y, idx[i], "上年=100", source=src)
    p = round(gdp[i] * share1[i] / 100, 1)
    s = round(gdp[i] * share2[i] / 100, 1)
    rec(R, "gdp.primary", "value", y, p, "亿元", source=src)
    rec(R, "gdp.secondary", "value", y, s, "亿元", source=src)
    rec(R, "gdp.tertiary", "value", y, round(gdp[i] - p - s, 1), "亿元",
        source=src)

# yp-structure's pulls (pp) and real GDP growth, 十四五; 2025's primary
# sector drags.  The pulls add up to the growth in every year.
pulls = {2021: (0.6, 3.9, 3.9), 2022: (0.5, 1.8, 1.8), 2023: (0.4, 2.2, 3.3),
         2024: (0.5, 1.6, 3.2), 2025: (-0.2, 1.9, 3.3)}
for y, (a, b, c) in sorted(pulls.items()):
    for ind, v in (("gdp.primary", a), ("gdp.secondary", b),
                   ("gdp.tertiary", c)):
        rec(R, ind, "pull", y, v, "pp", source="contribution(%s.index)" % ind)
    rec(R, "gdp", "real_growth", y, round(a + b + c, 1), "%",
        source="gdp.index")

# yp-trend's projection of GDP to 2030 with its bands, and two targets.
fc = {2026: (340.0, 332.0, 348.0, 327.5, 352.5),
      2027: (357.6, 345.0, 370.2, 338.4, 376.8),
      2028: (375.8, 358.0, 393.6, 348.6, 403.0),
      2029: (394.5, 371.0, 418.0, 358.5, 430.5),
      2030: (413.7, 384.0, 443.4, 368.2, 459.2)}
for y, (f, lo80, hi80, lo95, hi95) in sorted(fc.items()):
    src = "holt_damped(2011-2025)"
    rec(R, "gdp", "forecast", y, f, "亿元", "F", src, "holt_damped")
    rec(R, "gdp", "forecast.hi80", y, hi80, "亿元", "F", src)
    rec(R, "gdp", "forecast.hi95", y, hi95, "亿元", "F", src)
    rec(R, "gdp", "forecast.lo80", y, lo80, "亿元", "F", src)
    rec(R, "gdp", "forecast.lo95", y, lo95, "亿元", "F", src)
rec(R, "gdp", "target", "2021-2025", 320, "亿元", source="config/targets.csv:2",
    note="十四五, 预期性, level, 地区生产总值")
rec(R, "gdp", "target", "2026-2030", 430, "亿元", source="config/targets.csv:3",
    note="十五五, 预期性, level, 地区生产总值")

# Population: age groups 2016-2025 (万人); 65+ passes 14 % in 2021.
young = [9.8, 9.7, 9.5, 9.3, 9.1, 8.9, 8.7, 8.5, 8.3, 8.1]
work = [37.0, 36.8, 36.5, 36.2, 35.9, 35.5, 35.2, 34.8, 34.5, 34.1]
old = [5.6, 5.8, 6.1, 6.4, 6.9, 7.4, 7.8, 8.2, 8.6, 9.0]
for i, y in enumerate(years):
    src = "data/raw/人口.csv:%d@2025" % (4 + i)
    rec(R, "pop.age0_14", "value", y, young[i], "万人", source=src)
    rec(R, "pop.age15_64", "value", y, work[i], "万人", source=src)
    rec(R, "pop.age65p", "value", y, old[i], "万人", source=src)

# The 2020 census pyramid (persons), five-year groups by sex.
men = [10200, 11800, 12300, 11200, 9800, 12400, 14100, 13800, 15600, 17900,
       18200, 16400, 14100, 11300, 7600, 4900, 2800, 1600]
women = [9300, 10800, 11300, 10500, 9400, 12000, 13800, 13600, 15400, 17800,
         18300, 16700, 14600, 12100, 8500, 5900, 3700, 2600]
groups = ["00_04", "05_09", "10_14", "15_19", "20_24", "25_29", "30_34",
          "35_39", "40_44", "45_49", "50_54", "55_59", "60_64", "65_69",
          "70_74", "75_79", "80_84", "85p"]
for i, g in enumerate(groups):
    src = "data/raw/七普.csv:%d@2020" % (5 + i)
    rec(R, "pop.age5.m." + g, "value", 2020, men[i], "人", source=src)
    rec(R, "pop.age5.f." + g, "value", 2020, women[i], "人", source=src)

# Peers: per-capita GDP 2024 (元); the parent 示例市.  2023 for 示例县 only.
peers = {"示例县": 58000, "东岭县": 52000, "西川县": 61000, "南湖县": 47000,
         "北原县": 66000, "清河县": 50000, "示例市": 72000}
for r, v in peers.items():
    rec(r, "gdp.per_capita", "value", 2024, v, "元",
        source="data/raw/对标.csv:%d@2024" % (3 + list(peers).index(r)))
rec(R, "gdp.per_capita", "value", 2023, 55000, "元",
    source="data/raw/国民经济.csv:20@2025")

# Energy (万吨标准煤), 2015-2025, for the Tapio chart.
energy = [100.0, 103.0, 105.5, 106.0, 105.0, 104.0, 110.0, 115.0, 117.0,
          118.2, 119.0]
for i, y in enumerate(range(2015, 2026)):
    rec(R, "energy.total", "value", y, energy[i], "万吨标准煤",
        source="data/raw/能源.csv:%d" % (3 + i))

# yp-trend's target records: 十四五 completion and 十五五 feasibility.
t14 = [  # indicator, attribute, target, unit, type, completion, achieved
    ("gdp", "预期性", None, "", "", 1.0335, 1),
    ("urbanization", "预期性", 60, "%", "level", 0.85, 0),
    ("energy.intensity", "约束性", -13.5, "%", "cumulative", 1.12, 1),
    ("air.good_days", "约束性", 85, "%", "lower bound", None, 1),
    ("income.all", "预期性", 7, "%", "rate", 0.96, 0),
]
for ind, attr, tv, tu, ttype, comp, ach in t14:
    src = "config/targets.csv"
    if tv is not None:  # GDP's target is written above
        rec(R, ind, "target", "2021-2025", tv, tu, source=src,
            note="十四五, %s, %s" % (attr, ttype))
    rec(R, ind, "achieved", "2021-2025", ach, "", source=src)
    if comp is None:  # a bound: the 2025 actual beside the target
        rec(R, ind, "actual", "2021-2025", 87.2, tu, source=src)
    rec(R, ind, "completion", "2021-2025", comp, "ratio", source=src,
        note="" if comp is not None else "not computable: bound target")
t15 = [  # indicator, attribute, target, its unit and type, rate unit,
    # required, 十四五, 十三五 rates, verdict
    ("gdp", "预期性", None, "", "", "%", 5.9, 6.4, 7.5, 2, "需加力"),
    ("urbanization", "预期性", 66, "%", "level", "百分点", 1.2, 1.0, 1.3, 2,
     "需加力"),
    ("energy.intensity", "约束性", -12, "%", "cumulative", "%", -2.5, -2.9,
     -3.4, 1, "符合趋势"),
    ("income.all", "预期性", 7.5, "%", "rate", "%", 7.5, 5.4, 6.0, 3,
     "难度较大"),
]
for ind, attr, tv, tu, ttype, unit, req, h14, h13, v, label in t15:
    src = "config/targets.csv"
    if tv is not None:
        rec(R, ind, "target", "2026-2030", tv, tu, source=src,
            note="十五五, %s, %s" % (attr, ttype))
    rec(R, ind, "required_rate", "2026-2030", req, unit, source=src)
    rec(R, ind, "hist_rate.14", "2026-2030", h14, unit, source=src)
    rec(R, ind, "hist_rate.13", "2026-2030", h13, unit, source=src)
    rec(R, ind, "verdict", "2026-2030", v, "code", source=src, note=label)

rows.sort(key=lambda r: (r[0], r[1], r[2], r[3]))
w = csv.writer(sys.stdout, lineterminator="\n")
w.writerow("region,indicator,measure,period,value,unit,status,source,note"
           .split(","))
w.writerows(rows)
