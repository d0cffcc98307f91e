# yp-ingest in the pipeline: every raw table into one record stream.
$(OUT)/raw.csv: $(RAW_STAMP) $(CONFIG_COMMON) $(BIN)/yp-ingest
	@mkdir -p $(@D)
	scripts/raw-files '$(RAW_DIR)' $(BIN)/yp-ingest -c $(CONFIG) > $@.tmp
	mv $@.tmp $@

ingest: $(OUT)/raw.csv
.PHONY: ingest
