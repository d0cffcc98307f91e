# no-sanitizers: this tests scripts/nightly, not the programs.
# The nightly refresh on the sample, in a copy of the project with its own
# data folder and runs folder:
#   1. the first run publishes: published -> runs/<run>, whose out/ holds
#      the report and manifest.csv (each raw table's SHA-256 as sha256sum
#      computes it, the config tables, the programs with their versions)
#      and run.csv its start, end and status;
#   2. a second run with nothing changed writes a run record (status
#      unchanged) and runs no stage: no out/ in it, no stage in its log;
#   3. one figure edited in one raw table: the next run (with --regions,
#      so also one report per region of report-regions.csv) publishes, its
#      out/diff.csv lists that figure (old and new value, the input it came
#      from) and the report's appendix shows it.
set -u
. "$ROOT/tests/e2e/ops-common.bash"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
bad() { echo "FAIL: $*"; fail=1; }
p=$tmp/p
ops_copy "$p" || exit 1
cp -a "$p/data/raw" "$tmp/data"
root=$tmp/nightly
nightly() { "$p/scripts/nightly" --data "$tmp/data" --root "$root" --jobs 2 "$@"; }
field() { sed -n "s/^$2,//p" "$1"; }	# run.csv KEY

# 1. First run.
nightly >"$tmp/out1" 2>&1 || { bad "first run: exit $?"; cat "$tmp/out1"; exit 1; }
[ -L "$root/published" ] || { bad "first run: no published link"; exit 1; }
run1=$(readlink "$root/published")
case "$run1" in runs/[0-9]*-[0-9]*) ;; *) bad "published -> $run1, not runs/<date-time>" ;; esac
pub=$root/published
[ -s "$pub/out/report.html" ] || bad "first run: no out/report.html"
[ "$(field "$pub/run.csv" status)" = published ] || bad "first run: status $(field "$pub/run.csv" status)"
s=$(field "$pub/run.csv" started) e=$(field "$pub/run.csv" ended)
[[ $s =~ ^20[0-9][0-9]-[01][0-9]-[0-3][0-9]T[0-9:]{8}Z$ ]] || bad "run.csv started: $s"
[[ $e =~ ^20[0-9][0-9]-[01][0-9]-[0-3][0-9]T[0-9:]{8}Z$ ]] || bad "run.csv ended: $e"
[[ "$s" < "$e" || "$s" == "$e" ]] || bad "run.csv: ended $e before started $s"
[ -s "$pub/log.txt" ] || bad "first run: no log.txt"
# manifest: every raw table with the SHA-256 sha256sum gives
m=$pub/out/manifest.csv
[ "$(head -n 1 "$m")" = "kind,name,sha256,bytes,detail" ] || bad "manifest header: $(head -n 1 "$m")"
n=0
for f in "$tmp"/data/*; do
	case "$(basename "$f")" in README*|.*) continue ;; esac	# not tables
	sum=$(sha256sum <"$f" | cut -d' ' -f1)
	grep -qF "input,$f,$sum,$(stat -c %s "$f")," "$m" || bad "manifest: no input row for $f with $sum"
	n=$((n + 1))
done
[ "$(grep -c '^input,' "$m")" -eq "$n" ] || bad "manifest: $(grep -c '^input,' "$m") inputs, expected $n"
sum=$(sha256sum <"$p/config/targets.csv" | cut -d' ' -f1)
grep -qF "config,$p/config/targets.csv,$sum," "$m" || bad "manifest: no config row for targets.csv"
for s in ingest clean structure compare trend plot report; do
	v=$("$p/bin/yp-$s" --version | head -n 1)
	grep -q "^program,yp-$s,[0-9a-f]\{64\},[0-9]*,$v\$" "$m" || bad "manifest: no program row for yp-$s ($v)"
done
grep -q '^tool,gnuplot,,,' "$m" || bad "manifest: no gnuplot version"
# the report's appendix shows the manifest: a raw table's checksum in it
f1=$(ls "$tmp"/data/*.csv | head -n 1)
grep -q "$(sha256sum <"$f1" | cut -d' ' -f1)" "$pub/out/report.html" ||
	bad "the report's appendix does not show the manifest's checksum of $f1"
[ ! -e "$pub/out/diff.csv" ] || bad "first run: a diff.csv with no earlier run"

# 2. Nothing changed.
sleep 1		# run folders are named by the second
nightly >"$tmp/out2" 2>&1 || bad "unchanged run: exit $?"
[ "$(readlink "$root/published")" = "$run1" ] || bad "unchanged run moved published"
run2=$(ls "$root/runs" | LC_ALL=C sort | tail -n 1)
[ "runs/$run2" != "$run1" ] || bad "unchanged run: no run folder of its own"
r2=$root/runs/$run2
[ "$(field "$r2/run.csv" status)" = unchanged ] || bad "unchanged run: status $(field "$r2/run.csv" status)"
[ ! -e "$r2/out" ] || bad "unchanged run: it has an out/ folder (it did analysis work)"
[ -z "$(ops_stage_ran "$r2/log.txt")" ] || bad "unchanged run: ran $(ops_stage_ran "$r2/log.txt")"
grep -q 'unchanged since' "$r2/log.txt" || bad "unchanged run: its log does not say why nothing ran"

# 3. One figure edited: 广播节目综合人口覆盖率 2000, 91.50 -> 91.60 (the
#    table is GB18030; the digits are ASCII in it).
f=$(ls "$tmp"/data/*文化旅游.csv)
grep -q ',91\.50,91\.82,' "$f" || { bad "the sample's 广播节目综合人口覆盖率 2000 is no longer 91.50"; exit 1; }
sed -i 's/,91\.50,91\.82,/,91.60,91.82,/' "$f"
sleep 1
nightly --regions >"$tmp/out3" 2>&1 || { bad "run after the edit: exit $?"; cat "$tmp/out3"; }
run3=$(readlink "$root/published")
[ "$run3" != "$run1" ] || bad "run after the edit did not publish"
d=$root/published/out/diff.csv
if [ -f "$d" ]; then
	# one figure changed; (91.6 - 91.5) / 91.5 = +0.1093%
	grep -qF "示例县,culture.radio.coverage,value,2000,91.6,%,A,$f:" "$d" ||
		bad "diff.csv does not list 示例县 culture.radio.coverage 2000 = 91.6: $(cat "$d")"
	grep -qF 'changed from 91.5 to 91.6 (+0.1093%)' "$d" || bad "diff.csv: not 'changed from 91.5 to 91.6 (+0.1093%)'"
	[ "$(grep -c '' "$d")" -eq 2 ] || bad "diff.csv: $(($(grep -c '' "$d") - 1)) records, expected 1"
	grep -q 'changed from 91.5 to 91.6' "$root/published/out/report.md" ||
		bad "the report's appendix does not show the change"
else
	bad "run after the edit: no out/diff.csv"
fi
# --regions: a report per listed region, each with the change in its appendix
for r in $(sed -n 's/^\([^#,][^,]*\),.*/\1/p' "$p/config/report-regions.csv" | tail -n +2); do
	[ -s "$root/published/out/regions/$r/report.html" ] || bad "--regions: no report for $r"
done
grep -q 'changed from 91.5 to 91.6' "$root/published/out/regions/示例县/report.md" ||
	bad "--regions: 示例县's report does not show the change"
# the edited table's new checksum is in the new manifest
grep -qF "input,$f,$(sha256sum <"$f" | cut -d' ' -f1)," "$root/published/out/manifest.csv" ||
	bad "the new manifest does not have the edited table's checksum"
# the first run is still there, untouched
[ -s "$root/$run1/out/report.html" ] || bad "the first run's report is gone"

[ $fail -eq 0 ] && echo ok
exit $fail
