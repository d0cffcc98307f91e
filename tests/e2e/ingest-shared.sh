# yp-ingest reads every statistics-bureau export in ../shared/data/nbs_*
# as downloaded, with the real config/, and gets the published figures.
#
# The files (see ../shared/data/README.md):
#   nbs_national_exports/*.csv   national database, GB18030, indicators as
#                                rows, no lines above: --region 全国;
#                                分省年度数据.csv there is GDP by province
#                                2011-2019 (亿元) with no 指标 line
#   nbs_province_exports/*.csv   provincial database, GB18030 + CRLF,
#                                数据库/指标/时间 lines: no options
#   nbs_newformat_exports/*.csv  newer layout, no 指标 line: _6 is GDP,
#                                _4 一般公共预算支出, _1 地方财政科学技术支出,
#                                all 亿元 (their values match those series);
#                                分省年度数据.csv has indicators as rows and
#                                no region: its 2024 budget expenditure,
#                                8396.49, is 北京市's in _4, so --region 北京市
# Every expected figure below was read from the file itself (iconv -f
# GB18030 for the GB18030 ones), not from yp-ingest's output.
set -u
data=$ROOT/../shared/data
if ! ls -d "$data"/nbs_* >/dev/null 2>&1; then
	echo "skip: $data/nbs_* is absent (the shared real-data folder)"
	exit 77
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$data" || exit 1
fail=0
bad() { echo "FAIL: $*"; fail=1; }

# The options each file needs (by its path under $data).
options() {
	case $1 in
	nbs_national_exports/分省年度数据.csv) echo "--indicator gdp --unit 亿元" ;;
	nbs_national_exports/*) echo "--region 全国" ;;
	nbs_newformat_exports/分省年度数据_6.csv) echo "--indicator gdp --unit 亿元" ;;
	nbs_newformat_exports/分省年度数据_4.csv)
		echo "--indicator 一般公共预算支出 --unit 亿元" ;;
	nbs_newformat_exports/分省年度数据_1.csv)
		echo "--indicator 地方财政科学技术支出 --unit 亿元" ;;
	nbs_newformat_exports/分省年度数据.csv) echo "--region 北京市" ;;
	*) echo "" ;;		# a new file: it must say what it holds
	esac
}

# Files whose every indicator and region the real config must know.
core() {
	case $1 in
	*/国内生产总值.csv | */人口年龄结构.csv | nbs_national_exports/分省年度数据.csv | \
	    nbs_province_exports/* | nbs_newformat_exports/分省年度数据_[146].csv)
		return 0 ;;
	esac
	return 1
}

# out FILE: where its records went
out() { echo "$tmp/$(echo "$1" | tr '/ ' '__')"; }

n=0
while IFS= read -r -d '' f; do
	f=${f#./}
	n=$((n + 1))
	# shellcheck disable=SC2046
	"$BIN/yp-ingest" $(options "$f") "$f" >"$(out "$f")" 2>"$tmp/err"
	st=$?
	[ $st -eq 0 ] || bad "$f: exit $st: $(cat "$tmp/err")"
	if core "$f" && grep -q 'unknown' "$tmp/err"; then
		bad "$f: names config/ does not know: $(cat "$tmp/err")"
	fi
	# every record it wrote is valid: read back through the record reader
	if ! "$BIN/yp-ingest" <"$(out "$f")" | cmp -s - "$(out "$f")"; then
		bad "$f: its records do not read back unchanged"
	fi
done < <(find nbs_* -name '*.csv' -print0 | LC_ALL=C sort -z)
[ $n -ge 10 ] || bad "only $n CSV files found under nbs_*"

# has FILE REGION INDICATOR PERIOD VALUE UNIT STATUS LINE: a record with
# those fields whose source is FILE:LINE@...
has() {
	awk -F, -v r="$2" -v i="$3" -v p="$4" -v v="$5" -v u="$6" -v s="$7" \
	    -v src="$1:$8@" '$1 == r && $2 == i && $3 == "value" && $4 == p &&
	    $5 == v && $6 == u && $7 == s && index($8, src) == 1 { found = 1 }
	    END { exit !found }' "$(out "$1")" ||
		bad "$1: no record $2,$3,$4,$5,$6,$7 from line $8"
}

# National accounts: 2020 GDP and its three sectors, 亿元 (lines 3-6).
f=nbs_national_exports/国内生产总值.csv
has $f 全国 gdp 2020 1015986.2 亿元 A 3
has $f 全国 gdp.primary 2020 77754.1 亿元 A 4
has $f 全国 gdp.secondary 2020 384255.3 亿元 A 5
has $f 全国 gdp.tertiary 2020 553976.8 亿元 A 6
has $f 全国 gdp 2011 487940.2 亿元 A 3
has $f 全国 gdp.per_capita 2020 72447 元 A 7
# 77754.1 + 384255.3 + 553976.8 = 1015986.2: the sectors add up exactly
awk -F, '$4 == 2020 && $2 ~ /^gdp\.(primary|secondary|tertiary)$/ { s += $5 }
    $4 == 2020 && $2 == "gdp" { g = $5 }
    END { d = s - g; exit !(d < 0.005 && d > -0.005) }' "$(out $f)" ||
	bad "$f: 2020 sectors do not add up to GDP"
# 6 indicators x 10 years, and the four lines below the table as footnotes
[ "$(grep -c '^[^,]*,[^,]*,value,' "$(out $f)")" -eq 60 ] || bad "$f: not 60 values"
[ "$(grep -c '^全国,\*,footnote,2011-2020,,,M,' "$(out $f)")" -eq 4 ] ||
	bad "$f: not 4 footnotes for 2011-2020"
grep -q ',footnote,.*第四次全国经济普查后' "$(out $f)" ||
	bad "$f: the revision note (第四次全国经济普查) is missing"

# Population by age, 万人: 2019 65+ 17767, total 141008.
f=nbs_national_exports/人口年龄结构.csv
has $f 全国 pop.age65p 2019 17767 万人 A 5
has $f 全国 pop.resident 2019 141008 万人 A 2
has $f 全国 pop.age0_14 2012 22427 万人 A 3

# GDP by province 2011-2019, no 指标 line; 新疆省 is 新疆维吾尔自治区.
f=nbs_national_exports/分省年度数据.csv
has $f 新疆维吾尔自治区 gdp 2019 13597.1 亿元 A 32
has $f 北京市 gdp 2019 35445.1 亿元 A 2
has $f 广东省 gdp 2019 107986.9 亿元 A 20
[ "$(grep -c '^[^,]*,[^,]*,value,' "$(out $f)")" -eq $((31 * 9)) ] ||
	bad "$f: not 31 provinces x 9 years"

# The GB18030 provincial export of the sampled population, 人: 北京市 2015
# (the 1% sample, another magnitude) 335775, 2024 22470, 2025 not yet.
f="nbs_province_exports/分省年度数据 (1).csv"
has "$f" 北京市 pop.sample 2015 335775 人 A 5
has "$f" 北京市 pop.sample 2024 22470 人 A 5
has "$f" 新疆维吾尔自治区 pop.sample 2024 26995 人 A 35
grep -q '^北京市,pop.sample,value,2025,,人,M,nbs_province_exports/分省年度数据 (1).csv:5@2025,blank (unknown)$' \
    "$(out "$f")" || bad "$f: 北京市 2025 is not a missing (M) record"
[ "$(grep -c '^[^,]*,[^,]*,value,' "$(out "$f")")" -eq $((31 * 20)) ] ||
	bad "$f: not 31 provinces x 20 years"
[ "$(grep -c '^\*,pop.sample,footnote,2006-2025,' "$(out "$f")")" -eq 3 ] ||
	bad "$f: not 3 footnotes"

# GDP of 北京市 2024: the GB18030 export and the newer export agree.
has nbs_province_exports/分省年度数据.csv 北京市 gdp 2024 49670.2 亿元 A 5
has nbs_newformat_exports/分省年度数据_6.csv 北京市 gdp 2024 49670.2 亿元 A 4
has nbs_newformat_exports/分省年度数据_6.csv 新疆维吾尔自治区 gdp 2024 20492.4 亿元 A 34

# The newer exports: budget and science expenditure, 亿元.
has nbs_newformat_exports/分省年度数据_4.csv 北京市 fiscal.expenditure 2024 8396.49 亿元 A 4
has nbs_newformat_exports/分省年度数据_1.csv 北京市 fiscal.exp.science 2023 521.91 亿元 A 4
grep -q '^北京市,fiscal.exp.science,value,2024,,亿元,M,' \
    "$(out nbs_newformat_exports/分省年度数据_1.csv)" ||
	bad "_1.csv: 北京市 2024 science expenditure is not missing (M)"
# ... and the indicator-rows export of 北京市 agrees with both
f=nbs_newformat_exports/分省年度数据.csv
has $f 北京市 fiscal.expenditure 2024 8396.49 亿元 A 4
has $f 北京市 fiscal.exp.science 2023 521.91 亿元 A 9

# Footnotes of every table are kept, with measure footnote.
for f in nbs_province_exports/*.csv nbs_newformat_exports/*.csv; do
	grep -q ',footnote,.*数据来源：国家统计局' "$(out "$f")" ||
		bad "$f: no 数据来源 footnote"
done

[ $fail -eq 0 ] && echo "ok: $n files"
exit $fail
