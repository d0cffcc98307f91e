# yp-plot in the pipeline: the chart catalogue drawn into out/charts/ as SVG
# (for report.html) and PNG (for Word), with each chart's gnuplot script and
# index.csv.  The charts are drawn into a fresh folder (charts.tmp/) that
# scripts/atomic puts in place of out/charts/ only when every chart was
# drawn or skipped for want of data, so a failed run leaves the last good
# charts, never half of them.  index.csv, which yp-plot writes last, stands
# for the folder.
#
# The record files it charts, each when its stage is in the tree (the
# rules.mk files are read in name order, so their targets are not known
# yet); later files win, as in yp-report.
PLOT_RECORDS := $(if $(wildcard stages/clean/rules.mk),$(OUT)/obs.csv,$(OUT)/raw.csv)
PLOT_RECORDS += $(if $(wildcard stages/trend/rules.mk),$(OUT)/trend.csv $(OUT)/targets.csv)
PLOT_RECORDS += $(if $(wildcard stages/structure/rules.mk),$(OUT)/structure.csv)
PLOT_RECORDS += $(if $(wildcard stages/compare/rules.mk),$(OUT)/compare.csv)
PLOT_RECORDS := $(strip $(PLOT_RECORDS))
PLOT_CONFIG := $(CONFIG)/charts.csv $(wildcard $(CONFIG)/style.csv \
	$(CONFIG)/labels.csv $(CONFIG)/peers.csv)
PLOT_PREREQS := $(PLOT_RECORDS) $(PLOT_CONFIG) $(CONFIG_COMMON) $(BIN)/yp-plot

$(OUT)/charts/index.csv: $(PLOT_PREREQS) $(OPTIONS_PLOT)
	scripts/atomic $(OUT)/charts/ -- $(BIN)/yp-plot -c $(CONFIG) \
		-o $(OUT)/charts.tmp $(if $(REGION),-r '$(REGION)') $(PLOT_RECORDS)

charts: $(OUT)/charts/index.csv
.PHONY: charts
REPORT_OUTPUTS += $(OUT)/charts/index.csv

# make reports: each region's charts in out/regions/<region>/charts/.  For
# a region whose gaps are marked (missing=mark in the region table), the
# charts skipped for want of data are listed in charts.txt beside them
# rather than printed (the report marks them too).
plot_region = scripts/atomic $(call REGION_DIR,$(1))/charts/ -- $(BIN)/yp-plot \
	-c $(CONFIG) -o $(call REGION_DIR,$(1))/charts.tmp -r '$(1)' $(PLOT_RECORDS)
define plot_region_rule
$(call REGION_DIR,$(1))/charts/index.csv: $(PLOT_PREREQS) $(REPORT_REGIONS_TABLE)
	@mkdir -p $(call REGION_DIR,$(1))
ifeq ($(2),mark)
	$(call logged,$(call REGION_DIR,$(1))/charts.txt,$(call plot_region,$(1)))
	@echo "$(1): $$$$(grep -c 'skipped$$$$' $(call REGION_DIR,$(1))/charts.txt) charts skipped for want of data; see $(call REGION_DIR,$(1))/charts.txt"
else
	rm -f $(call REGION_DIR,$(1))/charts.txt
	$(call plot_region,$(1))
endif
REGION_OUTPUTS += $(call REGION_DIR,$(1))/charts/index.csv
endef
$(foreach r,$(REPORT_REGIONS),$(eval $(call plot_region_rule,$(call region_name,$(r)),$(call region_mode,$(r)))))
