# no-sanitizers: this tests scripts/nightly, not the programs.
# The nightly refresh when things go wrong, in a copy of the project with
# its own data and runs folders; after a first published run:
#   1. two runs at once: the second says another run holds the lock and
#      exits 75, the first goes on and publishes;
#   2. a binary file dropped into the data folder: the run exits 1, the
#      notification command gets a message naming the failing stage
#      (yp-ingest) and the file, run.csv says failed, and the published
#      report is byte for byte what it was;
#   3. a run killed with SIGKILL (its whole process group) while a stage
#      runs: the published report is byte for byte what it was, and the
#      next run marks the killed one interrupted and publishes.
set -u
. "$ROOT/tests/e2e/ops-common.bash"
tmp=$(mktemp -d)
pids=()
cleanup() {
	local p
	for p in "${pids[@]}"; do kill -9 -- -"$p" 2>/dev/null; done
	rm -rf "$tmp"
}
trap cleanup EXIT
fail=0
bad() { echo "FAIL: $*"; fail=1; }
p=$tmp/p
ops_copy "$p" || exit 1
cp -a "$p/data/raw" "$tmp/data"
root=$tmp/nightly
nightly() { "$p/scripts/nightly" --data "$tmp/data" --root "$root" --jobs 2 "$@"; }
field() { sed -n "s/^$2,//p" "$1"; }	# run.csv KEY
published_sum() { (cd "$root/published/out" && find . -type f | LC_ALL=C sort | xargs sha256sum); }
newest_run() { ls "$root/runs" | LC_ALL=C sort | tail -n 1; }
# new_run BEFORE: the run folder that is not in the list BEFORE, if any
new_run() { ls "$root/runs" | LC_ALL=C sort | comm -13 <(printf '%s\n' "$1") - | tail -n 1; }
# wait_for_stage RUN: until the run's log shows a stage after ingest (make
# -O writes a recipe's lines when it ends: ingest and clean are done, the
# stages after them are running)
wait_for_stage() {
	local i
	for i in $(seq 300); do
		grep -qE '(^|/)yp-(clean|structure|compare|trend) ' "$root/runs/$1/log.txt" 2>/dev/null && return 0
		sleep 0.05
	done
	return 1
}

nightly >"$tmp/first" 2>&1 || { bad "first run: exit $?"; cat "$tmp/first"; exit 1; }
good=$(readlink "$root/published")
published_sum >"$tmp/good.sum"

# 1. Two runs at once (a changed table, so the first has work to do).
sed -i 's/,91\.50,91\.82,/,91.60,91.82,/' "$tmp"/data/*文化旅游.csv
sleep 1
before=$(ls "$root/runs")
setsid "$p/scripts/nightly" --data "$tmp/data" --root "$root" --jobs 2 >"$tmp/a" 2>&1 &
a=$!; pids+=("$a")
for _ in $(seq 200); do
	r=$(new_run "$before")
	[ -n "$r" ] && [ -s "$root/runs/$r/log.txt" ] && break
	sleep 0.05
done
nightly >"$tmp/b" 2>&1
st=$?
[ $st -eq 75 ] || bad "the second of two runs: exit $st, expected 75"
grep -q "^yp-nightly: another run holds $root/.lock; not starting a second one" "$tmp/b" ||
	bad "the second run does not say another holds the lock: $(cat "$tmp/b")"
wait "$a"
st=$?
[ $st -eq 0 ] || bad "the first of two runs: exit $st: $(cat "$tmp/a")"
[ "$(readlink "$root/published")" != "$good" ] || bad "the first of two runs did not publish"
good=$(readlink "$root/published")
published_sum >"$tmp/good.sum"

# 2. A corrupt input: a binary file with a .csv name.
printf 'PK\003\004\000\000\001\002garbage\000\n' >"$tmp/data/示例县_损坏的表.csv"
sleep 1
nightly --notify "printf '%s\n' \"\$1\" >'$tmp/notified'; cat >'$tmp/notified.log'" >"$tmp/c" 2>&1
st=$?
[ $st -eq 1 ] || bad "a corrupt input: exit $st, expected 1"
r=$root/runs/$(newest_run)
if [ -f "$tmp/notified" ]; then
	msg=$(cat "$tmp/notified")
	case "$msg" in
	*"yp-ingest failed"*"$tmp/data/示例县_损坏的表.csv:"*) ;;
	*) bad "the notification does not name yp-ingest and the file: $msg" ;;
	esac
	[ -s "$tmp/notified.log" ] || bad "the notification command got no log lines on its input"
else
	bad "a corrupt input: the notification command was not called"
fi
[ "$(field "$r/run.csv" status)" = failed ] || bad "a corrupt input: run.csv status $(field "$r/run.csv" status)"
[ "$(field "$r/run.csv" stage)" = yp-ingest ] || bad "a corrupt input: run.csv stage $(field "$r/run.csv" stage)"
[ "$(readlink "$root/published")" = "$good" ] || bad "a corrupt input moved published"
published_sum | cmp -s - "$tmp/good.sum" || bad "a corrupt input changed the published run"
rm "$tmp/data/示例县_损坏的表.csv"

# 3. SIGKILL while a stage runs (another figure changed, so there is work).
sed -i 's/,91\.82,92\.15,/,91.90,92.15,/' "$tmp"/data/*文化旅游.csv
sleep 1
before=$(ls "$root/runs")
setsid "$p/scripts/nightly" --data "$tmp/data" --root "$root" --jobs 2 >"$tmp/k" 2>&1 &
k=$!; pids+=("$k")
killed=""
for _ in $(seq 200); do
	r=$(new_run "$before")
	if [ -n "$r" ]; then
		wait_for_stage "$r" && killed=$r
		break
	fi
	sleep 0.05
done
kill -9 -- -"$k"
wait "$k" 2>/dev/null
[ -n "$killed" ] || bad "the run to kill never reached a stage"
[ ! -e "$root/runs/$killed/out/report.html" ] || bad "the run was killed only after its report was written"
[ "$(readlink "$root/published")" = "$good" ] || bad "a killed run moved published"
published_sum | cmp -s - "$tmp/good.sum" || bad "a killed run changed the published run"
[ ! -e "$root/runs/$killed/run.csv" ] || bad "the killed run wrote a run record ($(field "$root/runs/$killed/run.csv" status))"
# the lock died with it: the next run starts, says what became of the
# killed one, and publishes
sleep 1
nightly >"$tmp/after" 2>&1 || bad "the run after a killed one: exit $?: $(tail -n 3 "$tmp/after")"
[ "$(field "$root/runs/$killed/run.csv" status)" = interrupted ] ||
	bad "the killed run is not marked interrupted"
[ "$(readlink "$root/published")" != "$good" ] || bad "the run after a killed one did not publish"
grep -q 'changed from 91.82 to 91.9' "$root/published/out/diff.csv" ||
	bad "the run after a killed one: diff.csv lacks 91.82 -> 91.9: $(cat "$root/published/out/diff.csv")"

[ $fail -eq 0 ] && echo ok
exit $fail
