# Reference for tests/unit/test_trend_holt_search.c: forecast::ets's
# least-squares Holt fits (holt(), i.e. ets(AAN / AAdN, opt.crit = "mse"))
# of 30 series of the benchmark panel (scripts/gen-panel --counties 100,
# cleaned; every 20th of the series with 15 complete years, the last 15
# years).  Prints, per series: the values, then R's SSE for holt and for
# the damped holt.  yp-trend's search must end no higher.
#   Rscript tests/ref/trend_holt_panel.R tests/ref/trend_holt_panel.in > tests/ref/trend_holt_panel.out
suppressMessages(library(forecast))
args <- commandArgs(trailingOnly = TRUE)
for (l in readLines(args[1])) {
  y <- as.numeric(strsplit(l, ",")[[1]])
  a <- holt(y, h = 5)
  d <- holt(y, h = 5, damped = TRUE)
  cat(l, sprintf("%.12g", sum(residuals(a$model)^2)),
      sprintf("%.12g", sum(residuals(d$model)^2)), "\n")
}
