#!/usr/bin/env bash
# yp-plot draws every chart type of tests/golden/plot/ for real, through
# gnuplot, and the files are what the report and Word need:
#   PNG  1600 pixels wide and twice the SVG's height (1000 for the usual
#        500; the pyramid and long target lists are taller) (a PNG begins
#        with its 8-byte signature, then IHDR whose width and height are
#        the big-endian 32-bit numbers at bytes 16-23), with a pHYs chunk
#        of 10667 pixels per metre (1600 px / 0.15 m: Word pastes it 15 cm
#        wide), and a real image (over 20 kB); its script sets the chart's
#        title (index.csv's) before the PNG is drawn;
#   SVG  well-formed (xmllint), 800 wide, WITHOUT the chart's title (the
#        report captions it 图N below: two titles otherwise), all text in
#        Noto Sans CJK SC, and no fractional year (2012.5) anywhere;
#   both byte-identical when drawn again (no time stamp), and nothing but
#        the charts, their scripts and index.csv left in the folder.
# Then --titles both draws the title in the SVG too, and --titles none in
# neither file.
set -u
command -v gnuplot >/dev/null || { echo "gnuplot is not installed"; exit 77; }
command -v xmllint >/dev/null || { echo "xmllint (libxml2-utils) is not installed"; exit 77; }
g=$ROOT/tests/golden/plot
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$g" || exit 1
for run in a b; do
	if ! "$BIN/yp-plot" -c config -o "$tmp/$run" records.csv 2>"$tmp/err.$run"; then
		echo "yp-plot failed:"; cat "$tmp/err.$run"; exit 1
	fi
	if [ -s "$tmp/err.$run" ]; then
		echo "unexpected messages:"; cat "$tmp/err.$run"; exit 1
	fi
done
fail=0
bytes() {	# FILE OFFSET COUNT: the bytes as one big-endian number
	od -An -tu1 -j"$2" -N"$3" "$1" | awk '{ for (i = 1; i <= NF; i++) n = n * 256 + $i } END { print n }'
}
n=0
while IFS=, read -r id type title status svg png script; do
	[ "$id" = id ] && continue
	n=$((n + 1))
	[ "$status" = drawn ] || { echo "$id: $status"; fail=1; continue; }
	p=$tmp/a/$png s=$tmp/a/$svg
	sig=$(od -An -tx1 -N8 "$p" | tr -d ' \n')
	[ "$sig" = 89504e470d0a1a0a ] || { echo "$png: not a PNG ($sig)"; fail=1; continue; }
	w=$(bytes "$p" 16 4) h=$(bytes "$p" 20 4)
	sh=$(sed -n 's/^ width="800" height="\([0-9]*\)"$/\1/p' "$s")
	[ "$w" = 1600 ] && [ "$h" = $((2 * sh)) ] ||
		{ echo "$png: ${w}x$h, not 1600x$((2 * sh)) (the SVG is 800x$sh)"; fail=1; }
	[ "$(dd if="$p" bs=1 skip=37 count=4 2>/dev/null)" = pHYs ] ||
		{ echo "$png: no pHYs after IHDR"; fail=1; }
	[ "$(bytes "$p" 41 4)" = 10667 ] || { echo "$png: not 10667 px/m"; fail=1; }
	size=$(stat -c %s "$p")
	[ "$size" -gt 20000 ] || { echo "$png: only $size bytes"; fail=1; }
	xmllint --noout "$s" || { echo "$svg: not well-formed"; fail=1; }
	grep -q 'width="800"' "$s" || { echo "$svg: not 800 wide"; fail=1; }
	grep -qF ">$title<" "$s" && { echo "$svg: has its title $title"; fail=1; }
	sed -n '/^set terminal pngcairo/,$p' "$tmp/a/$script" |
		grep -qF "set label 98 \"$title\"" ||
		{ echo "$script: no title $title for the PNG"; fail=1; }
	fonts=$(grep -o 'font-family="[^"]*"' "$s" | sort -u | tr '\n' ' ')
	[ "$fonts" = 'font-family="Noto Sans CJK SC" ' ] || { echo "$svg: fonts $fonts"; fail=1; }
	if grep -Eq '>(19|20)[0-9][0-9]\.[0-9]' "$s"; then
		echo "$svg: a fractional year"; fail=1
	fi
done < "$tmp/a/index.csv"
[ "$n" = 10 ] || { echo "index.csv lists $n charts, not 10"; fail=1; }
diff -r "$tmp/a" "$tmp/b" >/dev/null || { echo "two runs differ:"; diff -rq "$tmp/a" "$tmp/b"; fail=1; }
# --titles: both files, or neither.
for where in both none; do
	"$BIN/yp-plot" -c config --titles "$where" --only gdp_growth -o "$tmp/$where" \
		records.csv 2>"$tmp/err.$where" || { echo "--titles $where failed:"; cat "$tmp/err.$where"; exit 1; }
	n98=$(grep -c '^set label 98 ' "$tmp/$where/gdp_growth.gp")
	insvg=$(grep -c '>示例县2016—2025年地区生产总值及其增长速度<' "$tmp/$where/gdp_growth.svg")
	case $where in
	both) [ "$n98" = 2 ] && [ "$insvg" = 1 ] || { echo "--titles both: $n98 title labels, $insvg in the SVG"; fail=1; } ;;
	none) [ "$n98" = 0 ] && [ "$insvg" = 0 ] || { echo "--titles none: $n98 title labels, $insvg in the SVG"; fail=1; } ;;
	esac
done
extra=$(ls -A "$tmp/a" | grep -Ev '\.(gp|svg|png)$|^index\.csv$')
[ -z "$extra" ] || { echo "left behind: $extra"; fail=1; }
exit $fail
