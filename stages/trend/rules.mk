# yp-trend in the pipeline: growth by year and plan, projections to 2030
# (config/trend.csv) and the plan targets (config/targets.csv judged by
# config/verdicts.csv), from the cleaned records.
TREND_CONFIG := $(CONFIG)/trend.csv \
	$(wildcard $(CONFIG)/targets.csv $(CONFIG)/verdicts.csv)

# One run makes both files: a two-target pattern rule (see clean's rules.mk
# for why not a grouped target), written through scripts/atomic so a
# failure leaves neither file nor a temporary.
$(OUT)/trend%csv $(OUT)/targets%csv: $(OUT)/obs.csv $(CONFIG_COMMON) \
		$(TREND_CONFIG) $(BIN)/yp-trend
	scripts/atomic $(OUT)/trend.csv $(OUT)/targets.csv -- \
		$(BIN)/yp-trend -c $(CONFIG) -t $(OUT)/targets.csv.tmp $(OUT)/obs.csv

REPORT_OUTPUTS += $(OUT)/trend.csv $(OUT)/targets.csv

trend: $(OUT)/trend.csv
.PHONY: trend
