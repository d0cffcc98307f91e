# no-sanitizers: this tests the Makefile's per-region rules, not the programs.
# make -j2 reports in a copy of the project: one report per region of
# config/report-regions.csv (示例县 and its five peer counties), from one
# ingest/clean/structure/compare/trend; the template's own region fails on
# a missing figure (missing=stop) and has none, the peer counties (their
# sample tables are only the city's cross-county ones) are written with the
# gaps marked 【缺：why】 and listed in gaps.txt; a second make -q reports
# is up to date; a region table naming an alias is refused at once with
# FILE:LINE.
set -u
. "$ROOT/tests/e2e/ops-common.bash"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
bad() { echo "FAIL: $*"; fail=1; }
p=$tmp/p
ops_copy "$p" || exit 1
cd "$p" || exit 1

regions="示例县 东岭县 西川县 南湖县 北原县 清河县"
cat >config/report-regions.csv <<'EOF'
region,missing,note
示例县,stop,the template's region
东岭县,mark,peer
西川县,mark,peer
南湖县,mark,peer
北原县,mark,peer
清河县,mark,peer
EOF

if ! make -j2 reports >"$tmp/log" 2>&1; then
	bad "make -j2 reports failed:"; tail -n 20 "$tmp/log"; exit 1
fi
# Each shared stage ran once.
for s in yp-ingest yp-clean yp-structure yp-compare yp-trend; do
	n=$(grep -cE "(^|/)$s " "$tmp/log")
	[ "$n" -eq 1 ] || bad "$s ran $n times, expected once for all regions"
done
for r in $regions; do
	d=out/regions/$r
	for f in report.html report.md charts/index.csv; do
		[ -s "$d/$f" ] || bad "$r: no $d/$f"
	done
	# the report is about r: the template's title is "{region}“十五五”…"
	grep -q "<title>$r" "$d/report.html" || grep -q "^# $r" "$d/report.md" ||
		bad "$r: the report's title does not name $r"
	# charts drawn for r, not for the template's region
	n=$(grep -c '' "$d/charts/index.csv")
	[ "$n" -gt 1 ] || bad "$r: empty charts/index.csv"
	if [ "$r" = 示例县 ]; then
		! grep -q '【缺' "$d/report.md" || bad "示例县: gaps in the template's own region's report"
		[ ! -e "$d/gaps.txt" ] || bad "示例县: a gaps.txt though missing=stop"
	else
		g=$(grep -o '【缺' "$d/report.md" | wc -l)
		[ "$g" -gt 0 ] || bad "$r: no gap marked although the sample lacks its county tables"
		# gaps.txt: yp-report's warnings, the last one its count
		tail -n 1 "$d/gaps.txt" | grep -q "^yp-report: $g gaps marked" ||
			bad "$r: gaps.txt does not end with the count $g: $(tail -n 1 "$d/gaps.txt")"
		grep -q "^$r: $g gaps marked" "$tmp/log" || bad "$r: no summary line on the terminal"
		# a peer county's own figures are there: its GDP (the city's table)
		grep -q "$r" "$d/report.md" || bad "$r: its name is nowhere in its report"
	fi
done
[ -z "$(find out -name '*.tmp' -o -name '*.old')" ] || bad "temporaries left"
make -q reports || bad "make -q reports: out of date right after make reports"

# The template changed: every region's report is rewritten, nothing else.
touch config/report.md
make -j2 reports >"$tmp/log2" 2>&1 || bad "make reports after touching report.md failed"
[ "$(ops_stage_ran "$tmp/log2")" = "yp-report " ] || bad "touch report.md: ran $(ops_stage_ran "$tmp/log2")"
[ "$(grep -cE '(^|/)yp-report ' "$tmp/log2")" -eq 6 ] || bad "touch report.md: not six reports"

# A region table naming an alias: refused before anything runs.
printf 'region,missing\n东岭,mark\n' >"$tmp/bad.csv"
if make reports REPORT_REGIONS_TABLE="$tmp/bad.csv" >"$tmp/log3" 2>&1; then
	bad "a region table with an alias was accepted"
fi
grep -q "report-regions: $tmp/bad.csv:2: \"东岭\" is an alias; write the canonical name \"东岭县\"" "$tmp/log3" ||
	bad "no FILE:LINE message for the alias: $(head -n 2 "$tmp/log3")"

# A stop region lacking a figure fails the run, naming the template line.
printf 'region,missing\n东岭县,stop\n' >"$tmp/stop.csv"
if make reports REPORT_REGIONS_TABLE="$tmp/stop.csv" >"$tmp/log4" 2>&1; then
	bad "东岭县 with missing=stop succeeded although its figures are missing"
fi
grep -qE '^yp-report: config/report.md:[0-9]+: ' "$tmp/log4" ||
	bad "missing=stop: no message naming the template line: $(grep yp-report "$tmp/log4" | head -n 1)"

[ $fail -eq 0 ] && echo ok
exit $fail
