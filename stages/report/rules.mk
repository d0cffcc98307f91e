# yp-report in the pipeline: the situation-assessment report from the result
# records of every stage, the template config/report.md and the charts.
#   out/report.html   self-contained (CSS and SVG charts inline)
#   out/report.md     the same text in Markdown (charts as PNG links)
#   out/tables/*.csv  each table for Excel (UTF-8 with BOM)
#   out/report.docx   only when pandoc is installed (scripts/report-docx)
# REPORT_FLAGS passes options, e.g. make report REPORT_FLAGS=--gaps marks
# missing figures 【缺】 instead of stopping; REGION=东岭县 reports on another
# region than the template's.

# The stages' outputs, each when its stage is in the tree (the rules.mk
# files are read in name order, so their variables are not known yet).
# Order matters where two stages write the same record: the later file
# wins, so yp-structure's cumulative changes of the intensities (from GDP
# at comparable prices) come after yp-trend's (from the published series).
REPORT_RECORDS := $(if $(wildcard stages/clean/rules.mk),$(OUT)/obs.csv,$(OUT)/raw.csv)
REPORT_RECORDS += $(if $(wildcard stages/trend/rules.mk),$(OUT)/trend.csv $(OUT)/targets.csv)
REPORT_RECORDS += $(if $(wildcard stages/structure/rules.mk),$(OUT)/structure.csv)
REPORT_RECORDS += $(if $(wildcard stages/compare/rules.mk),$(OUT)/compare.csv)
REPORT_QUALITY := $(if $(wildcard stages/clean/rules.mk),$(OUT)/quality.csv)
REPORT_CHARTS := $(if $(wildcard stages/plot/rules.mk),$(OUT)/charts/.stamp)
REPORT_DIFF := $(if $(PREVIOUS),$(OUT)/diff.csv)
REPORT_CONFIG := $(CONFIG)/report.md $(CONFIG)/report.css \
	$(wildcard $(CONFIG)/labels.csv $(CONFIG)/charts.csv)

$(OUT)/report.html $(OUT)/report.md &: $(strip $(REPORT_RECORDS)) $(REPORT_QUALITY) \
		$(REPORT_CHARTS) $(REPORT_DIFF) $(OUT)/manifest.csv \
		$(REPORT_CONFIG) $(CONFIG_COMMON) $(BIN)/yp-report
	@mkdir -p $(OUT)
	$(BIN)/yp-report -c $(CONFIG) -o $(OUT) $(if $(REGION),-r '$(REGION)') \
		$(if $(REPORT_QUALITY),-q $(REPORT_QUALITY)) \
		-m $(OUT)/manifest.csv $(if $(REPORT_DIFF),-d $(REPORT_DIFF)) \
		$(REPORT_FLAGS) $(strip $(REPORT_RECORDS))

REPORT_OUTPUTS += $(OUT)/report.html

# Word, for those who edit there: only when pandoc is installed.
ifneq ($(shell command -v pandoc 2>/dev/null),)
$(OUT)/report.docx: $(OUT)/report.md scripts/report-docx
	scripts/report-docx $(OUT)/report.md $@
REPORT_OUTPUTS += $(OUT)/report.docx
endif

report-only: $(OUT)/report.html
.PHONY: report-only
