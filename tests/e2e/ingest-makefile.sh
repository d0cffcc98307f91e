# The pipeline rule for out/raw.csv: the records of every table in the
# raw folder when all are good, and no out/raw.csv at all when one is bad
# (yp-ingest goes on past a bad file, so its output must not be kept).
set -u
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/raw"
fail=0
bad() { echo "FAIL: $*"; fail=1; }

# make TARGET...: the project's Makefile with this test's folders, using
# the binaries under test as they are (-o: never rebuilt from here).
run_make() {
	env -u MAKEFLAGS -u MFLAGS -u MAKELEVEL make -s -C "$ROOT" \
	    BIN="$BIN" OUT="$tmp/out" RAW_DIR="$tmp/raw" CONFIG="$ROOT/config" \
	    -o "$BIN/yp-ingest" "$@"
}

printf '%s\n' '数据库：年度数据' '指标,2020年' '国内生产总值(亿元),1015986.2' \
    >"$tmp/raw/国内生产总值.csv"
printf '%s\n' '指标：地区生产总值(亿元)' '地区,2024年' '北京市,49670.2' \
    >"$tmp/raw/分省 年度数据.csv"		# a name with a space
if ! run_make "$tmp/out/raw.csv" >"$tmp/log" 2>&1; then
	bad "good tables: make failed: $(cat "$tmp/log")"
fi
if [ -f "$tmp/out/raw.csv" ]; then
	head -n 1 "$tmp/out/raw.csv" | grep -qx \
	    'region,indicator,measure,period,value,unit,status,source,note' ||
		bad "out/raw.csv does not start with the record header"
	grep -q '^全国,gdp,value,2020,1015986.2,亿元,A,' "$tmp/out/raw.csv" ||
		bad "out/raw.csv lacks 全国 2020 GDP"
	grep -q '^北京市,gdp,value,2024,49670.2,亿元,A,' "$tmp/out/raw.csv" ||
		bad "out/raw.csv lacks 北京市 2024 GDP"
else
	bad "good tables: no out/raw.csv"
fi

# A bad table among good ones, from a clean output folder: make fails and
# leaves no out/raw.csv for later stages to take.
rm -rf "$tmp/out"
printf '%s\n' '数据库：年度数据' '指标,2020年' '国内生产总值(亿元),1015986.2,1' \
    >"$tmp/raw/坏表.csv"
if run_make "$tmp/out/raw.csv" >"$tmp/log" 2>&1; then
	bad "a bad table: make succeeded"
fi
grep -q 'yp-ingest: .*坏表.csv:3: 3 cells but the header' "$tmp/log" ||
	bad "a bad table: no message naming it: $(cat "$tmp/log")"
[ ! -e "$tmp/out/raw.csv" ] || bad "a bad table: out/raw.csv was left behind"

[ $fail -eq 0 ] && echo ok
exit $fail
