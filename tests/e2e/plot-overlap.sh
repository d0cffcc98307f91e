#!/usr/bin/env bash
# No text of a chart covers another, and none leaves the chart: every
# chart type of tests/golden/plot/ drawn through gnuplot, each SVG's texts
# (tic labels, values on bars, the key, the source line, class names)
# taken as boxes and checked pair by pair.  A box is estimated as the
# charts lay text out (stages/plot/draw.c text_width): a Chinese
# character one em wide, a Latin one 0.55 em, from 0.8 em above the
# baseline to 0.1 em below; two boxes that share more than 1 px each way
# overlap.  Texts turned 90 degrees (axis titles) are left out.
# The checker is first shown to catch what it is for: two values written
# on one spot, a key entry run off the right edge.
set -u
command -v gnuplot >/dev/null || { echo "gnuplot is not installed"; exit 77; }
g=$ROOT/tests/golden/plot
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cat >"$tmp/boxes.awk" <<'AWK'
function width(s, size,   t, n2, n3, na) {
	t = s; n3 = gsub(/[\340-\367]/, "", t)
	t = s; n2 = gsub(/[\300-\337]/, "", t)
	t = s; na = gsub(/[\001-\177]/, "", t)
	return (na * 0.55 + n2 * 0.6 + n3) * size
}
/^ width="[0-9.]+" height="[0-9.]+"/ && !W {
	match($0, /width="[0-9.]+"/); W = substr($0, RSTART + 7, RLENGTH - 8) + 0
	match($0, /height="[0-9.]+"/); H = substr($0, RSTART + 8, RLENGTH - 9) + 0
}
/<g transform="translate\(/ {
	pending = 0
	if ($0 ~ /rotate/) next
	match($0, /translate\([-0-9.]+,[-0-9.]+\)/)
	split(substr($0, RSTART + 10, RLENGTH - 11), xy, ",")
	gx = xy[1] + 0; gy = xy[2] + 0; size = 12; anchor = "start"
	if (match($0, /font-size="[0-9.]+"/)) size = substr($0, RSTART + 11, RLENGTH - 12) + 0
	if (match($0, /text-anchor="[a-z]+"/)) anchor = substr($0, RSTART + 13, RLENGTH - 14)
	pending = 1
	next
}
pending && /<text>/ {
	s = $0
	sub(/^[ \t]*<text>/, "", s); sub(/<\/text>.*$/, "", s); gsub(/<[^>]*>/, "", s)
	gsub(/&amp;/, "\\&", s); gsub(/&lt;/, "<", s); gsub(/&gt;/, ">", s)
	sub(/^ +/, "", s); sub(/ +$/, "", s)
	pending = 0
	if (s == "") next
	w = width(s, size)
	x0 = anchor == "middle" ? gx - w / 2 : anchor == "end" ? gx - w : gx
	n++; X0[n] = x0; X1[n] = x0 + w; Y0[n] = gy - 0.8 * size; Y1[n] = gy + 0.1 * size; T[n] = s
}
END {
	bad = 0
	for (i = 1; i <= n; i++) {
		if (X0[i] < -1 || X1[i] > W + 1 || Y0[i] < -1 || Y1[i] > H + 1) {
			printf "%s: \"%s\" leaves the %gx%g chart\n", FILENAME, T[i], W, H; bad = 1
		}
		for (j = i + 1; j <= n; j++) {
			ox = (X1[i] < X1[j] ? X1[i] : X1[j]) - (X0[i] > X0[j] ? X0[i] : X0[j])
			oy = (Y1[i] < Y1[j] ? Y1[i] : Y1[j]) - (Y0[i] > Y0[j] ? Y0[i] : Y0[j])
			if (ox > 1 && oy > 1) {
				printf "%s: \"%s\" overlaps \"%s\" (%.0f x %.0f px)\n", FILENAME, T[i], T[j], ox, oy; bad = 1
			}
		}
	}
	exit bad
}
AWK
check() { LC_ALL=C awk -f "$tmp/boxes.awk" "$1"; }
fail=0

# The checker catches a clash: "7.3" written over "6.9" 10 px to its left
# (23 px wide each at 16 px), and "地区生产总值增长" (128 px) from x = 700
# on a chart 800 wide.
cat >"$tmp/bad.svg" <<'SVG'
<svg 
 width="800" height="500"
>
	<g transform="translate(300.00,100.00)" stroke="none" font-family="Noto Sans CJK SC" font-size="16.00"  text-anchor="middle">
		<text>7.3</text>
	</g>
	<g transform="translate(310.00,104.00)" stroke="none" font-family="Noto Sans CJK SC" font-size="16.00"  text-anchor="middle">
		<text>6.9</text>
	</g>
	<g transform="translate(700.00,450.00)" stroke="none" font-family="Noto Sans CJK SC" font-size="16.00"  text-anchor="start">
		<text>地区生产总值增长</text>
	</g>
</svg>
SVG
out=$(check "$tmp/bad.svg")
grep -q '"7.3" overlaps "6.9"' <<<"$out" || { echo "the checker missed two values on one spot"; fail=1; }
grep -q '"地区生产总值增长" leaves the 800x500 chart' <<<"$out" || { echo "the checker missed text off the edge"; fail=1; }
[ "$(wc -l <<<"$out")" = 2 ] || { echo "the checker said more than it should:"; echo "$out"; fail=1; }

cd "$g" || exit 1
if ! "$BIN/yp-plot" -c config -o "$tmp/charts" records.csv 2>"$tmp/err"; then
	echo "yp-plot failed:"; cat "$tmp/err"; exit 1
fi
n=0
for s in "$tmp"/charts/*.svg; do
	n=$((n + 1))
	check "$s" || fail=1
done
[ "$n" = 10 ] || { echo "$n charts drawn, not 10"; fail=1; }
exit $fail
