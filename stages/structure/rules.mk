# yp-structure in the pipeline: the structure analyses of every region in
# out/obs.csv (comparable prices, industry, population, resources, public
# services), as records.  It reads structure.csv, plans.csv and labels.csv
# (all required) besides the common tables.
STRUCTURE_CONFIG := $(addprefix $(CONFIG)/,structure.csv plans.csv labels.csv)

$(OUT)/structure.csv: $(OUT)/obs.csv $(CONFIG_COMMON) $(STRUCTURE_CONFIG) $(BIN)/yp-structure
	scripts/atomic $@ -- $(BIN)/yp-structure -c $(CONFIG) $(OUT)/obs.csv

structure: $(OUT)/structure.csv
.PHONY: structure
REPORT_OUTPUTS += $(OUT)/structure.csv
