# yanpan (研判) — one non-recursive GNU Makefile.
#
#   make            build every stage into bin/yp-<stage>
#   make report     install what is missing, build, run the pipeline on
#                   data/raw/ and write out/report.html
#   make check      the same build, then every test, then the unit and
#                   stage tests again under AddressSanitizer and UBSan
#   make install    PREFIX=/usr/local DESTDIR= BINDIR= MANDIR=
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

# ---- the pipeline ---------------------------------------------------------
# Inputs: the tables in RAW_DIR and the config tables; outputs under OUT.
# Raw file names may hold spaces, which Make cannot list, so RAW_STAMP (a
# list of their checksums, rewritten at parse time only when a table is
# added, removed or edited) stands for them; scripts/raw-files passes the
# names themselves.  Each stage's rules.mk adds its targets and appends its
# final outputs to REPORT_OUTPUTS.
RAW_DIR ?= data/raw
CONFIG ?= config
OUT ?= out
RAW_STAMP := $(OUT)/.raw-inputs
ifneq ($(filter-out all tests check clean distclean install,$(or $(MAKECMDGOALS),all)),)
$(shell scripts/raw-fingerprint '$(RAW_DIR)' '$(RAW_STAMP)')
endif
CONFIG_COMMON := $(addprefix $(CONFIG)/,indicators.csv units.csv regions.csv) \
	$(wildcard $(CONFIG)/sources.csv)
REPORT_OUTPUTS :=
-include $(sort $(wildcard stages/*/rules.mk))

# The provenance of a run: inputs, config tables and programs with their
# SHA-256, tool versions.
$(OUT)/manifest.csv: $(RAW_STAMP) $(wildcard $(CONFIG)/*) $(STAGE_BINS) scripts/manifest
	@mkdir -p $(@D)
	scripts/raw-files '$(RAW_DIR)' scripts/manifest --bin $(BIN) --config $(CONFIG) > $@.tmp
	mv $@.tmp $@
REPORT_OUTPUTS += $(OUT)/manifest.csv

report: $(B)/deps.ok $(REPORT_OUTPUTS)

# ---- install --------------------------------------------------------------
# Man pages are made from each stage's --help by help2man; the one-line
# purpose at the top of its main.c names it.
MAN_PAGES := $(STAGES:%=$(B)/man/yp-%.1)
$(B)/man/yp-%.1: $(BIN)/yp-% stages/%/main.c
	@mkdir -p $(@D)
	help2man --no-info --no-discard-stderr --version-option=--version \
		--name="$$(sed -n '1s|^/\* yp-[a-z]*: \(.*\)\. \*/$$|\1|p' stages/$*/main.c)" \
		-o $@.tmp $<
	mv $@.tmp $@
man: $(MAN_PAGES)

install: all man
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(DATADIR)/config \
		$(DESTDIR)$(DATADIR)/scripts $(DESTDIR)$(MANDIR)/man1
	install -m 755 $(STAGE_BINS) $(DESTDIR)$(BINDIR)
	install -m 644 $(wildcard $(CONFIG)/*) $(DESTDIR)$(DATADIR)/config
	install -m 755 scripts/nightly scripts/manifest scripts/raw-files \
		scripts/raw-fingerprint $(DESTDIR)$(DATADIR)/scripts
	install -m 644 scripts/yanpan-nightly.service scripts/yanpan-nightly.timer \
		scripts/yanpan-nightly.cron $(DESTDIR)$(DATADIR)/scripts
	install -m 644 $(MAN_PAGES) $(DESTDIR)$(MANDIR)/man1

clean:
	rm -rf build bin

distclean: clean
	rm -rf out

.PHONY: all check tests report man install clean distclean
