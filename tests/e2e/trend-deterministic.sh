#!/usr/bin/env bash
# yp-trend's output does not depend on the number of worker threads, and
# --sort on a shuffled input gives the same bytes as the sorted input.
# 40 generated regions x 3 projected series (GDP with its index,
# population, urbanization), 2000-2025, so the work spreads over workers.
set -u
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
awk 'BEGIN {
	print "region,indicator,measure,period,value,unit,status,source,note"
	srand(7)
	for (r = 1; r <= 40; r++) {
		reg = sprintf("测试县%02d", r)
		g = 50 + r; p = 30 + r / 2; u = 20 + r / 3
		for (y = 2000; y <= 2025; y++) {
			i = 100 + 5 + 4 * rand()
			if (y > 2000) g = g * i / 100 * (1 + 0.02 * rand())
			p = p * (1 + 0.004 * (rand() - 0.6))
			u = u + 0.6 + 0.8 * rand()
			printf "%s,gdp,value,%d,%.2f,亿元,A,g.csv:%d,\n", reg, y, g, y
			if (y > 2000) printf "%s,gdp.index,value,%d,%.1f,上年=100,A,g.csv:%d,\n", reg, y, i, y
			printf "%s,pop.resident,value,%d,%.2f,万人,A,g.csv:%d,\n", reg, y, p, y
			printf "%s,urbanization,value,%d,%.2f,%%,A,g.csv:%d,\n", reg, y, u, y
		}
	}
}' > "$tmp/in.csv"
"$BIN/yp-trend" -j 1 "$tmp/in.csv" > "$tmp/j1.csv" || exit 1
"$BIN/yp-trend" -j 2 "$tmp/in.csv" > "$tmp/j2.csv" || exit 1
"$BIN/yp-trend" -j 7 "$tmp/in.csv" > "$tmp/j7.csv" || exit 1
cmp "$tmp/j1.csv" "$tmp/j2.csv" || { echo "FAIL: -j 1 and -j 2 differ"; exit 1; }
cmp "$tmp/j1.csv" "$tmp/j7.csv" || { echo "FAIL: -j 1 and -j 7 differ"; exit 1; }
# every projected series has its forecast (40 x (gdp, real gdp, pop, urb))
n=$(grep -c ',\(real\.\)\?forecast,2030,[0-9]' "$tmp/j1.csv")
[ "$n" -eq 160 ] || { echo "FAIL: $n forecasts for 2030, expected 160"; exit 1; }
# shuffled (deterministically) and --sort
{ head -n 1 "$tmp/in.csv"; tail -n +2 "$tmp/in.csv" | awk '{ print (NR * 7919) % 10007 "\t" $0 }' |
	sort -n | cut -f 2-; } > "$tmp/shuffled.csv"
"$BIN/yp-trend" -j 2 "$tmp/shuffled.csv" > /dev/null 2>&1 && { echo "FAIL: unsorted input accepted"; exit 1; }
"$BIN/yp-trend" -j 2 --sort "$tmp/shuffled.csv" > "$tmp/sorted.csv" || exit 1
cmp "$tmp/j1.csv" "$tmp/sorted.csv" || { echo "FAIL: --sort on shuffled input differs"; exit 1; }
# sorted output: region, indicator, measure, period in byte order
tail -n +2 "$tmp/j1.csv" | LC_ALL=C sort -c -t, -k1,1 -k2,2 -k3,3 -k4,4 ||
	{ echo "FAIL: output not sorted"; exit 1; }
echo "ok: identical for 1, 2 and 7 threads and for --sort"
