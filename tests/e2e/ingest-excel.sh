#!/usr/bin/env bash
# yp-ingest reads every yearbook workbook in ../shared/data/yearbook_city_gdp/
# as published (.xls and .xlsx, through ssconvert), with the values below
# read cell by cell from the files themselves (ssconvert -O format=preserve
# shows each cell as the table displays it).  Skips when the shared data
# folder is absent.
set -u
data=$ROOT/../shared/data/yearbook_city_gdp
if [ ! -d "$data" ]; then
	echo "skip: $data is absent"
	exit 77
fi
command -v ssconvert >/dev/null || { echo "ssconvert missing: run scripts/install-deps"; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0

# The config of the project, with the one manifest row these files need:
# 02-14-1.xls is a continuation table (title "2-14 续表 continued") that
# does not name its indicator; 02-14-0.xls before it does.
cp -r "$ROOT/config" "$tmp/config"
printf '%s\n' 'file,department,indicator,unit,region,edition,note' \
	'02-14-1.xls,统计局,gdp,,,,广东统计年鉴 表2-14 续表' >"$tmp/config/sources.csv"

cd "$data"
files=()
while IFS= read -r -d '' f; do files+=("$f"); done < <(find . -name '*.xls*' -print0 | sort -z)
[ ${#files[@]} -ge 24 ] || { echo "expected 24+ workbooks, found ${#files[@]}"; exit 1; }

for f in "${files[@]}"; do
	case $f in
	*/city_province_list.xlsx) continue ;;
	esac
	if ! "$BIN/yp-ingest" -c "$tmp/config" "$f" >"$tmp/out" 2>"$tmp/err"; then
		echo "FAIL: $f: exit status $?"; cat "$tmp/err"; fail=1; continue
	fi
	# Only the Guangdong economic zones (珠三角, 东翼…) are not regions.
	if grep -v '"珠 三 角"\|"东    翼"\|"西    翼"\|"山    区"' "$tmp/err" | grep -q .; then
		echo "FAIL: $f: unexpected messages:"; cat "$tmp/err"; fail=1
	fi
	cat "$tmp/out" >>"$tmp/all"
done

# city_province_list.xlsx is a list of cities and codes, not a table of
# figures: refused with one line, no records.
"$BIN/yp-ingest" -c "$tmp/config" ./city_province_list.xlsx >"$tmp/out" 2>"$tmp/err"
st=$?
want='yp-ingest: ./city_province_list.xlsx: no figures in any sheet of the workbook (only text); is it a statistical table?'
if [ $st -ne 1 ] || [ "$(cat "$tmp/err")" != "$want" ] || [ "$(wc -l <"$tmp/out")" -ne 1 ]; then
	echo "FAIL: city_province_list.xlsx: status $st, stderr:"; cat "$tmp/err"; fail=1
fi

# expect REGION INDICATOR PERIOD VALUE UNIT FILE-PATTERN EDITION
expect() {
	local got
	got=$(awk -F, -v r="$1" -v i="$2" -v p="$3" -v u="$5" -v f="$6" -v e="@$7" '
		$1 == r && $2 == i && $3 == "value" && $4 == p && $6 == u &&
		index($8, f) && substr($8, length($8) - 4) == e { print $5 }' "$tmp/all")
	if [ -z "$got" ]; then
		echo "FAIL: no record $1 $2 $3 ($5) from $6 edition $7"; fail=1; return
	fi
	if ! awk -v a="$got" -v b="$4" 'BEGIN { d = a - b; exit !(d < 0.005 && d > -0.005) }'; then
		echo "FAIL: $1 $2 $3: $got, expected $4"; fail=1
	fi
}

# Henan 2019 (2-9, .xls): 11586.42 shown under format 0.00 for the stored
# 11586.41728896151; 141.17 for 141.17000000000002.
expect 郑州市 gdp 2019 11586.42 亿元 '(2019).xls:13@' 2019
expect 郑州市 gdp.primary 2019 141.17 亿元 '(2019).xls:13@' 2019
expect 郑州市 gdp.per_capita 2019 94944 元 '(2019).xls:13@' 2019
expect 新蔡县 gdp 2019 269.78 亿元 '(2019).xls:' 2019
# Henan 2012 (.xlsx): 第二产业 over 工业 and 建筑业 (Constr- / uction).
expect 郑州市 gdp.industry 2012 2802.47 亿元 '(2012).xlsx:' 2012
expect 郑州市 gdp.construction 2012 330.45 亿元 '(2012).xlsx:' 2012
expect 济源市 gdp.per_capita 2012 62358 元 '(2012).xlsx:' 2012
# Henan 2018 (table 2-8) and 2013 (padded names 郑  州  市).
expect 郑州市 gdp 2018 10670.14 亿元 '(2018).xls:' 2018
expect 洛阳市 gdp.tertiary 2013 1078.43 亿元 '(2013).xls:' 2013
# Hubei 2020 (1-15) and 2012 (1-19, three sheets, two empty; 武    汉).
expect 武汉市 gdp.tertiary 2020 9656.41 亿元 '（2020）.xls:' 2020
expect 武汉市 gdp 2012 8003.82 亿元 '（2012）.xls:' 2012
expect 恩施土家族苗族自治州 gdp 2018 870.95 亿元 '（2018）.xls:' 2018
expect 神农架林区 gdp.secondary 2021 8.58 亿元 '（2021）.xls:' 2021
# Guangdong 2-14: years across; the unit in a row of its own.
expect 广州市 gdp 2015 17347.37 亿元 '02-14-0.xls:' 2015
expect 深圳市 gdp 2022 32387.68 亿元 '02-14-1.xls:' 2022
# Sichuan: years across; 全省 is 四川省; 阿坝藏族\n羌族自治州 in one cell.
expect 四川省 gdp 2022 56749.81 亿元 '地区生产总值.xlsx:6@' 2022
expect 阿坝藏族羌族自治州 gdp 2012 188.93 亿元 '地区生产总值.xlsx:' 2022
# The database's English export: Indicators：…(100 million yuan).
expect 北京市 gdp 2023 43760.7 '100 million yuan' 'AnnualbyProvince.xls:5@' 2023
expect 河南省 gdp 2004 8411.2 '100 million yuan' 'AnnualbyProvince.xls:' 2023

# Group rows (省辖市, 省直管县) give no records; notes do, as footnotes.
if grep -q '^省辖市,\|^省直管县,' "$tmp/all"; then
	echo "FAIL: a group row became records"; fail=1
fi
grep -q '^\*,\*,footnote,2019,,,M,.*(2019).xls:4@2019,本表按当年价格计算。$' "$tmp/all" ||
	{ echo "FAIL: no footnote 本表按当年价格计算。 for Henan 2019"; fail=1; }
# Henan 2019: 18 cities and 10 counties, 5 columns each.
n=$(grep -c ',value,2019,.*(2019).xls:' "$tmp/all")
[ "$n" -eq 140 ] || { echo "FAIL: Henan 2019 gave $n values, expected 28 x 5 = 140"; fail=1; }
# No temporary files left behind by the conversions.
left=$(find "${TMPDIR:-/tmp}" -maxdepth 1 -name 'yp-ingest.*' -newer "$tmp" 2>/dev/null | wc -l)
[ "$left" -eq 0 ] || { echo "FAIL: $left temporary folders left"; fail=1; }
exit $fail
