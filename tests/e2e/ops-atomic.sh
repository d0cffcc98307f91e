# no-sanitizers: this tests scripts/atomic, through which every pipeline
# rule writes its outputs.
# A command that succeeds replaces its outputs; one that fails, forgets a
# temporary or is stopped by a signal leaves the old outputs as they were
# and no OUTPUT.tmp (nor charts.tmp/, charts.old/) behind.
set -u
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
bad() { echo "FAIL: $*"; fail=1; }
atomic=$ROOT/scripts/atomic
cd "$tmp" || exit 1
leftovers() { find . -name '*.tmp' -o -name '*.old'; }

# standard output to the first file, a second file written by the command
"$atomic" a.csv b.csv -- sh -c 'echo one; echo two >b.csv.tmp' || bad "success: exit $?"
[ "$(cat a.csv)" = one ] && [ "$(cat b.csv)" = two ] || bad "success: a.csv/b.csv not written"
# failure: exit status kept, old files kept, temporaries gone
"$atomic" a.csv b.csv -- sh -c 'echo half; echo half >b.csv.tmp; exit 3'
st=$?
[ $st -eq 3 ] || bad "failure: exit $st, expected the command's 3"
[ "$(cat a.csv)" = one ] && [ "$(cat b.csv)" = two ] || bad "failure: old outputs changed"
[ -z "$(leftovers)" ] || bad "failure left $(leftovers)"
# success without the second temporary: nothing changes, exit 1
"$atomic" a.csv b.csv -- sh -c 'echo three' 2>err
st=$?
[ $st -eq 1 ] || bad "a missing temporary: exit $st, expected 1"
grep -q 'did not write b.csv.tmp' err || bad "a missing temporary: no message: $(cat err)"
[ "$(cat a.csv)" = one ] || bad "a missing temporary: a.csv changed"
[ -z "$(leftovers)" ] || bad "a missing temporary left $(leftovers)"
# a stale temporary of a killed run is not taken for the new one
echo stale >b.csv.tmp
"$atomic" a.csv b.csv -- sh -c 'echo four' 2>/dev/null && bad "a stale temporary was taken as written"
[ "$(cat b.csv)" = two ] || bad "a stale temporary replaced b.csv"
# standard input passes through
echo piped | "$atomic" c.csv -- cat || bad "stdin: exit $?"
[ "$(cat c.csv)" = piped ] || bad "stdin: c.csv is $(cat c.csv)"
# a folder replaced whole (a file of the old one does not linger)
mkdir charts && echo old >charts/gone.svg
"$atomic" charts/ -- sh -c 'mkdir charts.tmp && echo new >charts.tmp/index.csv' || bad "folder: exit $?"
[ -f charts/index.csv ] && [ ! -e charts/gone.svg ] || bad "folder: not replaced whole: $(ls charts)"
"$atomic" charts/ -- sh -c 'mkdir charts.tmp && echo x >charts.tmp/a.svg && exit 1'
[ "$(ls charts)" = index.csv ] || bad "failed folder: charts/ changed: $(ls charts)"
[ -z "$(leftovers)" ] || bad "failed folder left $(leftovers)"
# SIGTERM while the command runs: the command is stopped, nothing left
"$atomic" d.csv -- sh -c 'echo partial; exec sleep 31.7' &
pid=$!
for _ in $(seq 100); do [ -s d.csv.tmp ] && break; sleep 0.05; done
kill -TERM "$pid"
wait "$pid"
st=$?
[ $st -eq 143 ] || bad "SIGTERM: exit $st, expected 143"
[ ! -e d.csv ] && [ -z "$(leftovers)" ] || bad "SIGTERM left d.csv or $(leftovers)"
sleep 0.2; pgrep -f 'sleep 31.7' >/dev/null && bad "SIGTERM: the command still runs"
# usage
"$atomic" a.csv 2>/dev/null
[ $? -eq 2 ] || bad "no command: not exit 2"

[ $fail -eq 0 ] && echo ok
exit $fail
