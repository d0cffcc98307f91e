# The sample's report.html in a real browser (Debian's chromium, headless):
# every inline SVG chart must lay out with a size and draw something, no
# text of a chart may cover another or stick out of the chart (the boxes
# chromium lays the texts out in, overlapping by more than 2 px each way),
# no chart may repeat its caption as a title of its own (图N under it is
# the title), every image must load, and no script or resource error or
# console message of level error or warning may occur.  A probe page — the report with a small
# script first in <head> that records errors and one at the end that
# measures the charts — is loaded with --dump-dom, and the probe writes its
# findings into the DOM.  The probe is first shown to catch a broken page.
# The report itself is printed to PDF (its A4 page count is told) and a
# screenshot is saved to out/report-screenshot.png (not committed).
set -u
if ! command -v chromium >/dev/null 2>&1; then
	echo "skip: chromium is not installed (scripts/install-deps installs it)"
	exit 77
fi
if [ ! -f "$ROOT/stages/plot/rules.mk" ]; then
	echo "skip: yp-plot has no pipeline rule yet (stages/plot/rules.mk)"
	exit 77
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
bad() { echo "FAIL: $*"; fail=1; }

keep=()
for b in "$BIN"/yp-*; do keep+=(-o "$b"); done
if ! env -u MAKEFLAGS -u MFLAGS -u MAKELEVEL make -s -C "$ROOT" BIN="$BIN" \
    OUT="$tmp/out" CONFIG="$ROOT/config" "${keep[@]}" report >"$tmp/log" 2>&1; then
	echo "FAIL: make report failed"
	tail -n 20 "$tmp/log"
	exit 1
fi

browser() {	# chromium headless, no network, a fresh profile each time
	chromium --headless --no-sandbox --disable-gpu --disable-quic \
	    --no-first-run --disable-background-networking \
	    --disable-component-update --disable-sync \
	    --user-data-dir="$(mktemp -d "$tmp/profile.XXXXXX")" "$@"
}

# probe PAGE OUT: the page with the probe scripts, as probe.html beside it
# (so relative addresses stay right), loaded; the DOM goes to OUT and
# chromium's log to OUT.log.
probe() {
	local page=$1 dom=$2 dir
	dir=$(dirname "$page")
	awk -v hook="$tmp/hook.js" -v check="$tmp/check.js" '
		function put(f,   l) { print "<script>"; while ((getline l < f) > 0) print l; close(f); print "</script>" }
		/<head>/ && !h { print; put(hook); h = 1; next }
		/<\/body>/ && !c { put(check); c = 1 }
		{ print }' "$page" >"$dir/probe.html"
	browser --enable-logging=stderr --v=0 --virtual-time-budget=10000 \
	    --dump-dom "file://$dir/probe.html" >"$dom" 2>"$dom.log"
	rm -f "$dir/probe.html"
}

cat >"$tmp/hook.js" <<'EOF'
window.ypErrors = [];
window.addEventListener("error", function (e) {
	var t = e.target;
	window.ypErrors.push(t && t !== window ?
	    "resource failed: " + (t.src || t.href || t.tagName) :
	    "uncaught: " + e.message);
}, true);
["error", "warn"].forEach(function (level) {
	var f = console[level];
	console[level] = function () {
		window.ypErrors.push("console." + level + ": " +
		    Array.prototype.join.call(arguments, " "));
		f.apply(console, arguments);
	};
});
EOF
cat >"$tmp/check.js" <<'EOF'
window.addEventListener("load", function () {
	var bad = [], svgs = document.querySelectorAll("svg"), imgs = document.images;
	for (var i = 0; i < svgs.length; i++) {
		var r = svgs[i].getBoundingClientRect(), b = svgs[i].getBBox();
		if (!(r.width > 100 && r.height > 100))
			bad.push("svg " + i + " laid out " + r.width + "x" + r.height);
		if (!(b.width > 0 && b.height > 0))
			bad.push("svg " + i + " draws nothing");
		var texts = svgs[i].querySelectorAll("text"), boxes = [];
		for (var k = 0; k < texts.length; k++) {
			var t = texts[k].getBoundingClientRect(), s = texts[k].textContent.trim();
			if (!s || !(t.width > 0))
				continue;
			if (t.left < r.left - 1 || t.right > r.right + 1 ||
			    t.top < r.top - 1 || t.bottom > r.bottom + 1)
				bad.push("svg " + i + ": \"" + s + "\" sticks out of the chart");
			for (var m = 0; m < boxes.length; m++) {
				var o = boxes[m];
				if (Math.min(t.right, o.r.right) - Math.max(t.left, o.r.left) > 2 &&
				    Math.min(t.bottom, o.r.bottom) - Math.max(t.top, o.r.top) > 2)
					bad.push("svg " + i + ": \"" + s + "\" covers \"" + o.s + "\"");
			}
			boxes.push({ r: t, s: s });
		}
		var fig = svgs[i].closest("figure"), cap = fig && fig.querySelector("figcaption");
		if (cap) {
			var title = cap.textContent.replace(/^图[0-9]+\s*/, "").trim();
			for (var k2 = 0; k2 < texts.length; k2++)
				if (title && texts[k2].textContent.indexOf(title) >= 0) {
					bad.push("svg " + i + " repeats its caption: " + title);
					break;
				}
		}
	}
	for (var j = 0; j < imgs.length; j++)
		if (!(imgs[j].complete && imgs[j].naturalWidth > 0))
			bad.push("img not rendered: " + imgs[j].getAttribute("src"));
	var out = document.createElement("pre");
	out.id = "yp-probe";
	out.textContent = "YP-PROBE svgs=" + svgs.length + " imgs=" + imgs.length +
	    " bad=" + bad.length + " errors=" + window.ypErrors.length + "\n" +
	    bad.concat(window.ypErrors).join("\n") + "\nYP-PROBE-END";
	document.body.appendChild(out);
});
EOF

# The probe catches a broken page: a missing image, an empty SVG, a
# console error.
mkdir "$tmp/broken"
# And a chart whose two values are written on one spot, whose key runs
# off its right edge, and which repeats its caption as its title.
cat >"$tmp/broken/page.html" <<'EOF'
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>t</title></head>
<body><img src="missing.png"><svg width="0" height="0"></svg>
<figure><svg width="400" height="200" viewBox="0 0 400 200" font-size="16">
<text x="100" y="50">7.3</text><text x="104" y="54">6.9</text>
<text x="350" y="150">地区生产总值增长</text>
<text x="20" y="20">示例县地区生产总值</text></svg>
<figcaption>图1　地区生产总值</figcaption></figure>
<script>console.error("boom");</script></body></html>
EOF
probe "$tmp/broken/page.html" "$tmp/broken.dom"
finding() {	# the probe's findings in a dumped DOM
	sed -n '/<pre id="yp-probe">/,/YP-PROBE-END/p' "$1" | sed 's/<pre id="yp-probe">//'
}
finding "$tmp/broken.dom" | grep -q '^YP-PROBE svgs=2 imgs=1 bad=6 errors=2$' ||
	bad "the probe misses the faults of a broken page: $(finding "$tmp/broken.dom")"
for f in '"6.9" covers "7.3"' '"地区生产总值增长" sticks out' 'repeats its caption: 地区生产总值'; do
	finding "$tmp/broken.dom" | grep -qF "$f" || bad "the probe misses: $f"
done

# The report.
probe "$tmp/out/report.html" "$tmp/report.dom"
result=$(finding "$tmp/report.dom")
charts=$(grep -c '^!\[图' "$tmp/out/report.md")
echo "$result" | head -n 1
echo "$result" | grep -q "^YP-PROBE svgs=$charts imgs=0 bad=0 errors=0\$" ||
	bad "the report in chromium: $result (expected $charts charts)"
grep -E 'Uncaught|:CONSOLE\(' "$tmp/report.dom.log" &&
	bad "chromium logged a script or console message"

# Printed on A4 (config/report.css: @page A4), and a screenshot to look at.
browser --no-pdf-header-footer --print-to-pdf="$tmp/report.pdf" \
    "file://$tmp/out/report.html" 2>/dev/null
pages=$(grep -ao '/Type */Pages*' "$tmp/report.pdf" | grep -c 'Page$')
echo "report.html prints on $pages A4 pages"
[ "$pages" -ge 8 ] || bad "report.html prints on $pages pages only"
mkdir -p "$ROOT/out"
browser --window-size=1280,2400 --hide-scrollbars \
    --screenshot="$ROOT/out/report-screenshot.png" "file://$tmp/out/report.html" 2>/dev/null
[ -s "$ROOT/out/report-screenshot.png" ] || bad "no screenshot"
echo "screenshot: out/report-screenshot.png"
exit $fail
