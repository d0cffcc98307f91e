# The sample region through yp-ingest | yp-clean, record by record for the
# planted problems (the quality rows themselves are checked by the stage
# case tests/stages/clean/sample), the rule "nothing disappears without a
# row", reruns byte for byte, and the Makefile rule for out/obs.csv and
# out/quality.csv.  Expected figures are read from the raw tables here
# (iconv + awk), not from yp-clean's output.
set -u
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
bad() { echo "FAIL: $*"; fail=1; }
cd "$ROOT" || exit 1
raw=data/raw		# relative: sources name the files as make passes them

"$ROOT/scripts/raw-files" "$raw" "$BIN/yp-ingest" -c "$ROOT/config" > "$tmp/raw.csv" 2> "$tmp/err1" ||
	bad "yp-ingest failed: $(cat "$tmp/err1")"
"$BIN/yp-clean" -c "$ROOT/config" --quality "$tmp/q.csv" "$tmp/raw.csv" > "$tmp/obs.csv" 2> "$tmp/err2" ||
	bad "yp-clean failed: $(cat "$tmp/err2")"
[ -s "$tmp/err1" ] && bad "yp-ingest said: $(cat "$tmp/err1")"
[ -s "$tmp/err2" ] && bad "yp-clean said: $(cat "$tmp/err2")"

# text FILE: a raw table as UTF-8 without its byte-order mark or CRs.
text() {
	if iconv -f UTF-8 -t UTF-8 "$raw/$1" > /dev/null 2>&1; then
		sed '1s/^\xEF\xBB\xBF//' "$raw/$1"
	else
		iconv -f GB18030 -t UTF-8 "$raw/$1"
	fi | tr -d '\r'
}
# cell FILE LABEL YEAR: the cell of a years-across table (the newer
# export's tabs removed) in the row whose label starts with LABEL.
cell() {
	text "$1" | tr -d '\t' | awk -F, -v label="$2" -v year="$3年" '
		$1 == "指标" || $1 == "项目" { for (i = 2; i <= NF; i++) col[$i] = i }
		index($1, label) == 1 && (year in col) { print $(col[year]); exit }'
}
# record REGION INDICATOR YEAR: value,unit,status,source of the record.
record() {
	grep "^$1,$2,value,$3," "$tmp/obs.csv" | cut -d, -f5-
}

# 1. The break: 规上工业 2011 keeps the table's value (the * mark gone to the
#    note) with status B.
v=$(cell 示例县_国民经济主要指标_2024年鉴.csv 规模以上工业增加值 2011 | tr -d '*')
case $(record 示例县 industry.above_scale 2011) in
"$v,亿元,B,data/raw/示例县_国民经济主要指标_2024年鉴.csv:"*"@2024,footnote *") ;;
*) bad "industry.above_scale 2011: want $v with status B, got $(record 示例县 industry.above_scale 2011)" ;;
esac

# 2. The gap: water 2018 by Steffen from its neighbours, 2.2947208333333333
#    亿立方米 as tests/ref/clean_steffen.py computes it without GSL
#    ("sample-water" in clean_steffen.out).
[ "$(record 示例县 water.total 2018)" = '2.2947208333333333,亿立方米,E,"interp.steffen(2017,2019)",interpolated; was missing: blank (unknown)' ] ||
	bad "water.total 2018: got $(record 示例县 water.total 2018)"

# 3. The later edition: 2020-2023 GDP and sectors are the 2026 export's.
for ind in 地区生产总值:gdp 第一产业增加值:gdp.primary 第二产业增加值:gdp.secondary 第三产业增加值:gdp.tertiary; do
	for y in 2020 2021 2022 2023; do
		v=$(cell 示例县_年度数据_2026.csv "${ind%%:*}" $y | sed 's/0*$//; s/\.$//')
		record 示例县 "${ind#*:}" $y | grep -q "^$v,亿元,A,data/raw/示例县_年度数据_2026.csv:[0-9]*@2026," ||
			bad "${ind#*:} $y: want the 2026 edition's $v, got $(record 示例县 "${ind#*:}" $y)"
	done
done

# 4. Units: fiscal revenue 2025 in 万元 / 10^4; arable land 2025 in 亩 / 15.
v=$(cell 示例县_财政收支.csv 一般公共预算收入 2025)
want=$(awk -v v="$v" 'BEGIN { printf "%.4f", v / 10000 }' | sed 's/0*$//; s/\.$//')
record 示例县 fiscal.revenue 2025 | grep -q "^$want,亿元,A," ||
	bad "fiscal.revenue 2025: $v 万元 should be $want 亿元, got $(record 示例县 fiscal.revenue 2025)"
v=$(text 示例县_土地与森林.csv | awk -F, '$1 == "2025" { print $3 }')
got=$(record 示例县 land.arable 2025 | cut -d, -f1)
awk -v v="$v" -v got="$got" 'BEGIN { d = got - v / 15; exit !(d < 1e-9 && d > -1e-9) }' ||
	bad "land.arable 2025: $v 亩 should be $v / 15 公顷, got $got"

# 5. Published beats derived: dep.old 2015 is the table's figure.
v=$(text 示例县_人口.csv | awk -F, '
	$1 == "年份" { for (i = 2; i <= NF; i++) if ($i ~ /^老年抚养比/) c = i }
	$1 == "2015" { print $c }')
record 示例县 dep.old 2015 | grep -q "^${v%0},%,A," ||
	bad "dep.old 2015: want the published $v, got $(record 示例县 dep.old 2015)"

# 6. Nothing disappears without a row: the records out are the records in,
#    less one per revision row and the N of each edition-duplicate row
#    (no gap here is filled with a new record: the blank 2018 cell is).
in=$(($(wc -l < "$tmp/raw.csv") - 1))
out=$(($(wc -l < "$tmp/obs.csv") - 1))
dropped=$(awk -F, '$2 ~ /^revision/ { n++ } $2 == "edition-duplicate" { split($6, w, " "); n += w[1] } END { print n + 0 }' "$tmp/q.csv")
[ $((in - dropped)) -eq "$out" ] || bad "$in records in, $dropped replaced, but $out out"

# 7. Sorted by region, indicator, measure, period (byte order), and the
#    same bytes on a second run.
tail -n +2 "$tmp/obs.csv" | cut -d, -f1-4 | LC_ALL=C sort -c -t, -k1,1 -k2,2 -k3,3 -k4,4 ||
	bad "records not sorted by region, indicator, measure, period"
"$BIN/yp-clean" -c "$ROOT/config" --quality "$tmp/q2.csv" "$tmp/raw.csv" > "$tmp/obs2.csv"
cmp -s "$tmp/obs.csv" "$tmp/obs2.csv" || bad "a second run wrote other records"
cmp -s "$tmp/q.csv" "$tmp/q2.csv" || bad "a second run wrote another quality table"

# 8. The Makefile rule makes the same two files (binaries used as they are).
if env -u MAKEFLAGS -u MFLAGS -u MAKELEVEL make -s -C "$ROOT" BIN="$BIN" OUT="$tmp/out" \
    RAW_DIR="$raw" CONFIG="$ROOT/config" -o "$BIN/yp-ingest" -o "$BIN/yp-clean" \
    obs > "$tmp/log" 2>&1; then
	cmp -s "$tmp/out/quality.csv" "$tmp/q.csv" || bad "make obs: another quality table"
	# The sources name the raw files as make passes them.
	[ "$(wc -l < "$tmp/out/obs.csv")" -eq "$(wc -l < "$tmp/obs.csv")" ] ||
		bad "make obs: another number of records"
	[ ! -e "$tmp/out/obs.csv.tmp" ] && [ ! -e "$tmp/out/quality.csv.tmp" ] ||
		bad "make obs: left a .tmp file"
else
	bad "make obs failed: $(cat "$tmp/log")"
fi
[ $fail -eq 0 ] && echo ok
exit $fail
