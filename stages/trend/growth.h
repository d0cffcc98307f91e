/* yp-trend: growth of a series: year on year, per plan period (CAGR with
 * n = 5 from the previous plan's last year), real from chained indices,
 * change in percentage points, cumulative change. */
#ifndef TREND_GROWTH_H
#define TREND_GROWTH_H

#include "trend.h"

/* Average annual growth in % from base to end over n years:
 * ((end/base)^(1/n) - 1) * 100; NAN when base <= 0, end < 0 or n < 1. */
double cagr_percent(double base, double end, int n);

/* Average annual real growth in % from n chained indices (previous year
 * = 100): ((prod I/100)^(1/n) - 1) * 100; NAN when any index <= 0. */
double chained_cagr_percent(const double *index, int n);

/* The cumulative change in % from n chained indices: (prod I/100 - 1)*100. */
double chained_change_percent(const double *index, int n);

/* The index series paired with an amount: "<code>.index" in the region
 * with unit 上年=100 (previous year = 100), or NULL. */
const struct series *index_of(const struct region_data *rd,
	const char *code);

/* Write the growth records of one series (docs/METHODS.md, "Growth"):
 * yoy / pp_change by year, cagr / cum_change / pp_change by plan, and,
 * when idx (its 上年=100 index) is given, yoy_real, cagr_real and
 * cum_change_real.  s may be NULL when only the index exists; code is the
 * indicator the records are written under. */
void growth_records(const char *code, const struct series *s,
	const struct series *idx, struct outbuf *o);

/* Real levels in prices of year `last`: L(last) = X(last), L(t-1) =
 * L(t) / (I(t)/100), over the longest run of years ending at last whose
 * indices are all present.  Fills out[] (room for last - idx->first + 2
 * values) with the run, sets *first; returns its length (0 when X(last)
 * is missing). */
int real_levels(const struct series *s, const struct series *idx, int last,
	double *out, int *first);

#endif
