# yp-clean in the pipeline: the harmonised, reconciled and checked
# observations (out/obs.csv) and the data-quality table (out/quality.csv),
# both from yp-ingest's out/raw.csv.  yp-clean writes the quality table to
# quality.csv.tmp and renames it itself, only when it succeeds; the records
# go through obs.csv.tmp.  A rule of severity error makes it fail: then
# neither file changes.
CLEAN_CONFIG := $(wildcard $(CONFIG)/rules.csv $(CONFIG)/clean.csv)

$(OUT)/obs.csv $(OUT)/quality.csv &: $(OUT)/raw.csv $(CONFIG_COMMON) $(CLEAN_CONFIG) $(BIN)/yp-clean
	@mkdir -p $(@D)
	$(BIN)/yp-clean -c $(CONFIG) --quality $(OUT)/quality.csv $(OUT)/raw.csv \
		> $(OUT)/obs.csv.tmp || { rm -f $(OUT)/obs.csv.tmp; exit 1; }
	mv $(OUT)/obs.csv.tmp $(OUT)/obs.csv

obs: $(OUT)/obs.csv $(OUT)/quality.csv
.PHONY: obs
REPORT_OUTPUTS += $(OUT)/obs.csv $(OUT)/quality.csv
