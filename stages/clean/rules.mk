# yp-clean in the pipeline: the harmonised, reconciled and checked
# observations (out/obs.csv) and the data-quality table (out/quality.csv),
# both from yp-ingest's out/raw.csv.  Both go through scripts/atomic (the
# quality table as quality.csv.tmp, which yp-clean itself writes through a
# temporary of its own), so a rule of severity error, which makes it fail,
# changes neither file.
CLEAN_CONFIG := $(wildcard $(CONFIG)/rules.csv $(CONFIG)/clean.csv)

# One run makes both files: a pattern rule with two targets (the stem is
# the "."), not a grouped target (&:), because GNU make 4.3's -n does not
# count the files of a grouped target as remade, and would not show the
# stages after this one.  (Of a pattern rule's files it counts the one that
# started it, out/obs.csv, which every later stage reads.)
$(OUT)/obs%csv $(OUT)/quality%csv: $(OUT)/raw.csv $(CONFIG_COMMON) $(CLEAN_CONFIG) $(BIN)/yp-clean
	scripts/atomic $(OUT)/obs.csv $(OUT)/quality.csv -- \
		$(BIN)/yp-clean -c $(CONFIG) --quality $(OUT)/quality.csv.tmp $(OUT)/raw.csv

obs: $(OUT)/obs.csv $(OUT)/quality.csv
.PHONY: obs
REPORT_OUTPUTS += $(OUT)/obs.csv $(OUT)/quality.csv
