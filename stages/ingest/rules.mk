# yp-ingest in the pipeline: every raw table into one record stream.
$(OUT)/raw.csv: $(RAW) $(CONFIG_COMMON) $(BIN)/yp-ingest
	@mkdir -p $(@D)
	$(BIN)/yp-ingest -c $(CONFIG) $(RAW) > $@.tmp
	mv $@.tmp $@

ingest: $(OUT)/raw.csv
.PHONY: ingest
