# yp-diff in the pipeline: with PREVIOUS=<an earlier obs.csv> (the nightly
# refresh passes the last published run's), out/diff.csv lists the figures
# that changed since, and the report's appendix shows them.
ifneq ($(PREVIOUS),)
$(OUT)/diff.csv: $(OUT)/obs.csv $(PREVIOUS) $(BIN)/yp-diff
	scripts/atomic $@ -- $(BIN)/yp-diff -q '$(PREVIOUS)' $(OUT)/obs.csv

diff: $(OUT)/diff.csv
.PHONY: diff
REPORT_OUTPUTS += $(OUT)/diff.csv
endif
