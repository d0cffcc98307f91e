# yp-report in the pipeline: the situation-assessment report from the result
# records of every stage, the template config/report.md and the charts.
#   out/report.html   self-contained (CSS and SVG charts inline)
#   out/report.md     the same text in Markdown (charts as PNG links)
#   out/tables/*.csv  each table for Excel (UTF-8 with BOM)
#   out/report.docx   only when pandoc is installed (scripts/report-docx)
# yp-report writes each of them through a temporary of its own and renames
# it into place only when the whole report was filled, so it needs no
# scripts/atomic.  REPORT_FLAGS passes options, e.g. make report
# REPORT_FLAGS=--gaps marks missing figures 【缺】 instead of stopping;
# REGION=东岭县 reports on another region than the template's.

# The stages' outputs, each when its stage is in the tree (the rules.mk
# files are read in name order, so their variables are not known yet).
# Order matters where two stages write the same record: the later file
# wins, so yp-structure's cumulative changes of the intensities (from GDP
# at comparable prices) come after yp-trend's (from the published series).
REPORT_RECORDS := $(if $(wildcard stages/clean/rules.mk),$(OUT)/obs.csv,$(OUT)/raw.csv)
REPORT_RECORDS += $(if $(wildcard stages/trend/rules.mk),$(OUT)/trend.csv $(OUT)/targets.csv)
REPORT_RECORDS += $(if $(wildcard stages/structure/rules.mk),$(OUT)/structure.csv)
REPORT_RECORDS += $(if $(wildcard stages/compare/rules.mk),$(OUT)/compare.csv)
REPORT_RECORDS := $(strip $(REPORT_RECORDS))
REPORT_QUALITY := $(if $(wildcard stages/clean/rules.mk),$(OUT)/quality.csv)
REPORT_DIFF := $(if $(PREVIOUS),$(OUT)/diff.csv)
# What yp-report opens in the config folder (stages/report/report.c): the
# template and style sheet, and the tables it takes names and order from.
REPORT_CONFIG := $(CONFIG)/report.md $(CONFIG)/report.css \
	$(wildcard $(addprefix $(CONFIG)/,charts.csv labels.csv compare.csv \
		targets.csv peers.csv rules.csv))
REPORT_PREREQS := $(REPORT_RECORDS) $(REPORT_QUALITY) $(REPORT_DIFF) \
	$(OUT)/manifest.csv $(REPORT_CONFIG) $(CONFIG_COMMON) $(BIN)/yp-report \
	$(OPTIONS_REPORT)
# report_args,DIR: the arguments of yp-report writing into DIR.
report_args = -c $(CONFIG) -o $(1) $(if $(REPORT_QUALITY),-q $(REPORT_QUALITY)) \
	-m $(OUT)/manifest.csv $(if $(REPORT_DIFF),-d $(REPORT_DIFF))

# One run writes both: a pattern rule with two targets (the stem is the
# "."), not a grouped target (&:), whose files GNU make 4.3's -n does not
# count as remade (it would not show what comes after).
$(OUT)/report%html $(OUT)/report%md: $(REPORT_PREREQS) \
		$(if $(wildcard stages/plot/rules.mk),$(OUT)/charts/index.csv)
	$(BIN)/yp-report $(call report_args,$(OUT)) $(if $(REGION),-r '$(REGION)') \
		$(REPORT_FLAGS) $(REPORT_RECORDS)

REPORT_OUTPUTS += $(OUT)/report.html

# Word, for those who edit there: only when pandoc is installed.  It is
# made from report.md, but depends on report.html as well: make -n counts
# only the file that started a two-target rule as remade.
HAVE_PANDOC := $(shell command -v pandoc 2>/dev/null)
DOCX_PREREQS := scripts/report-docx $(wildcard $(CONFIG)/report-reference.docx)
ifneq ($(HAVE_PANDOC),)
$(OUT)/report.docx: $(OUT)/report.md $(OUT)/report.html $(DOCX_PREREQS)
	scripts/report-docx --config $(CONFIG) $(OUT)/report.md $@
REPORT_OUTPUTS += $(OUT)/report.docx
endif

report-only: $(OUT)/report.html
.PHONY: report-only

# make reports: each region's report in out/regions/<region>/, with its
# own charts.  A region listed with missing=stop fails on a figure the data
# lack, naming the template line, as make report does; with missing=mark
# (the peer counties, whose tables are fewer) the report goes on, marks the
# figure 【缺：why】 where it stands, and the list of what is missing goes to
# out/regions/<region>/gaps.txt with one summary line on the terminal.
define report_region_rule
$(call REGION_DIR,$(1))/report%html $(call REGION_DIR,$(1))/report%md: $(REPORT_PREREQS) $(REPORT_REGIONS_TABLE) \
		$(if $(wildcard stages/plot/rules.mk),$(call REGION_DIR,$(1))/charts/index.csv)
	@mkdir -p $(call REGION_DIR,$(1))
ifeq ($(2),mark)
	$(call logged,$(call REGION_DIR,$(1))/gaps.txt,$(BIN)/yp-report \
		$(call report_args,$(call REGION_DIR,$(1))) -r '$(1)' --gaps \
		$(REPORT_FLAGS) $(REPORT_RECORDS))
	@echo "$(1): $$$$(tail -n 1 $(call REGION_DIR,$(1))/gaps.txt | sed 's/^yp-report: //'); see $(call REGION_DIR,$(1))/gaps.txt"
else
	rm -f $(call REGION_DIR,$(1))/gaps.txt
	$(BIN)/yp-report $(call report_args,$(call REGION_DIR,$(1))) -r '$(1)' \
		$(REPORT_FLAGS) $(REPORT_RECORDS)
endif
REGION_OUTPUTS += $(call REGION_DIR,$(1))/report.html
ifneq ($(HAVE_PANDOC),)
$(call REGION_DIR,$(1))/report.docx: $(call REGION_DIR,$(1))/report.md \
		$(call REGION_DIR,$(1))/report.html $(DOCX_PREREQS)
	scripts/report-docx --config $(CONFIG) $(call REGION_DIR,$(1))/report.md $$@
REGION_OUTPUTS += $(call REGION_DIR,$(1))/report.docx
endif
endef
$(foreach r,$(REPORT_REGIONS),$(eval $(call report_region_rule,$(call region_name,$(r)),$(call region_mode,$(r)))))
