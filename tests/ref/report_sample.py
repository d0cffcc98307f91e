#!/usr/bin/env python3
"""Figures of the sample county's report (示例县), computed straight from the
raw tables in data/raw/ with the Python standard library, independently of
the pipeline: no yanpan program is run, no pipeline output is read.

Each figure is printed as the exact Chinese text the report must contain
(the conventions of docs/METHODS.md: growth at comparable prices
from the 上年=100 indices, rounding half away from zero on the decimal
form), one per line, after a comment saying how it was computed.
tests/e2e/report-sample.sh embeds these lines; rerun this script when
data/raw changes:

    python3 tests/ref/report_sample.py > tests/ref/report_sample.out
"""
import csv
import io
import os
import sys
from decimal import Decimal, ROUND_HALF_UP

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
RAW = os.path.join(ROOT, "data", "raw")


def read(name):
    """Rows of a raw table (UTF-8 with or without BOM, else GB18030)."""
    data = open(os.path.join(RAW, name), "rb").read()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("gb18030")
    rows = []
    for row in csv.reader(io.StringIO(text)):
        rows.append([c.strip().strip("\t").strip() for c in row])
    return rows


def number(cell):
    """A yearbook cell: footnote marks ① * dropped."""
    return float(cell.rstrip("①②③*"))


def years_across(name, label):
    """{year: value} of the row whose label starts with label, in a table
    with the years as columns ("2025年" headers)."""
    rows = read(name)
    head = next(r for r in rows if r and r[0] in ("指标", "项目"))
    years = [int(c.rstrip("年")) if c.rstrip("年").isdigit() else None
             for c in head]
    for r in rows:
        if r and r[0].replace(" ", "").startswith(label):
            return {y: number(v) for y, v in zip(years, r) if y and v
                    and v not in ("—", "…")}
    raise KeyError(label)


def years_down(name, label):
    """{year: value} of the column whose header starts with label, in a table
    with the years as rows (年份 first)."""
    rows = read(name)
    head = next(r for r in rows if r and r[0] == "年份")
    col = next(i for i, c in enumerate(head) if c.startswith(label))
    return {int(r[0]): number(r[col]) for r in rows
            if r and r[0].isdigit() and r[col] not in ("", "—", "…")}


def rnd(x, d):
    """四舍五入 of the shortest decimal form, as the report rounds."""
    q = Decimal(1).scaleb(-d)
    v = Decimal(repr(x)).quantize(q, rounding=ROUND_HALF_UP)
    s = format(v, "f")
    return s[1:] if s.startswith("-") and Decimal(s) == 0 else s


def say(comment, text):
    print("# " + comment)
    print(text)


DB = "示例县_年度数据_2026.csv"     # edition 2026: wins over the 2024 yearbook
gdp = years_across(DB, "地区生产总值(")
index = years_across(DB, "地区生产总值指数")
sector = [years_across(DB, n) for n in ("第一产业增加值(", "第二产业增加值(",
                                         "第三产业增加值(")]
sector_index = [years_across(DB, n) for n in (
    "第一产业增加值指数", "第二产业增加值指数", "第三产业增加值指数")]

say("GDP 2025 in 亿元, two decimals",
    "地区生产总值%s亿元" % rnd(gdp[2025], 2))
say("real growth 2025 = index 2025 - 100",
    "按可比价格计算，比上年增长%s%%" % rnd(index[2025] - 100, 1))


def chained(first, last):
    p = 1.0
    for y in range(first, last + 1):
        p *= index[y] / 100
    return (p ** (1 / (last - first + 1)) - 1) * 100


g14, g13 = chained(2021, 2025), chained(2016, 2020)
say("十四五 real average growth: (prod of gdp.index 2021..2025 / 100)^(1/5) - 1"
    " = %.6f %%" % g14,
    "“十四五”时期按可比价格计算年均增长%s%%" % rnd(g14, 1))
d = Decimal(rnd(g14, 1)) - Decimal(rnd(g13, 1))
say("十三五 %.6f %%; the difference of the printed rates" % g13,
    "增速比“十三五”时期%s%s个百分点" % ("回落" if d < 0 else "加快",
                                   format(abs(d), "f")))


def shares(y):
    return [rnd(s[y] / gdp[y] * 100, 1) for s in sector]


say("three-sector shares: sector / GDP * 100 (2020 revised, edition 2026)",
    "三次产业结构由%s调整为%s" % (":".join(shares(2020)), ":".join(shares(2025))))

# contribution and pull of the tertiary sector in 2025 (docs/methods/
# structure.md): dX = X(t-1) * (I(t)/100 - 1); contribution = dX3 / dGDP,
# dGDP = GDP(t-1) * (I_gdp(t)/100 - 1); pull = dX3 / GDP(t-1) * 100
d3 = sector[2][2024] * (sector_index[2][2025] / 100 - 1)
dgdp = gdp[2024] * (index[2025] / 100 - 1)
say("tertiary 2025: dX3 = %.6f, dGDP = %.6f" % (d3, dgdp),
    "第三产业拉动GDP增长%s个百分点，贡献率为%s%%" % (
        rnd(d3 / gdp[2024] * 100, 1), rnd(d3 / dgdp * 100, 1)))

POP = "示例县_人口.csv"
age = [years_down(POP, n) for n in ("0-14岁", "15-64岁", "65岁及以上")]
s65 = age[2][2025] / sum(a[2025] for a in age) * 100
say("65+ share 2025 = 65+ / (0-14 + 15-64 + 65+) = %.6f %%, 14 <= s < 20" % s65,
    "65岁及以上人口占常住人口的%s%%，已进入深度老龄化社会" % rnd(s65, 1))
urb = years_down(POP, "常住人口城镇化率")
say("urbanization 2025 as published; 30 <= u < 70",
    "常住人口城镇化率为%s%%，处于城镇化加速阶段" % rnd(urb[2025], 1))
res, reg = years_down(POP, "年末常住人口"), years_down(POP, "年末户籍人口")
say("resident - registered 2025",
    "常住人口比户籍人口少%s万人，人口净流出" % rnd(reg[2025] - res[2025], 2))
say("resident 2025 - 2020",
    "比2020年末减少%s万人" % rnd(res[2020] - res[2025], 2))

# energy per 10 000 yuan of GDP at 2020 prices: energy / real GDP, real GDP
# chained from 2020 with gdp.index; cumulative change over 十四五
EN = "示例县_能源与碳排放.csv"
energy = years_across(EN, "能源消费总量")
real2025 = gdp[2020]
for y in range(2021, 2026):
    real2025 *= index[y] / 100
cum = ((energy[2025] / real2025) / (energy[2020] / gdp[2020]) - 1) * 100
say("energy intensity 十四五: (E25 / realGDP25) / (E20 / GDP20) - 1 = %.6f %%"
    % cum,
    "“十四五”时期累计下降%s%%" % rnd(-cum, 1))

# 十四五 binding targets of config/targets.csv, judged by hand from the raw
# tables: level and min: actual >= target; max: actual <= target;
# cumulative: change <= target (a fall at least as large).
LAND = "示例县_土地与森林.csv"
MU = 1 / 15     # 1 亩 = 1/15 公顷
actual = {
    "edu.years_schooling": (years_across("示例县_教育.csv", "劳动年龄人口平均受教育年限")[2025], "level", 10.3),
    "energy.intensity": (cum, "cumulative", -14.5),
    "co2.intensity": (((years_across(EN, "二氧化碳排放量")[2025] / real2025) /
                       (years_across(EN, "二氧化碳排放量")[2020] / gdp[2020]) - 1) * 100,
                      "cumulative", -18),
    "water.per_gdp": None,      # below, from 示例县_用水.csv
    "pm25": (years_across("示例县_生态环境.csv", "PM2.5年均浓度")[2025], "max", 35),
    "air.good_days": (years_across("示例县_生态环境.csv", "空气质量优良天数比率")[2025], "min", 85),
    "water.surface_good": (years_across("示例县_生态环境.csv", "地表水达到或好于")[2025], "level", 80),
    "forest.coverage": (years_down(LAND, "森林覆盖率")[2025], "level", 45.5),
    "agri.grain_output": (years_across("示例县_农业.csv", "粮食产量")[2025], "min", 28),
    "land.basic_farmland": (years_down(LAND, "永久基本农田保护面积")[2025] * MU, "min", 37400),
    "land.arable": (years_down(LAND, "耕地面积")[2025] * MU, "min", 40500),
}
water = None
for row in read("示例县_用水.csv"):
    if row and row[0].startswith("用水总量"):
        water = row
head = next(r for r in read("示例县_用水.csv") if r and r[0] in ("指标", "年份"))
if head[0] == "指标":
    w = {int(h.rstrip("年")): number(v) for h, v in zip(head[1:], water[1:]) if v}
else:
    w = years_down("示例县_用水.csv", "用水总量")
wcum = ((w[2025] / real2025) / (w[2020] / gdp[2020]) - 1) * 100
actual["water.per_gdp"] = (wcum, "cumulative", -16)
done = []
for code, (v, kind, target) in actual.items():
    ok = v >= target if kind in ("level", "min") else v <= target
    done.append(ok)
    print("#   %s %s %.4f against %s: %s" % (code, kind, v, target,
                                            "achieved" if ok else "not"))
say("十四五 binding targets: %d, achieved %d" % (len(done), sum(done)),
    "约束性指标%d项，完成%d项" % (len(done), sum(done)))
