# Sourced by the cmd of each clean case (not a case itself): a config
# folder made of the project's indicators, units and regions plus the
# case's own rules.csv and clean.csv (absent: no rules, default settings),
# so that each case shows its rule alone; and run_clean ARGS..., which
# prints yp-clean's records, then "--- quality" and the quality table when
# one was written, with the temporary folder's name replaced by "config"
# in messages.
root=$(cd ../../../.. && pwd)
cfg=$(mktemp -d)
trap 'rm -rf "$cfg"' EXIT
cp "$root/config/indicators.csv" "$root/config/units.csv" \
	"$root/config/regions.csv" "$cfg/"
for f in rules.csv clean.csv; do
	if [ -f "$f" ]; then cp "$f" "$cfg/"; fi
done
run_clean() {
	local status
	"$BIN/yp-clean" -c "$cfg" --quality "$cfg/quality.csv" "$@" 2>"$cfg/err"
	status=$?
	sed "s|$cfg|config|g" "$cfg/err" >&2
	if [ -f "$cfg/quality.csv" ]; then
		echo "--- quality"
		cat "$cfg/quality.csv"
	fi
	return $status
}
