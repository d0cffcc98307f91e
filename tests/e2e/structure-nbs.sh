#!/usr/bin/env bash
# yp-structure on the real national exports of the statistics bureau.
#  - 国内生产总值.csv (GB18030): the 2020 structure is 7.7:37.8:54.5, from
#    77754.1, 384255.3 and 553976.8 of GDP 1015986.2 亿元
#    (7.653066547557438 %, 37.820917252616226 %, 54.526016199826344 %);
#    TS 2020 = 553976.8 / 384255.3 = 1.4416894184673577.
#    The file holds no indices, so real growth is a not-computable record
#    that says nominal growth is not real growth.
#  - 人口年龄结构.csv: the 2019 old-age dependency ratio from the counts,
#    17767 / 99552 * 100 = 17.846954355512697 (17.85), is kept beside the
#    published 17.8, and the gap 0.04695435551269611 is reported.
set -u
: "${BIN:?}" "${ROOT:?}"
dir=$ROOT/../shared/data/nbs_national_exports
if [ ! -f "$dir/国内生产总值.csv" ] || [ ! -f "$dir/人口年龄结构.csv" ]; then
	echo "skipped: ../shared/data/nbs_national_exports is not here"
	exit 77
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$BIN/yp-ingest" --region 全国 "$dir/国内生产总值.csv" "$dir/人口年龄结构.csv" \
	2>/dev/null >"$tmp/obs.csv" || { echo "yp-ingest failed"; exit 1; }
"$BIN/yp-structure" "$tmp/obs.csv" >"$tmp/out.csv" || { echo "yp-structure failed"; exit 1; }

fail=0
# field KEY COLUMN: one column of the record region,indicator,measure,period.
field() {
	awk -F, -v k="$1" -v c="$2" 'index($0, k ",") == 1 { print $c; exit }' "$tmp/out.csv"
}
near() {	# KEY EXPECTED: the value within 1e-9
	local got
	got=$(field "$1" 5)
	if ! awk -v a="$got" -v b="$2" 'BEGIN { d = a - b; exit !(a != "" && d < 1e-9 && d > -1e-9) }'; then
		echo "$1: got '$got', expected $2"; fail=1
	fi
}
has() {	# KEY TEXT: the record's line contains TEXT
	if ! grep -F "$1," "$tmp/out.csv" | head -n 1 | grep -qF -- "$2"; then
		echo "$1: expected '$2' in: $(grep -F "$1," "$tmp/out.csv" | head -n 1)"; fail=1
	fi
}
has 全国,gdp,structure,2020 "7.7:37.8:54.5"
near 全国,gdp.primary,share,2020 7.653066547557438
near 全国,gdp.secondary,share,2020 37.820917252616226
near 全国,gdp.tertiary,share,2020 54.526016199826344
near 全国,gdp,ts,2020 1.4416894184673577
has 全国,gdp,real_growth,2020 ",M,"
has 全国,gdp,real_growth,2020 "nominal growth is not real growth"
has 全国,gdp.tertiary,pull,2020 ",M,"
near 全国,dep.old,derived,2019 17.846954355512697
has 全国,dep.old,derived,2019 "published 17.8"
near 全国,dep.old,derived_gap,2019 0.04695435551269611
has 全国,gdp,theil,2020 "no employment by sector"
rounded=$(awk -v v="$(field 全国,dep.old,derived,2019 5)" 'BEGIN { printf "%.2f", v }')
[ "$rounded" = 17.85 ] || { echo "2019 old-age dependency rounds to $rounded, not 17.85"; fail=1; }
[ $fail -eq 0 ] && echo "national structure and dependency checks pass"
exit $fail
