# `make report` on the fictional sample in data/raw/: the whole chain, then
# the report must hold figures computed independently from the raw tables
# by tests/ref/report_sample.py (Python's standard library, no yanpan
# program; its output is tests/ref/report_sample.out and the lines are
# copied below), must be self-contained HTML whose numbers carry their
# provenance, and tables for Excel.  A template naming a missing record
# must stop with the template line and write nothing.
set -u
if [ ! -f "$ROOT/stages/plot/rules.mk" ]; then
	echo "skip: yp-plot has no pipeline rule yet (stages/plot/rules.mk); the template's charts need it"
	exit 77
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
bad() { echo "FAIL: $*"; fail=1; }

# The project's Makefile on the sample, into this test's folder, with the
# binaries under test as they are (-o: never rebuilt from here).
keep=()
for b in "$BIN"/yp-*; do keep+=(-o "$b"); done
run_make() {
	env -u MAKEFLAGS -u MFLAGS -u MAKELEVEL make -s -C "$ROOT" \
	    BIN="$BIN" OUT="$tmp/out" CONFIG="$ROOT/config" "${keep[@]}" "$@"
}
if ! run_make report >"$tmp/log" 2>&1; then
	bad "make report failed:"
	tail -n 20 "$tmp/log"
	exit 1
fi
out=$tmp/out
for f in report.md report.html tables/indicators.csv; do
	[ -s "$out/$f" ] || bad "no $f"
done

# Figures from tests/ref/report_sample.out, each with how it was computed
# from data/raw/ (see the comments in that file):
while IFS= read -r line; do
	[ -n "$line" ] || continue
	grep -qF -- "$line" "$out/report.md" || bad "report.md lacks: $line"
done <<'EOF'
地区生产总值300.00亿元
按可比价格计算，比上年增长5.1%
“十四五”时期按可比价格计算年均增长5.7%
增速比“十三五”时期回落0.3个百分点
三次产业结构由10.9:43.0:46.1调整为9.0:38.2:52.9
第三产业拉动GDP增长3.3个百分点，贡献率为63.7%
65岁及以上人口占常住人口的17.6%，已进入深度老龄化社会
常住人口城镇化率为60.3%，处于城镇化加速阶段
常住人口比户籍人口少10.93万人，人口净流出
比2020年末减少1.58万人
“十四五”时期累计下降25.6%
约束性指标11项，完成9项
EOF
# and the SHA-256 of every raw table, in the appendix (coreutils here; the
# report takes them from the run's manifest)
find "$ROOT/data/raw" -maxdepth 1 -type f ! -name 'README*' ! -name '.*' -print0 |
	xargs -0 sha256sum | cut -d' ' -f1 >"$tmp/sums"
[ -s "$tmp/sums" ] || bad "no raw tables"
while read -r sum; do
	grep -qF "$sum" "$out/report.md" || bad "the appendix lacks the checksum $sum"
done <"$tmp/sums"

# Never a silent blank or a marked gap in the sample's report.
grep -q '【缺' "$out/report.md" && bad "report.md has gaps: $(grep -o '【缺[^】]*】' "$out/report.md" | head -3)"

# Self-contained: no file or address outside the page.
grep -Eq '<(link|script|img|iframe)[ >]' "$out/report.html" &&
	bad "report.html loads something: $(grep -Eo '<(link|script|img|iframe)[^>]*>' "$out/report.html" | head -3)"
grep -Eq '(src|href)="(https?:|file:|/|\.\./)' "$out/report.html" &&
	bad "report.html points outside itself"
grep -q '<style>' "$out/report.html" || bad "report.html has no inline style"
# Markdown that the renderer left as text (emphasis that CommonMark does
# not close next to Chinese punctuation, a table row that did not parse)
grep -q '\*\*' "$out/report.html" && bad "report.html shows Markdown **: $(grep -o '.\{20\}\*\*.\{20\}' "$out/report.html" | head -2)"
grep -q '^<p>|' "$out/report.html" && bad "a table of report.html did not parse"
grep -q '&lt;span' "$out/report.html" && bad "report.html shows a provenance span as text"
# every chart of report.md is an inline SVG in the HTML
charts=$(grep -c '^!\[图' "$out/report.md")
svgs=$(grep -o '<svg' "$out/report.html" | wc -l)
[ "$charts" -ge 8 ] || bad "only $charts charts in report.md"
[ "$svgs" -eq "$charts" ] || bad "$charts charts but $svgs inline SVGs"
# every number names its source: GDP 2025 comes from the database export's
# line 4 (edition 2026), whose 2025 column is the first
grep -q '<span class="n" title="source: data/raw/示例县_年度数据_2026.csv:4@2026&#10;示例县 地区生产总值 gdp value 2025 = 300 亿元' \
    "$out/report.html" || bad "GDP 2025 does not name data/raw/示例县_年度数据_2026.csv:4@2026"
# a derived figure names its method and its input cells
grep -q 'title="method: chain(gdp.index,2021-2025)' "$out/report.html" ||
	bad "the 十四五 growth does not name its method"

# Tables for Excel: UTF-8 with a byte-order mark, CRLF.
n=0
for f in "$out"/tables/*.csv; do
	n=$((n + 1))
	[ "$(head -c 3 "$f" | od -An -tx1 | tr -d ' ')" = efbbbf ] || bad "$f has no byte-order mark"
	head -n 1 "$f" | grep -q $'\r$' || bad "$f has no CRLF"
done
[ "$n" -ge 12 ] || bad "only $n tables in out/tables"
grep -q '^1,民生福祉,劳动年龄人口平均受教育年限,年,9.9,10.3,10.3,已完成' \
    "$out/tables/targets-2021-2025-binding.csv" || bad "the 十四五 binding table lacks its first row"

# Word, when pandoc is installed (optional): the text, every chart as an
# image, every table.
if command -v pandoc >/dev/null 2>&1; then
	if [ -s "$out/report.docx" ]; then
		unzip -p "$out/report.docx" word/document.xml >"$tmp/doc.xml" 2>/dev/null
		grep -q '地区生产总值300.00亿元' "$tmp/doc.xml" || bad "report.docx lacks the text"
		media=$(unzip -l "$out/report.docx" | grep -c 'word/media/')
		[ "$media" -eq "$charts" ] || bad "report.docx has $media images for $charts charts"
		tables=$(grep -o '<w:tbl>' "$tmp/doc.xml" | wc -l)
		[ "$tables" -eq "$n" ] || bad "report.docx has $tables tables, out/tables $n"
	else
		bad "pandoc is installed but make report wrote no report.docx"
	fi
else
	echo "note: pandoc is not installed; report.docx not checked"
fi

# Same inputs, same bytes: a second run of yp-report alone.
mkdir -p "$tmp/again/tables"
cp -r "$out/charts" "$tmp/again/"
: >"$tmp/again/tables/a-table-the-template-dropped.csv"
"$BIN/yp-report" -c "$ROOT/config" -o "$tmp/again" -q "$out/quality.csv" \
    -m "$out/manifest.csv" "$out/obs.csv" "$out/trend.csv" "$out/targets.csv" \
    "$out/structure.csv" "$out/compare.csv" 2>"$tmp/err" || bad "yp-report again: $(cat "$tmp/err")"
for f in report.md report.html; do
	cmp -s "$out/$f" "$tmp/again/$f" || bad "$f differs between two runs"
done
diff -r "$out/tables" "$tmp/again/tables" >/dev/null ||
	bad "tables/ differs between two runs, or kept a table of an earlier run"

# A template naming a record that is not there: exit 1, the line, nothing
# written; with --gaps the gap is marked and visible.
printf -- '---\nregion: 示例县\n---\n# 测试\n\n2019年地区生产总值{{value gdp 2019}}，2031年{{value gdp 2031}}。\n' \
    >"$tmp/t.md"
"$BIN/yp-report" -c "$ROOT/config" -t "$tmp/t.md" -o "$tmp/missing" \
    "$out/obs.csv" >/dev/null 2>"$tmp/err"
st=$?
[ $st -eq 1 ] || bad "a missing record: exit $st, not 1"
grep -q "t.md:6: {{value gdp 2031}}: 示例县 gdp value 2031: no such record" "$tmp/err" ||
	bad "the message does not name the template line: $(cat "$tmp/err")"
[ -e "$tmp/missing/report.md" ] && bad "report.md written although a record is missing"
"$BIN/yp-report" --gaps -c "$ROOT/config" -t "$tmp/t.md" -o "$tmp/missing" \
    "$out/obs.csv" >/dev/null 2>"$tmp/err" || bad "--gaps failed: $(cat "$tmp/err")"
grep -q '2031年【缺：示例县 gdp value 2031: no such record in the inputs】' "$tmp/missing/report.md" ||
	bad "--gaps does not mark the gap"
grep -q '<mark class="gap"' "$tmp/missing/report.html" || bad "the HTML gap is not marked"

exit $fail
