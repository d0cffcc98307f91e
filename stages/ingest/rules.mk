# yp-ingest in the pipeline: every raw table into one record stream.  The
# raw tables are named by scripts/raw-files (names may hold spaces) and
# stood for by RAW_STAMP; ingest reads the common config tables only.
$(OUT)/raw.csv: $(RAW_STAMP) $(CONFIG_COMMON) $(BIN)/yp-ingest
	scripts/atomic $@ -- scripts/raw-files '$(RAW_DIR)' $(BIN)/yp-ingest -c $(CONFIG)

ingest: $(OUT)/raw.csv
.PHONY: ingest
