# yanpan (研判) — one non-recursive GNU Makefile.
#
#   make            build every stage into bin/yp-<stage>
#   make report     install what is missing, build, run the pipeline on
#                   data/raw/ and write out/report.html (only the stages
#                   whose inputs, config tables or program changed run;
#                   make -n report shows which)
#   make ingest | obs | structure | compare | trend | charts | manifest
#                   bring one stage's output up to date
#   make reports    one report per region of config/report-regions.csv,
#                   in out/regions/<region>/ (make -j2 reports)
#   make check      the same build, then every test, then the unit and
#                   stage tests again under AddressSanitizer and UBSan
#   make install    PREFIX=/usr/local DESTDIR= BINDIR= DATADIR= MANDIR=
# Variables: RAW_DIR=data/raw CONFIG=config OUT=out, REGION= (report on
# another region), REPORT_FLAGS= (e.g. --gaps), PREVIOUS=<an earlier
# obs.csv> (out/diff.csv and the report's table of changes).
#
# Each stage lives in stages/<name>/ (main.c plus its logic files) and may
# add its pipeline rules in stages/<name>/rules.mk, included below, so the
# whole pipeline is one graph.

SHELL := /bin/bash
.SHELLFLAGS := -o pipefail -ec
.DELETE_ON_ERROR:
.SUFFIXES:

CC ?= cc
CFLAGS ?= -O2 -g
PREFIX ?= /usr/local
BINDIR ?= $(PREFIX)/bin
DATADIR ?= $(PREFIX)/share/yanpan
MANDIR ?= $(PREFIX)/share/man

# B is the build folder and BIN where binaries go; the sanitizer pass of
# `make check` reruns this Makefile with B=build/san BIN=build/san/bin.
B ?= build
BIN ?= bin
SAN ?=

# libcsv and libcmark-gfm-extensions ship no pkg-config file.
PKGS := gsl libcmark-gfm
YP_CFLAGS := -std=c11 -D_GNU_SOURCE -Wall -Wextra -Wno-unused-parameter \
	-Wshadow -Wstrict-prototypes -Icommon -DYP_DATADIR='"$(DATADIR)"' \
	$(shell pkg-config --cflags $(PKGS) 2>/dev/null)
YP_LDLIBS := -Wl,--as-needed -lcsv -lcmark-gfm-extensions \
	$(shell pkg-config --libs $(PKGS) 2>/dev/null || echo -lgsl -lgslcblas -lcmark-gfm) -lm
ifneq ($(SAN),)
YP_CFLAGS += -O1 -fsanitize=address,undefined -fno-omit-frame-pointer \
	-fno-sanitize-recover=undefined
YP_LDFLAGS += -fsanitize=address,undefined
endif

all: $(B)/deps.ok

# Install missing Debian packages first (only when something is missing;
# the check is quick).  Every compile waits for it.
$(B)/deps.ok: scripts/install-deps
	@mkdir -p $(@D)
	scripts/install-deps
	@touch $@

COMMON_SRC := $(sort $(wildcard common/*.c))
COMMON_OBJ := $(COMMON_SRC:%.c=$(B)/%.o)
LIBCOMMON := $(B)/libypcommon.a

STAGES := $(sort $(patsubst stages/%/main.c,%,$(wildcard stages/*/main.c)))
STAGE_BINS := $(STAGES:%=$(BIN)/yp-%)
all: $(STAGE_BINS)

$(B)/%.o: %.c | $(B)/deps.ok
	@mkdir -p $(@D)
	$(CC) $(YP_CFLAGS) $(CFLAGS) $(CPPFLAGS) -MMD -MP -c -o $@ $<

$(LIBCOMMON): $(COMMON_OBJ)
	@rm -f $@
	$(AR) rcs $@ $^

# The objects of a stage, and the same without main.o (for unit tests).
stage_objs = $(patsubst %.c,$(B)/%.o,$(sort $(wildcard stages/$(1)/*.c)))
stage_lib_objs = $(filter-out %/main.o,$(call stage_objs,$(1)))

define stage_rule
$(BIN)/yp-$(1): $(call stage_objs,$(1)) $(LIBCOMMON)
	@mkdir -p $$(@D)
	$$(CC) $$(YP_LDFLAGS) $$(LDFLAGS) -o $$@ $$^ $$(YP_LDLIBS) $$(LDLIBS)
endef
$(foreach s,$(STAGES),$(eval $(call stage_rule,$(s))))

# Unit tests: tests/unit/test_<module>.c, one cmocka program each.  A test
# named test_<stage>[_more].c also links that stage's logic files.
UNIT_SRC := $(sort $(wildcard tests/unit/test_*.c))
UNIT_BINS := $(UNIT_SRC:tests/unit/%.c=$(B)/tests/%)
unit_stage = $(firstword $(filter $(STAGES),$(word 2,$(subst _, ,$(1)))))

define unit_rule
$(B)/tests/$(1): $(B)/tests/unit/$(1).o $(call stage_lib_objs,$(call unit_stage,$(1))) $(LIBCOMMON)
	@mkdir -p $$(@D)
	$$(CC) $$(YP_LDFLAGS) $$(LDFLAGS) -o $$@ $$^ -lcmocka $$(YP_LDLIBS) $$(LDLIBS)
endef
$(foreach t,$(UNIT_SRC:tests/unit/%.c=%),$(eval $(call unit_rule,$(t))))
$(B)/tests/unit/%.o: YP_CFLAGS += -Istages -Itests/unit

-include $(wildcard $(B)/common/*.d $(B)/stages/*/*.d $(B)/tests/unit/*.d)

# ---- tests ----------------------------------------------------------------
# scripts/run-tests runs unit programs, stage cases (tests/stages/<stage>/
# <case>/) and shell tests (tests/e2e/*.sh), and prints one summary line.
tests: $(STAGE_BINS) $(UNIT_BINS)

check: tests
	scripts/run-tests --bin $(BIN) --build $(B) $(if $(CASES),--only '$(CASES)')
	$(MAKE) --no-print-directory B=build/san BIN=build/san/bin SAN=1 tests
	scripts/run-tests --bin build/san/bin --build build/san --sanitizers \
		$(if $(CASES),--only '$(CASES)')

# The benchmark (not a test: it times the stages on a generated nationwide
# county panel; docs/PERFORMANCE.md).  BENCH_FLAGS=--size 0.1 scales it.
bench: $(STAGE_BINS)
	scripts/bench $(BENCH_FLAGS)

# ---- the pipeline ---------------------------------------------------------
# Inputs: the tables in RAW_DIR and the config tables; outputs under OUT.
# Each output depends on exactly what its stage reads: the raw tables (or
# the outputs of the stages before it), the config tables its source opens,
# and its program, so that a change reruns what it affects and no more, and
# `make report` with nothing changed runs nothing.  Raw file names may hold
# spaces, which Make cannot list, so RAW_STAMP (a list of their checksums,
# rewritten at parse time only when a table is added, removed or edited)
# stands for them; scripts/raw-files passes the names themselves.
#
# Each stage's rules.mk adds its targets, a phony name to run it (ingest,
# obs, structure, compare, trend, charts, report), and appends its final
# outputs to REPORT_OUTPUTS and, for the per-region reports of `make
# reports`, to REGION_OUTPUTS.  Every recipe writes through scripts/atomic:
# the command writes OUTPUT.tmp, renamed over OUTPUT only when it
# succeeded and removed when it failed, so a failing stage changes nothing.
RAW_DIR ?= data/raw
CONFIG ?= config
OUT ?= out
RAW_STAMP := $(OUT)/.raw-inputs
PIPELINE_GOALS := $(filter-out all tests check clean distclean install man, \
	$(or $(MAKECMDGOALS),all))
ifneq ($(PIPELINE_GOALS),)
$(shell scripts/raw-fingerprint '$(RAW_DIR)' '$(RAW_STAMP)')
ifneq ($(.SHELLSTATUS),0)
$(error scripts/raw-fingerprint could not list the tables of $(RAW_DIR); see above)
endif
endif
CONFIG_COMMON := $(addprefix $(CONFIG)/,indicators.csv units.csv regions.csv) \
	$(wildcard $(CONFIG)/sources.csv)

# Make does not see a variable's value change, so the values the charts and
# the report are made with are kept in stamp files, rewritten at parse time
# only when they change, and those rules depend on them: `make report
# REGION=东岭县` after `make report` redraws and rewrites for 东岭县.
OPTIONS_PLOT := $(OUT)/.options-plot
OPTIONS_REPORT := $(OUT)/.options-report
OPTIONS_PLOT_TEXT := REGION=$(REGION)
OPTIONS_REPORT_TEXT := REGION=$(REGION) REPORT_FLAGS=$(REPORT_FLAGS) PREVIOUS=$(PREVIOUS)
ifneq ($(PIPELINE_GOALS),)
ifneq ($(file <$(OPTIONS_PLOT)),$(OPTIONS_PLOT_TEXT))
$(file >$(OPTIONS_PLOT),$(OPTIONS_PLOT_TEXT))
endif
ifneq ($(file <$(OPTIONS_REPORT)),$(OPTIONS_REPORT_TEXT))
$(file >$(OPTIONS_REPORT),$(OPTIONS_REPORT_TEXT))
endif
endif

# Many regions: `make reports` writes out/regions/<region>/ (charts and
# report) for each region of REPORT_REGIONS_TABLE, sharing one ingest,
# clean, structure, compare and trend (they cover every region at once).
# REPORT_REGIONS holds NAME:MODE words (scripts/report-regions), MODE being
# stop or mark: what a figure the data lack does (see the table).
REPORT_REGIONS_TABLE ?= $(CONFIG)/report-regions.csv
REPORT_REGIONS :=
ifneq ($(filter reports $(OUT)/regions/%,$(PIPELINE_GOALS)),)
REPORT_REGIONS := $(shell scripts/report-regions --regions '$(CONFIG)/regions.csv' \
	'$(REPORT_REGIONS_TABLE)')
ifneq ($(.SHELLSTATUS),0)
$(error $(REPORT_REGIONS_TABLE) cannot be used; see above)
endif
endif
# logged,LOG,COMMAND: COMMAND with its messages kept in LOG (through
# LOG.tmp) for a region whose gaps are marked, not printed; when it fails
# they are printed and no LOG is left.
logged = $(2) 2> $(1).tmp || { cat $(1).tmp >&2; rm -f $(1).tmp; exit 1; }; \
	mv $(1).tmp $(1)
region_name = $(word 1,$(subst :, ,$(1)))
region_mode = $(word 2,$(subst :, ,$(1)))
REGION_DIR = $(OUT)/regions/$(1)

REPORT_OUTPUTS :=
REGION_OUTPUTS :=
-include $(sort $(wildcard stages/*/rules.mk))

# The provenance of a run: inputs, config tables and programs with their
# SHA-256, tool versions (the report's appendix shows it).
$(OUT)/manifest.csv: $(RAW_STAMP) $(wildcard $(CONFIG)/*) $(STAGE_BINS) scripts/manifest
	scripts/atomic $@ -- scripts/raw-files '$(RAW_DIR)' \
		scripts/manifest --bin $(BIN) --config $(CONFIG)
REPORT_OUTPUTS += $(OUT)/manifest.csv

manifest: $(OUT)/manifest.csv
# The Debian packages are checked first, but installing one reruns no stage.
report: $(REPORT_OUTPUTS) | $(B)/deps.ok
reports: $(REGION_OUTPUTS) | $(B)/deps.ok
.PHONY: manifest report reports

# ---- install --------------------------------------------------------------
# The programs find their default config in DATADIR/config (compiled into
# common/cfg.c), so the installed ones are linked in INST from the objects
# of bin/ with a cfg.o compiled for DATADIR: bin/ stays as it is, and a
# change of PREFIX or DATADIR relinks them.  Man pages are made from each
# stage's --help by help2man; the one-line purpose at the top of its
# main.c names it.
INST := $(B)/install
INST_BINS := $(STAGES:%=$(INST)/bin/yp-%)
ifneq ($(filter install man $(INST)/%,$(MAKECMDGOALS)),)
$(shell mkdir -p $(INST) && { printf '%s\n' '$(DATADIR)' | cmp -s - $(INST)/datadir || \
	printf '%s\n' '$(DATADIR)' > $(INST)/datadir; })
endif
$(INST)/datadir:
	@mkdir -p $(@D)
	printf '%s\n' '$(DATADIR)' > $@

$(INST)/cfg.o: common/cfg.c $(INST)/datadir | $(B)/deps.ok
	@mkdir -p $(@D)
	$(CC) $(YP_CFLAGS) $(CFLAGS) $(CPPFLAGS) -MMD -MP -c -o $@ $<
$(INST)/libypcommon.a: $(INST)/cfg.o $(filter-out $(B)/common/cfg.o,$(COMMON_OBJ))
	@rm -f $@
	$(AR) rcs $@ $^
-include $(wildcard $(INST)/cfg.d)

define install_stage_rule
$(INST)/bin/yp-$(1): $(call stage_objs,$(1)) $(INST)/libypcommon.a
	@mkdir -p $$(@D)
	$$(CC) $$(YP_LDFLAGS) $$(LDFLAGS) -o $$@ $$^ $$(YP_LDLIBS) $$(LDLIBS)
endef
$(foreach s,$(STAGES),$(eval $(call install_stage_rule,$(s))))

MAN_PAGES := $(STAGES:%=$(B)/man/yp-%.1)
$(B)/man/yp-%.1: $(INST)/bin/yp-% stages/%/main.c
	@mkdir -p $(@D)
	scripts/atomic $@ -- help2man --no-info --no-discard-stderr \
		--version-option=--version --locale=C.UTF-8 \
		--name="$$(sed -n '1s|^/\* yp-[a-z]*: \(.*\)\. \*/$$|\1|p' stages/$*/main.c)" \
		$<
man: $(MAN_PAGES)

INSTALL_SCRIPTS := scripts/nightly scripts/manifest scripts/raw-files \
	scripts/raw-fingerprint scripts/atomic scripts/report-regions \
	scripts/report-docx
INSTALL_UNITS := scripts/yanpan-nightly.service scripts/yanpan-nightly.timer \
	scripts/yanpan-nightly.cron

install: $(INST_BINS) $(MAN_PAGES)
	install -d '$(DESTDIR)$(BINDIR)' '$(DESTDIR)$(DATADIR)/config' \
		'$(DESTDIR)$(DATADIR)/scripts' '$(DESTDIR)$(MANDIR)/man1'
	install -m 755 $(INST_BINS) '$(DESTDIR)$(BINDIR)'
	install -m 644 $(filter-out %/,$(wildcard $(CONFIG)/*)) '$(DESTDIR)$(DATADIR)/config'
	install -m 755 $(INSTALL_SCRIPTS) '$(DESTDIR)$(DATADIR)/scripts'
	install -m 644 $(INSTALL_UNITS) '$(DESTDIR)$(DATADIR)/scripts'
	install -m 644 $(MAN_PAGES) '$(DESTDIR)$(MANDIR)/man1'

clean:
	rm -rf build bin

distclean: clean
	rm -rf out

.PHONY: all check tests bench man install clean distclean
