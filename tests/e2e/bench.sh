#!/usr/bin/env bash
# scripts/bench at CI size (57 counties, about 106 000 records): it runs
# every stage and the chain, prints a row of figures for each, and the
# chain's outputs equal the stages' (bench checks that itself).  Not a
# timed test: the figures are not compared with anything.
set -u
out=$("$ROOT/scripts/bench" --size 0.02 --bin "$BIN" 2>&1) || { echo "$out"; echo "FAIL: scripts/bench exited non-zero"; exit 1; }
fail=0
for stage in ingest clean structure trend chain; do
	# name, then wall and CPU seconds as numbers, then the record count
	echo "$out" | awk -v s="$stage" '$1 == s && $2 ~ /^[0-9.]+$/ && $3 ~ /^[0-9.]+$/ && $5 > 100000 { ok = 1 } END { exit !ok }' ||
		{ echo "FAIL: no row of figures for $stage"; fail=1; }
done
echo "$out" | grep -q '^machine: [0-9]* cores' || { echo "FAIL: no core count"; fail=1; }
echo "$out" | grep -Eq '^series: [0-9]+ projected of 3420 considered' ||
	{ echo "FAIL: trend should consider 57 x 60 = 3420 series"; fail=1; }
[ $fail -eq 0 ] && echo "$out" | tail -n 9
exit $fail
