# Shared by the operations tests (tests/e2e/ops-*.sh, nightly-*.sh), which
# source it: a throw-away copy of the project to run make and the nightly
# refresh in, so the checkout's out/ is never touched.
#   ops_copy DEST   the tracked (and new, not ignored) files of ROOT with
#                   their times, plus its built programs and objects, so
#                   that make in DEST finds them up to date
#   ops_stage_ran LOG   the stage programs a make log shows running (the
#                   recipes make echoes name them as bin/yp-STAGE; messages
#                   such as "run yp-trend --targets" do not count)

# Make in the copy is its own: not the jobserver of a make running us, and
# not run-tests' BIN (the programs under test, copied into the copy's bin/)
# or YP_CONFIG, which would override its Makefile's and config.
OPS_BIN=${BIN:-$ROOT/bin}
unset MAKEFLAGS MFLAGS MAKELEVEL MAKEOVERRIDES BIN YP_CONFIG
export LC_ALL=C.UTF-8

ops_copy() {
	local dest=$1 f
	mkdir -p "$dest"
	if git -C "$ROOT" rev-parse --is-inside-work-tree >/dev/null 2>&1; then
		(cd "$ROOT" && git ls-files -z --cached --others --exclude-standard |
			while IFS= read -r -d '' f; do
				[ -e "$f" ] || [ -L "$f" ] && printf '%s\0' "$f"
			done | xargs -0 cp -a --parents -t "$dest")
	else
		(cd "$ROOT" && tar --exclude=./build --exclude=./bin --exclude=./out \
			--exclude=./nightly -cf - .) | (cd "$dest" && tar -xf -)
	fi
	mkdir -p "$dest/build"
	cp -a "$OPS_BIN/." "$dest/bin/"
	for f in common stages libypcommon.a deps.ok; do
		[ -e "$ROOT/build/$f" ] && cp -a "$ROOT/build/$f" "$dest/build/"
	done
	# The programs are those under test (OPS_BIN), built before the tests
	# ran: newer than every source, so make in the copy builds nothing
	# even when someone edits a source meanwhile.
	local now
	now=$(date +%s.%N)
	find "$dest/bin" "$dest/build" -exec touch -h -d "@$now" {} +
	if ! make -C "$dest" -q all >/dev/null 2>&1; then
		echo "ops_copy: make in the copy would rebuild the programs:"
		make -C "$dest" -n all 2>&1 | head -n 5
		return 1
	fi
}

# ops_mtime FILE...: each file's modification time in nanoseconds ("-" when
# it does not exist), one line each.
ops_mtime() {
	local f
	for f in "$@"; do
		stat -c %.9Y "$f" 2>/dev/null || echo -
	done
}

ops_stage_ran() {
	grep -oE '(^|/)yp-(ingest|clean|structure|compare|trend|plot|report|diff) ' "$1" |
		sed 's/^\///; s/ $//' | sort -u | tr '\n' ' '
}
