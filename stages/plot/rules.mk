# yp-plot in the pipeline: the chart catalogue drawn into out/charts/ as SVG
# (for report.html) and PNG (for Word), with each chart's gnuplot script and
# index.csv.  The charts are drawn into a fresh folder that replaces
# out/charts/ only when every chart was drawn or skipped for want of data,
# so a failed run leaves the last good charts, never half of them; the
# stamp out/charts/.stamp stands for the folder.
#
# The record files it charts, each when its stage is in the tree (the
# rules.mk files are read in name order, so their targets are not known
# yet); later files win, as in yp-report.
PLOT_RECORDS := $(if $(wildcard stages/clean/rules.mk),$(OUT)/obs.csv,$(OUT)/raw.csv)
PLOT_RECORDS += $(if $(wildcard stages/trend/rules.mk),$(OUT)/trend.csv $(OUT)/targets.csv)
PLOT_RECORDS += $(if $(wildcard stages/structure/rules.mk),$(OUT)/structure.csv)
PLOT_RECORDS += $(if $(wildcard stages/compare/rules.mk),$(OUT)/compare.csv)
PLOT_CONFIG := $(CONFIG)/charts.csv $(wildcard $(CONFIG)/style.csv \
	$(CONFIG)/labels.csv $(CONFIG)/peers.csv)

$(OUT)/charts/.stamp: $(PLOT_RECORDS) $(PLOT_CONFIG) $(CONFIG_COMMON) $(BIN)/yp-plot
	@mkdir -p $(OUT)
	rm -rf $(OUT)/charts.tmp
	$(BIN)/yp-plot -c $(CONFIG) -o $(OUT)/charts.tmp $(if $(REGION),-r '$(REGION)') \
		$(PLOT_RECORDS) || { rm -rf $(OUT)/charts.tmp; exit 1; }
	touch $(OUT)/charts.tmp/.stamp
	rm -rf $(OUT)/charts.old
	if [ -d $(OUT)/charts ]; then mv $(OUT)/charts $(OUT)/charts.old; fi
	mv $(OUT)/charts.tmp $(OUT)/charts
	rm -rf $(OUT)/charts.old

charts: $(OUT)/charts/.stamp
.PHONY: charts

REPORT_OUTPUTS += $(OUT)/charts/.stamp
