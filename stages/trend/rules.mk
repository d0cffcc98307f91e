# yp-trend in the pipeline: growth by year and plan, projections to 2030
# (config/trend.csv) and the plan targets (config/targets.csv judged by
# config/verdicts.csv), from the cleaned records.
TREND_CONFIG := $(CONFIG)/trend.csv \
	$(wildcard $(CONFIG)/targets.csv $(CONFIG)/verdicts.csv)

$(OUT)/trend.csv $(OUT)/targets.csv &: $(OUT)/obs.csv $(CONFIG_COMMON) \
		$(TREND_CONFIG) $(BIN)/yp-trend
	@mkdir -p $(@D)
	$(BIN)/yp-trend -c $(CONFIG) -t $(OUT)/targets.csv.tmp $(OUT)/obs.csv \
		> $(OUT)/trend.csv.tmp || \
		{ rm -f $(OUT)/trend.csv.tmp $(OUT)/targets.csv.tmp; exit 1; }
	mv $(OUT)/targets.csv.tmp $(OUT)/targets.csv
	mv $(OUT)/trend.csv.tmp $(OUT)/trend.csv

REPORT_OUTPUTS += $(OUT)/trend.csv $(OUT)/targets.csv

trend: $(OUT)/trend.csv
.PHONY: trend
