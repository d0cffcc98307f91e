#!/usr/bin/env bash
# yp-plot --script-only writes, for every chart type, exactly the gnuplot
# script kept in tests/golden/plot/ (one chart per type on the fixed
# records of tests/golden/plot/records.csv, made by make-records.py).
# The goldens were checked by reading them, number by number; what they
# must show, worked out by hand:
#   gdp_growth.gp    bars 180 ... 322.8 on 0-600 (322.8/0.6 = 538, up to a
#                    200 step); growth = index - 100 (107.8 -> 7.8) on a
#                    right axis whose tics 2..10 (step 2 over 2.6..8.4) sit
#                    from 66 % to 94 % of the height: y2range
#                    [2 - 0.66*8/0.28, 2 + 0.34*8/0.28] = [-16.857, 11.714]
#   gdp_trend.gp     history 2016-2025 solid, 2026-2030 dashed from 322.8,
#                    bands 80/95 %, targets 320 (2025) and 430 (2030), the
#                    projection years on grey from 2025; the name of 320 goes
#                    below its diamond (the line is at 322.8, above it), of
#                    430 above (the projection is at 413.7); the key in one
#                    row, entries 28 px sample + 8 + text + 24: 地区生产总值
#                    96 px, 预测值 48, 规划目标 64, 80%预测区间 3 x 0.55 x 16
#                    + 64 = 90.4, so 664.8 px wide, from (800 - 664.8)/2 =
#                    67.6 px = screen 0.0845, at 52.5/500 = 0.105 high
#   industry.gp      shares of the three sectors' sum, e.g. 2016:
#                    25.2/180, 81/180, 73.8/180 = 14.0, 45.0, 41.0 %
#   pulls.gp         2025: primary -0.2 below zero, 1.9 and 3.3 stacked
#                    from 0 to 5.2; total 5.0 = -0.2 + 1.9 + 3.3, its value
#                    written at 5.2 + 0.05*12 = 5.8
#   age_structure.gp 65+ share 2016 = 5.6/(9.8+37+5.6) = 10.69 %, lines at
#                    7, 14, 20 % broken at the bars
#   pyramid.gp       2020: 61000 of 412300 persons are 65+, 14.8 %, deeply
#                    aged (>= 14 %); men 0-4 = 10200/412300 = 2.474 %; 18
#                    groups of 22 px: 250 + 22 x 18 = 646 px high (the PNG
#                    1292), the key at 52.5/646 = 0.0813
#   peers.gp         peer mean (52000+61000+47000+66000+50000)/5 = 55200,
#                    parent 示例市 72000; the mean line skips the bars of
#                    66000, 61000 and 58000
#   tapio_energy.gp  2019: GDP +6.9 %, energy 105/106 - 1 = -0.943 %:
#                    strong decoupling (1); 2022: +4.1 %, 115/110 - 1 =
#                    +4.545 %, e = 1.109: expansive coupling (3)
#   targets14.gp     binding first; completion 103.35 % (GDP, achieved),
#                    96 % and 85 % (not achieved); the bound target shows
#                    实际87.2，目标≥85.0
#   targets15.gp     required rate against the 十四五 and 十三五 rates, the
#                    verdicts 符合趋势 / 需加力 / 难度较大
# Every script: the SVG without the title (the report captions it), the PNG
# with it; pointscale 6/13.3 = 0.4511 for the SVG and 6 x 2/7 = 1.714 for
# the PNG (a point 6 SVG px across per unit of ps in both, docs/methods/
# plot.md); the colours Tol's #004488 #DDAA33 #BB5566 ...
# When a change to yp-plot changes a script on purpose, read the new one
# and copy it here: bin/yp-plot --script-only -c config -o DIR records.csv
# run in tests/golden/plot.
set -u
g=$ROOT/tests/golden/plot
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$g" || exit 1
if ! "$BIN/yp-plot" --script-only -c config -o "$tmp/out" records.csv 2>"$tmp/err"; then
	echo "yp-plot failed:"; cat "$tmp/err"; exit 1
fi
if [ -s "$tmp/err" ]; then
	echo "unexpected messages:"; cat "$tmp/err"; exit 1
fi
fail=0
for f in *.gp index.csv; do
	if ! diff -u "$f" "$tmp/out/$f"; then fail=1; fi
done
for f in "$tmp"/out/*; do
	n=$(basename "$f")
	[ -f "$n" ] || { echo "no golden for $n"; fail=1; }
done
# Nine chart types, each in a golden.
types=$(cut -d, -f2 index.csv | sed 1d | sort -u | tr '\n' ' ')
[ "$types" = "bar_line line peer pyramid stack stack100 tapio target14 target15 " ] ||
	{ echo "chart types covered: $types"; fail=1; }
exit $fail
