#!/usr/bin/env bash
# yp-structure and yp-compare on the fictional sample of data/raw/
# (示例县, its city 示例市 and five peer counties), each figure checked
# against an awk computation from the cleaned observations:
#  - pulls add up to GDP growth within 0.05 pp in every year and over
#    every plan period (the sample's GDP index is derived from the printed
#    sector indices and levels and rounded to 0.1, so it is off by at most
#    0.05: data/raw/README.md, largest 0.047 pp in 2005), leaving out years
#    whose previous-year sectors do not add up to GDP (the sample plants
#    one: 2008, so 2009's pulls) and the plans that hold them;
#  - the 2025 structure string, the ageing stage of 2025, the Tapio state
#    of energy over 十四五;
#  - yp-compare lists short boards 1, 2, 3, ... worst first;
#  - a second run gives byte-identical output.
# The pipeline over the whole sample is slow under ASan and
# the unit and stage tests cover the same code there.
set -u
: "${BIN:?}" "${ROOT:?}"
raw=$ROOT/data/raw
if ! ls "$raw"/示例县_*.csv >/dev/null 2>&1 || [ ! -x "$BIN/yp-clean" ]; then
	echo "skipped: the sample (data/raw/示例县_*.csv) or yp-clean is not here"
	exit 77
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$BIN/yp-ingest" "$raw"/*.csv 2>/dev/null | "$BIN/yp-clean" 2>/dev/null >"$tmp/obs.csv" ||
	{ echo "yp-ingest | yp-clean failed"; exit 1; }
"$BIN/yp-structure" "$tmp/obs.csv" >"$tmp/st.csv" || { echo "yp-structure failed"; exit 1; }
"$BIN/yp-compare" "$tmp/obs.csv" "$tmp/st.csv" >"$tmp/cmp.csv" || { echo "yp-compare failed"; exit 1; }
fail=0

# Years whose sectors do not add up to GDP (relative gap above 0.5 %).
awk -F, '$1 == "示例县" && $3 == "value" && $7 != "M" {
		if ($2 == "gdp") g[$4] = $5
		if ($2 == "gdp.primary" || $2 == "gdp.secondary" || $2 == "gdp.tertiary") s[$4] += $5
	}
	END { for (y in g) if (y in s) { d = (s[y] - g[y]) / g[y]; if (d < 0) d = -d; if (d > 0.005) print y } }' \
	"$tmp/obs.csv" >"$tmp/bad-years"
echo "years whose sectors miss GDP: $(tr '\n' ' ' <"$tmp/bad-years")"

awk -F, -v badfile="$tmp/bad-years" '
	BEGIN { while ((getline y < badfile) > 0) bad[y + 1] = 1 }	# residual of y+1 uses year y
	$1 == "示例县" && $2 == "gdp" && $3 == "pull_residual" && $7 != "M" {
		split($4, p, "-"); from = p[1]; to = (p[2] == "" ? p[1] : p[2])
		skip = 0; for (y = from; y <= to; y++) if (y in bad) skip = 1
		if (skip) next
		n++; r = $5 < 0 ? -$5 : $5
		if (r > 0.05) { print "pull residual " $4 " is " $5 " pp"; failed = 1 }
	}
	END { print n " pull residuals checked"; exit failed || n < 20 }' "$tmp/st.csv" || fail=1

# 2025 structure from the observations.
want=$(awk -F, '$1 == "示例县" && $3 == "value" && $4 == 2025 { v[$2] = $5 }
	END { printf "%.1f:%.1f:%.1f", v["gdp.primary"] / v["gdp"] * 100, v["gdp.secondary"] / v["gdp"] * 100, v["gdp.tertiary"] / v["gdp"] * 100 }' "$tmp/obs.csv")
got=$(awk -F, '$1 == "示例县" && $2 == "gdp" && $3 == "structure" && $4 == 2025 { print $9 }' "$tmp/st.csv")
[ "$got" = "$want" ] || { echo "structure 2025: got '$got', expected '$want'"; fail=1; }
echo "2025 structure $got"

# Ageing stage of 2025: 65+ share of the three age groups, 7/14/20 %.
want=$(awk -F, '$1 == "示例县" && $3 == "value" && $4 == 2025 { v[$2] = $5 }
	END { s = v["pop.age65p"] / (v["pop.age0_14"] + v["pop.age15_64"] + v["pop.age65p"]) * 100
	      print (s >= 20 ? 3 : s >= 14 ? 2 : s >= 7 ? 1 : 0) }' "$tmp/obs.csv")
got=$(awk -F, '$1 == "示例县" && $3 == "ageing_stage" && $4 == 2025 { print $5 }' "$tmp/st.csv")
[ "$got" = "$want" ] || { echo "ageing stage 2025: got '$got', expected '$want'"; fail=1; }

# Tapio state of energy over 十四五: energy 2025/2020 against GDP's chained index.
want=$(awk -F, '$1 == "示例县" && $3 == "value" {
		if ($2 == "energy.total") e[$4] = $5
		if ($2 == "gdp.index") i[$4] = $5
	}
	END { r = 1; for (y = 2021; y <= 2025; y++) r *= i[y] / 100
	      dx = e[2025] / e[2020] - 1; dy = r - 1; t = dx / dy
	      if (dy > 0) print (t < 0 ? 1 : t < 0.8 ? 2 : t <= 1.2 ? 3 : 4)
	      else print (t < 0 ? 5 : t < 0.8 ? 6 : t <= 1.2 ? 7 : 8) }' "$tmp/obs.csv")
got=$(awk -F, '$1 == "示例县" && $2 == "energy.total" && $3 == "tapio_state" && $4 == "2021-2025" { print $5 }' "$tmp/st.csv")
[ "$got" = "$want" ] || { echo "Tapio state 2021-2025: got '$got', expected '$want'"; fail=1; }

# Short boards: numbered 1..k without a gap.
awk -F, '$1 == "示例县" && $3 ~ /\.short_board$/ { seen[$5] = 1; n++ }
	END { for (i = 1; i <= n; i++) if (!(i in seen)) { print "short board " i " missing"; exit 1 }
	      print n " short boards"; exit n == 0 }' "$tmp/cmp.csv" || fail=1

"$BIN/yp-structure" "$tmp/obs.csv" | cmp -s - "$tmp/st.csv" || { echo "second yp-structure run differs"; fail=1; }
"$BIN/yp-compare" "$tmp/obs.csv" "$tmp/st.csv" | cmp -s - "$tmp/cmp.csv" || { echo "second yp-compare run differs"; fail=1; }
exit $fail
