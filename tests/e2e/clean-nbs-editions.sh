# Two editions of real national GDP: ../shared/data/nbs_national_exports/
# 国内生产总值.csv (GB18030, 2011-2020, edition 2020 from its latest year)
# and a later edition built here: the same table with 2017-2019 GDP raised
# 1.2 % and the difference put into the tertiary sector, as a census
# revision would, read with --edition 2021.  yp-clean must keep the later
# figures and list every revised one with both values and the change; the
# expected figures are computed below with awk from the file itself, not
# taken from yp-clean's output.
set -u
src=$ROOT/../shared/data/nbs_national_exports/国内生产总值.csv
if [ ! -f "$src" ]; then
	echo "skip: $src is absent (the shared real-data folder)"
	exit 77
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
bad() { echo "FAIL: $*"; fail=1; }

# The later edition: columns are 2020年,2019年,... so 2019-2017 are fields
# 3-5.  GDP' = round(GDP x 1.012, 1); tertiary' = tertiary + (GDP' - GDP).
iconv -f GB18030 -t UTF-8 "$src" | awk -F, -v OFS=, '
	/^国内生产总值\(亿元\)/ { for (i = 3; i <= 5; i++) { new = sprintf("%.1f", $i * 1.012);
		d[i] = new - $i; $i = new } }
	/^第三产业增加值\(亿元\)/ { for (i = 3; i <= 5; i++) $i = sprintf("%.1f", $i + d[i]) }
	{ print }' > "$tmp/new.utf8"
# The tertiary row comes after GDP's in the table, so d[] is set in time.
iconv -f UTF-8 -t GB18030 "$tmp/new.utf8" > "$tmp/国内生产总值_2021.csv"

"$BIN/yp-ingest" --region 全国 "$src" > "$tmp/old.csv" || bad "yp-ingest (old)"
"$BIN/yp-ingest" --region 全国 --edition 2021 "$tmp/国内生产总值_2021.csv" |
	tail -n +2 > "$tmp/new.csv" || bad "yp-ingest (new)"
cat "$tmp/old.csv" "$tmp/new.csv" |
	"$BIN/yp-clean" --quality "$tmp/q.csv" > "$tmp/obs.csv" 2> "$tmp/err" ||
	bad "yp-clean failed: $(cat "$tmp/err")"

# Expected: for GDP and tertiary, 2017-2019: old -> new with the change.
iconv -f GB18030 -t UTF-8 "$src" | awk -F, '
	/^国内生产总值\(亿元\)/ { for (i = 3; i <= 5; i++) { g[i] = $i } }
	/^第三产业增加值\(亿元\)/ { for (i = 3; i <= 5; i++) { t[i] = $i } }
	# Records print the shortest form: 547209.0 is 547209.
	function short(s) { sub(/\.0$/, "", s); return s }
	END {
		for (i = 3; i <= 5; i++) {
			year = 2022 - i
			ng = sprintf("%.1f", g[i] * 1.012)
			nt = sprintf("%.1f", t[i] + (ng - g[i]))
			printf "gdp %d %s %s %+.2f\n", year, g[i], short(ng), (ng - g[i]) / g[i] * 100
			printf "gdp.tertiary %d %s %s %+.2f\n", year, t[i], short(nt), (nt - t[i]) / t[i] * 100
		}
	}' > "$tmp/expected"
[ "$(wc -l < "$tmp/expected")" -eq 6 ] || bad "could not read the GDP rows of $src"
while read -r ind year old new pct; do
	# The record kept is the later edition's, with its source.
	grep -q "^全国,$ind,value,$year,$new,亿元,A,$tmp/国内生产总值_2021.csv:[0-9]*@2021," \
		"$tmp/obs.csv" || bad "$ind $year: the 2021 edition's $new is not the record kept"
	# Each revision is listed with both values and the relative change;
	# all are above the 1 % threshold of config/clean.csv except the
	# tertiary ones below it (none here: a 1.2 % GDP revision put into
	# the tertiary sector alone moves it by more).
	grep -q "^warning,revision-large,全国,$ind,$year,$old → $new 亿元 ($pct %),.*国内生产总值.csv:[0-9]*@2020 → .*国内生产总值_2021.csv:[0-9]*@2021,kept edition 2021 over 2020$" \
		"$tmp/q.csv" || bad "$ind $year: no revision row $old → $new ($pct %)"
done < "$tmp/expected"

# Nothing else was revised: 6 revision rows; the other figures are the
# same in both editions (one edition-duplicate row per series); no rule
# of config/rules.csv fires on the national accounts (the sectors still
# add up, since the tertiary took the GDP change).
n=$(grep -c ',revision' "$tmp/q.csv")
[ "$n" -eq 6 ] || bad "$n revision rows, expected 6"
grep -v -e ',revision-large,' -e ',edition-duplicate,' "$tmp/q.csv" | tail -n +2 > "$tmp/other"
[ -s "$tmp/other" ] && bad "unexpected quality rows: $(cat "$tmp/other")"
# 2020 and 2011-2016 of GDP: 7 years the same in both.
grep -q "^info,edition-duplicate,全国,gdp,2011-2016 2020,7 values the same in both," "$tmp/q.csv" ||
	bad "no edition-duplicate row for the unchanged GDP years"
# One record per series and year: 6 series x 10 years + 4 footnotes x 2.
n=$(tail -n +2 "$tmp/obs.csv" | grep -c ',value,')
[ "$n" -eq 60 ] || bad "$n value records, expected 60"
exit $fail
