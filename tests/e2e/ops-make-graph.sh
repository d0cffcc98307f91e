# no-sanitizers: this tests the Makefile's graph, not the programs.
# The Makefile as the pipeline's graph, on the sample in a copy of the
# project: make -j2 report builds what make -j1 does, byte for byte; with
# nothing changed make -q report says so and make report runs no recipe;
# each config table reruns exactly the stages whose source opens it (read
# from stages/*/*.c: trend.csv/targets.csv/verdicts.csv by yp-trend,
# targets.csv also by yp-report; report.md by yp-report only); a named
# target runs one stage; a failing stage leaves its old output and no
# temporary.
set -u
. "$ROOT/tests/e2e/ops-common.bash"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
bad() { echo "FAIL: $*"; fail=1; }
p=$tmp/p
ops_copy "$p" || exit 1
cd "$p" || exit 1

# The stages a make run started, from its log (the recipes it echoed).
ran() { ops_stage_ran "$1"; }

# 1. From nothing one job at a time, then again in parallel: the same
#    files with the same bytes (no time, no order of jobs in them).
sums() { (cd out && find . -type f ! -name '*.docx' | LC_ALL=C sort | xargs sha256sum); }
if ! make report >"$tmp/j1.log" 2>&1; then
	bad "make report failed"; tail -n 20 "$tmp/j1.log"; exit 1
fi
sums >"$tmp/j1.sum"
rm -rf out
if ! make -j2 report >"$tmp/j2.log" 2>&1; then
	bad "make -j2 report failed"; tail -n 20 "$tmp/j2.log"; exit 1
fi
sums >"$tmp/j2.sum"
cmp -s "$tmp/j1.sum" "$tmp/j2.sum" || { bad "make -j2 and make -j1 wrote different files:"; diff "$tmp/j1.sum" "$tmp/j2.sum" | head; }
[ -z "$(find out -name '*.tmp' -o -name '*.old')" ] || bad "temporaries left: $(find out -name '*.tmp' -o -name '*.old')"

# 2. Nothing changed: make -q says so (exit 0), make -n lists nothing,
#    make report runs no recipe.
make -q report || bad "make -q report: exit $? after a full run (something is always out of date)"
make -n report >"$tmp/n.log" 2>&1
[ -z "$(ran "$tmp/n.log")" ] || bad "make -n report with nothing changed would run: $(ran "$tmp/n.log")"
make report >"$tmp/again.log" 2>&1 || bad "second make report failed"
grep -q "Nothing to be done for 'report'" "$tmp/again.log" ||
	bad "second make report ran something: $(head -n 3 "$tmp/again.log")"

outputs=(out/raw.csv out/obs.csv out/quality.csv out/structure.csv out/compare.csv
	out/trend.csv out/targets.csv out/charts/index.csv out/report.html out/report.md)
# expect_rerun LOG WANT: the stages the log shows are exactly WANT.
expect_ran() {
	local got
	got=$(ran "$1")
	[ "$got" = "$2" ] || bad "$3: ran \"$got\", expected \"$2\""
}

# 3. config/clean.csv, read by yp-clean alone: make -n shows every stage
#    from clean on and not ingest, and changes nothing; make report then
#    runs just those.
touch config/clean.csv
before=$(ops_mtime "${outputs[@]}")
make -n report >"$tmp/n.log" 2>&1
expect_ran "$tmp/n.log" "yp-clean yp-compare yp-plot yp-report yp-structure yp-trend " "touch config/clean.csv, make -n report"
[ "$(ops_mtime "${outputs[@]}")" = "$before" ] || bad "make -n report changed an output"
make report >"$tmp/c.log" 2>&1 || bad "make report after touching clean.csv failed"
expect_ran "$tmp/c.log" "yp-clean yp-compare yp-plot yp-report yp-structure yp-trend " "touch config/clean.csv, make report"

#    config/targets.csv: read by yp-trend (-t) and yp-report ({{targets}});
#    yp-plot charts yp-trend's targets.csv.  Those three rerun, nothing
#    upstream: raw, obs, quality, structure, compare keep their times.
touch config/targets.csv
before=$(ops_mtime "${outputs[@]}")
make report >"$tmp/t.log" 2>&1 || bad "make report after touching targets.csv failed"
expect_ran "$tmp/t.log" "yp-plot yp-report yp-trend " "touch config/targets.csv, make report"
after=$(ops_mtime "${outputs[@]}")
paste <(printf '%s\n' "${outputs[@]}") <(echo "$before") <(echo "$after") >"$tmp/times"
while read -r f b a; do
	case "$f" in
	out/raw.csv|out/obs.csv|out/quality.csv|out/structure.csv|out/compare.csv)
		[ "$b" = "$a" ] || bad "touch targets.csv rewrote $f" ;;
	*)	[ "$b" != "$a" ] || bad "touch targets.csv did not rewrite $f" ;;
	esac
done <"$tmp/times"
make -q report || bad "make -q report after the rerun: still out of date"

# 4. config/report.md: the template, read by yp-report alone (the manifest,
#    which lists every config table's SHA-256, is rewritten too; it is a
#    script, not a stage).
touch config/report.md
make report >"$tmp/r.log" 2>&1 || bad "make report after touching report.md failed"
expect_ran "$tmp/r.log" "yp-report " "touch config/report.md"
grep -q 'scripts/manifest' "$tmp/r.log" || bad "touch config/report.md: the manifest was not rewritten"

# 5. One raw table edited: every stage from ingest on.
f=$(ls data/raw/*文化旅游.csv)
sed -i 's/,91\.50,91\.82,/,91.60,91.82,/' "$f"
grep -q ',91.60,91.82,' "$f" || bad "could not edit $f"
make report >"$tmp/raw.log" 2>&1 || bad "make report after editing a raw table failed"
expect_ran "$tmp/raw.log" "yp-clean yp-compare yp-ingest yp-plot yp-report yp-structure yp-trend " "edit one raw table"

# 6. Named targets bring one stage up to date: config/trend.csv touched,
#    make trend runs yp-trend alone; make charts then yp-plot alone.
touch config/trend.csv
make trend >"$tmp/nt.log" 2>&1 || bad "make trend failed"
expect_ran "$tmp/nt.log" "yp-trend " "make trend"
make charts >"$tmp/nc.log" 2>&1 || bad "make charts failed"
expect_ran "$tmp/nc.log" "yp-plot " "make charts"
make report >/dev/null 2>&1 || bad "make report after make charts failed"
for t in ingest obs structure compare trend charts manifest report-only report; do
	make -q "$t" || bad "make -q $t: out of date after make report"
done

#    A variable the charts and the report are made with: make report
#    REGION=东岭县 REPORT_FLAGS=--gaps redraws and rewrites for 东岭县 (and
#    nothing upstream); make report without them goes back.
make report REGION=东岭县 REPORT_FLAGS=--gaps >"$tmp/v.log" 2>&1 || bad "make report REGION=东岭县 failed"
expect_ran "$tmp/v.log" "yp-plot yp-report " "make report REGION=东岭县"
grep -q '^# 东岭县' out/report.md || bad "REGION=东岭县: the report is not about 东岭县: $(grep -m1 '^# ' out/report.md)"
make -q report REGION=东岭县 REPORT_FLAGS=--gaps || bad "make -q report REGION=东岭县: out of date right after"
make report >"$tmp/v.log" 2>&1 || bad "make report back to the template's region failed"
expect_ran "$tmp/v.log" "yp-plot yp-report " "make report after REGION=东岭县"
grep -q '^# 东岭县' out/report.md && bad "back to the template's region: the report is still about 东岭县"

# 7. A failing stage changes nothing and leaves no temporary:
#    yp-structure on a config table with a bad row (exit 2) ...
sum_out() { (cd out && find . -type f | LC_ALL=C sort | xargs sha256sum); }
sum_out >"$tmp/good.sum"
cp config/structure.csv "$tmp/structure.csv"
printf 'no_such_setting,1\n' >>config/structure.csv
if make report >"$tmp/f.log" 2>&1; then
	bad "make report with a bad config/structure.csv succeeded"
fi
grep -q '^yp-structure: .*structure.csv' "$tmp/f.log" ||
	bad "the failing stage's message does not name config/structure.csv: $(grep yp-structure "$tmp/f.log" | tail -n 1)"
sum_out >"$tmp/after.sum"
cmp -s "$tmp/good.sum" "$tmp/after.sum" || { bad "a failed yp-structure changed out/:"; diff "$tmp/good.sum" "$tmp/after.sum" | head; }
cp -p "$tmp/structure.csv" config/structure.csv
#    ... and yp-plot whose gnuplot fails at the third chart, after two
#    were drawn into charts.tmp/: the old charts stay, no charts.tmp/.
cat >"$tmp/gnuplot" <<'EOF'
#!/bin/sh
n=$(cat "$0.n" 2>/dev/null || echo 0); n=$((n + 1)); echo $n >"$0.n"
[ $n -le 2 ] && exec gnuplot "$@"
echo "gnuplot (fake): out of memory" >&2; exit 1
EOF
chmod +x "$tmp/gnuplot"
touch config/charts.csv
if YP_GNUPLOT=$tmp/gnuplot make charts >"$tmp/p.log" 2>&1; then
	bad "make charts with a failing gnuplot succeeded"
fi
grep -q 'gnuplot (fake): out of memory' "$tmp/p.log" || bad "yp-plot did not run the failing gnuplot: $(tail -n 2 "$tmp/p.log")"
sum_out >"$tmp/after.sum"
cmp -s "$tmp/good.sum" "$tmp/after.sum" || { bad "a failed yp-plot changed out/:"; diff "$tmp/good.sum" "$tmp/after.sum" | head; }
make charts >/dev/null 2>&1 || bad "make charts with gnuplot back failed"
#    ... and an interrupted stage (SIGTERM to make's process group while
#    yp-ingest runs) leaves no temporary either.
touch bin/yp-ingest
setsid make report >"$tmp/k.log" 2>&1 &
pid=$!
for _ in $(seq 100); do
	[ -e out/raw.csv.tmp ] && break
	sleep 0.05
done
kill -TERM -- -"$pid" 2>/dev/null
wait "$pid" 2>/dev/null
left=$(find out -name '*.tmp' -o -name '*.old')
[ -z "$left" ] || bad "an interrupted make left: $left"
cmp -s <(sum_out | grep -v '\.raw-inputs') <(grep -v '\.raw-inputs' "$tmp/good.sum") ||
	bad "an interrupted make changed out/"

[ $fail -eq 0 ] && echo ok
exit $fail
