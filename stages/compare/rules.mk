# yp-compare in the pipeline: each region of config/peers.csv against its
# peers and parent on the indicators of config/compare.csv, from the
# observations and the structure analyses.
COMPARE_CONFIG := $(addprefix $(CONFIG)/,compare.csv peers.csv)

$(OUT)/compare.csv: $(OUT)/obs.csv $(OUT)/structure.csv $(CONFIG_COMMON) $(COMPARE_CONFIG) $(BIN)/yp-compare
	scripts/atomic $@ -- $(BIN)/yp-compare -c $(CONFIG) $(OUT)/obs.csv $(OUT)/structure.csv

compare: $(OUT)/compare.csv
.PHONY: compare
REPORT_OUTPUTS += $(OUT)/compare.csv
