# The sample's report.html in a real browser (Debian's chromium, headless):
# every inline SVG chart must lay out with a size and draw something, every
# image must load, and no script or resource error or console message of
# level error or warning may occur.  A probe page — the report with a small
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
cat >"$tmp/broken/page.html" <<'EOF'
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>t</title></head>
<body><img src="missing.png"><svg width="0" height="0"></svg>
<script>console.error("boom");</script></body></html>
EOF
probe "$tmp/broken/page.html" "$tmp/broken.dom"
finding() {	# the probe's findings in a dumped DOM
	sed -n '/<pre id="yp-probe">/,/YP-PROBE-END/p' "$1" | sed 's/<pre id="yp-probe">//'
}
finding "$tmp/broken.dom" | grep -q '^YP-PROBE svgs=1 imgs=1 bad=3 errors=2$' ||
	bad "the probe misses the faults of a broken page: $(finding "$tmp/broken.dom")"

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
