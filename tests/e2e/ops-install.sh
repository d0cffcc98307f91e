# no-sanitizers: this tests make install, not the programs.
# make install in a copy of the project: with DESTDIR, the stages, the
# default config, the scripts and a man page per stage land under
# DESTDIR/PREFIX and the installed programs answer --version and --help;
# with PREFIX alone, an installed yp-ingest run outside any checkout (no
# ./config, no YP_CONFIG) finds the installed config through the DATADIR
# compiled into it and reads a sample table; bin/ is left as it was.
set -u
. "$ROOT/tests/e2e/ops-common.bash"
command -v help2man >/dev/null || { echo "skip: help2man is not installed (scripts/install-deps)"; exit 77; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
bad() { echo "FAIL: $*"; fail=1; }
p=$tmp/p
ops_copy "$p" || exit 1
cd "$p" || exit 1
stages=$(cd stages && for s in */main.c; do echo "${s%/main.c}"; done)
(cd bin && sha256sum yp-*) >"$tmp/bin.sum"

# 1. DESTDIR: a tree of files under DESTDIR/opt/yanpan.
d=$tmp/dest
if ! make install PREFIX=/opt/yanpan DESTDIR="$d" >"$tmp/log" 2>&1; then
	bad "make install DESTDIR=... failed:"; tail -n 20 "$tmp/log"; exit 1
fi
for s in $stages; do
	x=$d/opt/yanpan/bin/yp-$s
	[ -x "$x" ] || { bad "no executable $x"; continue; }
	v=$("$x" --version 2>&1) || bad "yp-$s --version: exit $?"
	case "$v" in "yp-$s (yanpan) "*) ;; *) bad "yp-$s --version says: $v" ;; esac
	"$x" --help >"$tmp/help" 2>&1 || bad "yp-$s --help: exit $?"
	grep -q "^usage: yp-$s" "$tmp/help" || bad "yp-$s --help: no usage line"
	m=$d/opt/yanpan/share/man/man1/yp-$s.1
	[ -s "$m" ] || { bad "no man page $m"; continue; }
	grep -q '^\.SH NAME' "$m" || bad "$m: no NAME section"
	# NAME from the purpose line of main.c, the text in UTF-8 (help2man
	# in its default C locale would write ? for every Chinese character)
	purpose=$(sed -n "1s|^/\* yp-[a-z]*: \(.*\)\. \*/$|\1|p" "stages/$s/main.c")
	grep -qF "yp-$s \\- $purpose" "$m" || bad "$m: NAME is not \"$purpose\""
	grep -q '??' "$m" && bad "$m: Chinese text came out as ??"
done
for f in config/indicators.csv config/units.csv config/regions.csv config/report.md \
	config/report.css config/report-regions.csv scripts/nightly scripts/atomic \
	scripts/manifest scripts/raw-files scripts/raw-fingerprint scripts/report-regions \
	scripts/yanpan-nightly.service scripts/yanpan-nightly.timer scripts/yanpan-nightly.cron; do
	[ -f "$d/opt/yanpan/share/yanpan/$f" ] || bad "not installed: share/yanpan/$f"
done
for f in $(cd config && ls); do
	cmp -s "config/$f" "$d/opt/yanpan/share/yanpan/config/$f" || bad "config/$f installed differently"
done
[ -x "$d/opt/yanpan/share/yanpan/scripts/nightly" ] || bad "scripts/nightly not executable"
# the DATADIR compiled in is the final one, without DESTDIR
grep -qaF /opt/yanpan/share/yanpan "$d/opt/yanpan/bin/yp-ingest" ||
	bad "yp-ingest does not hold /opt/yanpan/share/yanpan"
grep -qaF "$d" "$d/opt/yanpan/bin/yp-ingest" && bad "yp-ingest holds the DESTDIR path"
# nothing outside DESTDIR/PREFIX
[ "$(ls "$d")" = opt ] || bad "installed outside opt/: $(ls "$d")"

# 2. PREFIX alone, run from an empty folder: the installed config is found.
pre=$tmp/prefix
make install PREFIX="$pre" >"$tmp/log" 2>&1 || { bad "make install PREFIX=... failed"; tail -n 5 "$tmp/log"; }
mkdir "$tmp/elsewhere"
cp data/raw/示例县_用水.csv "$tmp/elsewhere/"
(
	cd "$tmp/elsewhere" &&
	env -u YP_CONFIG "$pre/bin/yp-ingest" 示例县_用水.csv >out.csv 2>err.txt
) || bad "installed yp-ingest outside the checkout failed: $(cat "$tmp/elsewhere/err.txt")"
head -n 1 "$tmp/elsewhere/out.csv" | grep -qx 'region,indicator,measure,period,value,unit,status,source,note' ||
	bad "installed yp-ingest wrote no records"
# 用水总量 2000 is 27844 万立方米 in the table; the indicator code comes
# from the installed indicators.csv (its alias 用水总量)
grep -q '^示例县,water\.[a-z.]*,value,2000,27844,万立方米,' "$tmp/elsewhere/out.csv" ||
	bad "installed yp-ingest: no 示例县 water use 2000 = 27844: $(sed -n 2p "$tmp/elsewhere/out.csv")"
# and without the installed config it says where it looked
mv "$pre/share/yanpan/config" "$pre/share/yanpan/config.away"
if (cd "$tmp/elsewhere" && env -u YP_CONFIG "$pre/bin/yp-ingest" 示例县_用水.csv >/dev/null 2>err2.txt); then
	bad "installed yp-ingest without its config succeeded"
fi
grep -qF "$pre/share/yanpan/config" "$tmp/elsewhere/err2.txt" ||
	bad "without its config, yp-ingest does not name $pre/share/yanpan/config: $(cat "$tmp/elsewhere/err2.txt")"

# bin/ (for the checkout) is untouched by installing with another DATADIR
(cd bin && sha256sum yp-*) | cmp -s - "$tmp/bin.sum" || bad "make install changed bin/"

[ $fail -eq 0 ] && echo ok
exit $fail
