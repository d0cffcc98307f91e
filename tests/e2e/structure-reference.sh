#!/usr/bin/env bash
# yp-structure against values computed independently with numpy by
# tests/ref/structure_reference.py (every formula of sections 2.0-2.9 of
# the methods reference on a synthetic county 示例县 and its parent 示例市,
# 2014-2025): each of the 1 420 reference figures must be in the output
# with the same value (relative tolerance 1e-9, absolute 1e-9 near zero),
# and the ones marked M must be not-computable records.
set -u
: "${BIN:?}" "${ROOT:?}"
ref=$ROOT/tests/ref/structure_reference.out
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$BIN/yp-structure" "$ROOT/tests/ref/structure_synthetic.csv" >"$tmp/out.csv" ||
	{ echo "yp-structure failed"; exit 1; }
# Quoted fields never occur in the columns compared (region..status), so
# splitting on commas is safe for them.
awk -F, '
	NR == FNR { if ($0 !~ /^#/) { want[$1","$2","$3","$4] = $5; n++ } next }
	FNR > 1 { key = $1","$2","$3","$4; got[key] = $5; st[key] = $7 }
	END {
		bad = 0
		for (k in want) {
			if (!(k in got)) { print "missing: " k; bad++; continue }
			if (want[k] == "M") {
				if (st[k] != "M") { print k ": expected M, got " got[k]; bad++ }
				continue
			}
			if (st[k] == "M") { print k ": M, expected " want[k]; bad++; continue }
			w = want[k] + 0; g = got[k] + 0; d = w - g; if (d < 0) d = -d
			tol = (w < 0 ? -w : w) * 1e-9; if (tol < 1e-9) tol = 1e-9
			if (d > tol) { print k ": got " got[k] ", expected " want[k]; bad++ }
		}
		if (bad) { print bad " of " n " differ"; exit 1 }
		print n " reference values match"
	}' "$ref" "$tmp/out.csv"
