# Expected output of tests/stages/trend/growth-by-hand, computed here from
# the formulas of docs/METHODS.md (not from yp-trend):
#   yoy = (x_t/x_{t-1} - 1)*100; cagr = ((x_end/x_base)^(1/5) - 1)*100 with
#   the base the previous plan's last year; cum_change = (x_end/x_base -
#   1)*100; yoy_real = I_t - 100; cagr_real = ((prod I/100)^(1/5) - 1)*100;
#   pp_change = x_t - x_{t-1} (rates); status the weakest input (P > A).
# Run: python3 tests/ref/trend_growth_case.py > tests/stages/trend/growth-by-hand/out.csv
import csv, io, math, sys

def num(v):
    if v is None:
        return ""
    if v == int(v) and abs(v) < 1e15:
        return str(int(v))
    return repr(v)

rows = []
def rec(region, ind, measure, period, value, unit, status, source, note):
    rows.append([region, ind, measure, period, num(value), unit, status, source, note])

# 乙县: gdp 95.5 (2020, A), 2021 missing (M), 2025 120.3 (P); no records 2022-2024
R = "乙县"
miss = {2021: 2021, 2022: 2021, 2023: 2022, 2024: 2023, 2025: 2024}
for t, gone in miss.items():
    rec(R, "gdp", "yoy", str(t), None, "%", "M", "yoy(%d,%d)" % (t - 1, t),
        "not computable: no %d value" % gone)
c = (math.pow(120.3 / 95.5, 1 / 5) - 1) * 100
rec(R, "gdp", "cagr", "2021-2025", c, "%", "P", "cagr(2020,2025)", "十四五 nominal (current prices), n = 5")
rec(R, "gdp", "cum_change", "2021-2025", (120.3 / 95.5 - 1) * 100, "%", "P", "change(2020,2025)", "十四五 〔累计〕 nominal")

# 甲县: gdp 2019-2025 with gdp.index 2021-2025; urbanization 2019-2025
R = "甲县"
g = {2019: 180, 2020: 185, 2021: 200, 2022: 210, 2023: 226, 2024: 238, 2025: 250}
ix = {2021: 106, 2022: 107, 2023: 108, 2024: 105, 2025: 104}
for t in range(2020, 2026):
    rec(R, "gdp", "yoy", str(t), (g[t] / g[t - 1] - 1) * 100, "%", "A", "yoy(%d,%d)" % (t - 1, t), "nominal (current prices)")
rec(R, "gdp", "cagr", "2016-2020", None, "%", "M", "cagr(2015,2020)", "not computable: no 2015 value")
rec(R, "gdp", "cum_change", "2016-2020", None, "%", "M", "change(2015,2020)", "not computable: no 2015 value")
rec(R, "gdp", "cagr", "2021-2025", (math.pow(250 / 185, 1 / 5) - 1) * 100, "%", "A", "cagr(2020,2025)", "十四五 nominal (current prices), n = 5")
rec(R, "gdp", "cum_change", "2021-2025", (250 / 185 - 1) * 100, "%", "A", "change(2020,2025)", "十四五 〔累计〕 nominal")
logsum = sum(math.log(ix[t] / 100) for t in range(2021, 2026))
rec(R, "gdp", "cagr_real", "2021-2025", (math.exp(logsum / 5) - 1) * 100, "%", "A", "chain(gdp.index,2021-2025)", "十四五 real, chained gdp.index, n = 5")
prod = 1.0
for t in range(2021, 2026):
    prod *= ix[t] / 100
rec(R, "gdp", "cum_change_real", "2021-2025", (prod - 1) * 100, "%", "A", "chain(gdp.index,2021-2025)", "十四五 〔累计〕 real")
for t in range(2021, 2026):
    rec(R, "gdp", "yoy_real", str(t), ix[t] - 100, "%", "A", "gdp.index@%d" % t, "real (comparable prices), from gdp.index")
u = {2019: 50.1, 2020: 51.3, 2021: 52.2, 2022: 53.4, 2023: 54.1, 2024: 55.0, 2025: 56.2}
for t in range(2020, 2026):
    rec(R, "urbanization", "pp_change", str(t), u[t] - u[t - 1], "百分点", "A", "change(%d,%d)" % (t - 1, t), "")
rec(R, "urbanization", "pp_change", "2016-2020", None, "百分点", "M", "change(2015,2020)", "not computable: no 2015 value")
rec(R, "urbanization", "pp_change", "2021-2025", u[2025] - u[2020], "百分点", "A", "change(2020,2025)", "十四五")

rows.sort(key=lambda r: (r[0].encode(), r[1].encode(), r[2].encode(), r[3].encode()))
out = io.StringIO()
w = csv.writer(out, lineterminator="\n")
w.writerow("region,indicator,measure,period,value,unit,status,source,note".split(","))
w.writerows(rows)
sys.stdout.write(out.getvalue())
