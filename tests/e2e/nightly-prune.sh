# no-sanitizers: this tests scripts/nightly, not the programs.
# --keep N: after each run only the newest N run folders are kept, and the
# published one always, however old.  One published run, then unchanged
# and failed runs (they count as runs too) with --keep 2 and --keep 1.
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
nightly() { "$p/scripts/nightly" --data "$tmp/data" --root "$root" --jobs 2 "$@" >>"$tmp/log" 2>&1; }
runs() { ls "$root/runs" | LC_ALL=C sort | tr '\n' ' '; }

nightly --keep 2 || { bad "first run: exit $?"; tail -n 5 "$tmp/log"; exit 1; }
pub=$(basename "$(readlink "$root/published")")
sum=$(sha256sum <"$root/published/out/report.html")
made=("$pub")
for i in 1 2 3; do
	sleep 1		# run folders are named by the second
	nightly --keep 2 || bad "unchanged run $i: exit $?"
	made+=("$(ls "$root/runs" | LC_ALL=C sort | tail -n 1)")
done
# made: published, u1, u2, u3 -> kept: u2 u3 and the published one
want="$pub ${made[2]} ${made[3]} "
[ "$(runs)" = "$want" ] || bad "--keep 2 after three unchanged runs: $(runs), expected $want"

printf '\000\001binary\n' >"$tmp/data/坏.csv"
sleep 1
nightly --keep 2 && bad "a corrupt input: the run succeeded"
f=$(ls "$root/runs" | LC_ALL=C sort | tail -n 1)
want="$pub ${made[3]} $f "
[ "$(runs)" = "$want" ] || bad "--keep 2 after a failed run: $(runs), expected $want"
rm "$tmp/data/坏.csv"

sleep 1
nightly --keep 1 || bad "unchanged run with --keep 1: exit $?"
last=$(ls "$root/runs" | LC_ALL=C sort | tail -n 1)
want="$pub $last "
[ "$(runs)" = "$want" ] || bad "--keep 1: $(runs), expected $want"
[ "$(basename "$(readlink "$root/published")")" = "$pub" ] || bad "published moved"
[ "$(sha256sum <"$root/published/out/report.html")" = "$sum" ] || bad "the published report changed"

# --keep 0 is refused before anything runs
"$p/scripts/nightly" --data "$tmp/data" --root "$root" --keep 0 >"$tmp/k0" 2>&1
[ $? -eq 2 ] || bad "--keep 0: not exit 2"
[ "$(runs)" = "$want" ] || bad "--keep 0 touched the runs"

[ $fail -eq 0 ] && echo ok
exit $fail
