#!/usr/bin/env bash
# yp-trend on the sample county (data/raw through yp-ingest | yp-clean):
# growth figures recomputed here with awk from the cleaned records, the
# projections present and sane, and every target of config/targets.csv
# evaluated, binding and indicative counted apart.  Figures are read from
# the records (awk), not from yp-trend's output, so the test survives a
# regenerated sample.
set -u
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
bad() { echo "FAIL: $*"; fail=1; }
cd "$ROOT" || exit 1
ls data/raw/示例县_* > /dev/null 2>&1 || { echo "skip: no sample county in data/raw"; exit 77; }
"$ROOT/scripts/raw-files" data/raw "$BIN/yp-ingest" -c "$ROOT/config" > "$tmp/raw.csv" 2> /dev/null || exit 1
"$BIN/yp-clean" -c "$ROOT/config" --quality "$tmp/q.csv" "$tmp/raw.csv" > "$tmp/obs.csv" 2> /dev/null || exit 1
"$BIN/yp-trend" -c "$ROOT/config" -t "$tmp/targets.csv" "$tmp/obs.csv" > "$tmp/trend.csv" 2> "$tmp/err" ||
	{ cat "$tmp/err"; exit 1; }
[ -s "$tmp/err" ] && bad "yp-trend said: $(cat "$tmp/err")"

R=示例县
val() {	# file indicator measure period -> value
	awk -F, -v r="$R" -v i="$2" -v m="$3" -v p="$4" '$1 == r && $2 == i && $3 == m && $4 == p { print $5 }' "$1"
}
near() {	# got want what
	awk -v g="$1" -v w="$2" 'BEGIN { d = g - w; if (d < 0) d = -d; s = w < 0 ? -w : w; exit !(g != "" && d <= 1e-9 * (s > 1 ? s : 1)) }' ||
		bad "$3: got '$1', expected $2"
}

# Real GDP growth per plan from the cleaned gdp.index, chained by awk.
for end in 2005 2010 2015 2020 2025; do
	want=$(awk -F, -v r="$R" -v e="$end" '$1 == r && $2 == "gdp.index" && $3 == "value" &&
		$4 > e - 5 && $4 <= e { s += log($5 / 100); n++ }
		END { if (n == 5) printf "%.12f", (exp(s / 5) - 1) * 100 }' "$tmp/obs.csv")
	got=$(val "$tmp/trend.csv" gdp cagr_real "$((end - 4))-$end")
	near "$got" "$want" "GDP real CAGR $((end - 4))-$end"
	echo "GDP real CAGR $((end - 4))-$end: $got"
done
# Nominal 十四五 CAGR of GDP with n = 5.
want=$(awk -F, -v r="$R" '$1 == r && $2 == "gdp" && $3 == "value" { v[$4] = $5 }
	END { printf "%.12f", ((v[2025] / v[2020]) ^ (1 / 5) - 1) * 100 }' "$tmp/obs.csv")
near "$(val "$tmp/trend.csv" gdp cagr 2021-2025)" "$want" "GDP nominal CAGR 2021-2025"

# Projections to 2030 for GDP (nominal and real), population, urbanization.
for m in gdp:forecast gdp:real.forecast pop.resident:forecast urbanization:forecast; do
	i=${m%%:*} f=${m#*:}
	p=$(val "$tmp/trend.csv" "$i" "$f" 2030)
	lo=$(val "$tmp/trend.csv" "$i" "$f.lo95" 2030)
	hi=$(val "$tmp/trend.csv" "$i" "$f.hi95" 2030)
	model=$(awk -F, -v r="$R" -v i="$i" -v f="${f%forecast}model" '$1 == r && $2 == i && $3 == f { print $9 }' "$tmp/trend.csv")
	awk -v p="$p" -v l="$lo" -v h="$hi" 'BEGIN { exit !(p != "" && l > 0 && l < p && p < h) }' ||
		bad "$i $f 2030: $lo < $p < $hi does not hold"
	echo "$i $f 2030: $p [$lo, $hi] ($model)"
done
awk -v h="$(val "$tmp/trend.csv" urbanization forecast.hi95 2030)" 'BEGIN { exit !(h <= 100) }' ||
	bad "urbanization interval above 100"

# Every target evaluated; binding and indicative counted apart.
for plan in 十四五:2021-2025:achieved 十五五:2026-2030:verdict; do
	name=${plan%%:*} rest=${plan#*:} period=${rest%%:*} measure=${rest#*:}
	for attr in 约束性:binding 预期性:indicative; do
		n=$(awk -F, -v r="$R" -v p="$name" -v a="${attr%%:*}" '$1 == r && $3 == p && $13 == a' config/targets.csv | wc -l)
		got=$(val "$tmp/targets.csv" '*' "targets.${attr#*:}" "$period")
		[ "$got" = "$n" ] || bad "$name ${attr#*:} targets: $got, config has $n"
		done_n=$(awk -F, -v r="$R" -v m="$measure" -v p="$period" '$1 == r && $3 == m && $4 == p' "$tmp/targets.csv" | wc -l)
	done
	total=$(awk -F, -v r="$R" -v p="$name" '$1 == r && $3 == p' config/targets.csv | wc -l)
	[ "$done_n" -eq "$total" ] || bad "$name: $done_n $measure records for $total targets"
done
# The 十四五 GDP level target: achieved exactly when GDP 2025 reached it.
t=$(awk -F, -v r="$R" '$1 == r && $2 == "gdp" && $3 == "十四五" { print $11 }' config/targets.csv)
g=$(awk -F, -v r="$R" '$1 == r && $2 == "gdp" && $3 == "value" && $4 == 2025 { print $5 }' "$tmp/obs.csv")
want=$(awk -v g="$g" -v t="$t" 'BEGIN { print (g >= t) ? 1 : 0 }')
[ "$(val "$tmp/targets.csv" gdp achieved 2021-2025)" = "$want" ] || bad "gdp 十四五 achieved should be $want ($g vs $t)"
# the verdict of every 十五五 target is one of the configured codes
awk -F, -v r="$R" '$1 == r && $3 == "verdict" && $4 == "2026-2030" && $7 != "M" && ($5 < 1 || $5 > 3)' "$tmp/targets.csv" |
	grep -q . && bad "a verdict outside 1-3"
# reruns are byte-identical
"$BIN/yp-trend" -c "$ROOT/config" -t "$tmp/targets2.csv" "$tmp/obs.csv" > "$tmp/trend2.csv" 2> /dev/null
cmp -s "$tmp/trend.csv" "$tmp/trend2.csv" || bad "rerun differs (trend)"
cmp -s "$tmp/targets.csv" "$tmp/targets2.csv" || bad "rerun differs (targets)"
exit $fail
