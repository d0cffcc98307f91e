/* yp-trend: config/trend.csv, which series to project and how. */
#ifndef TREND_SETTINGS_H
#define TREND_SETTINGS_H

#include "table.h"

enum basis { BASIS_NOMINAL = 1, BASIS_REAL = 2 };

/* One row of config/trend.csv. */
struct trend_setting {
	const char *region, *indicator;	/* shell patterns */
	unsigned models;		/* bit (1 << model_kind) */
	unsigned basis;			/* BASIS_NOMINAL | BASIS_REAL */
	double k_fixed;			/* logistic: > 0 fixed saturation */
	double lo, hi;			/* admissible range; -INF/INF if none */
	int min_years;			/* fewest years to project at all */
	int window;			/* most recent years fitted; 0 all */
	int holdout;			/* rolling-origin years */
	int horizon;			/* last projected year */
	unsigned long line;
};

struct trend_settings {
	struct yp_table *table;
	struct trend_setting *rows;
	size_t n;
};

/* Defaults when a column is empty. */
#define TREND_DEFAULT_HOLDOUT 3
#define TREND_DEFAULT_HORIZON 2030

/* Load path (a missing file means no projections).  A bad cell exits 2
 * with "yp-trend: FILE:LINE: ...". */
struct trend_settings *trend_settings_load(const char *path);
void trend_settings_free(struct trend_settings *ts);

/* The last row matching region and indicator whose model list is not
 * empty, or NULL: then the series is not projected. */
const struct trend_setting *trend_setting_for(const struct trend_settings *ts,
	const char *region, const char *indicator);

#endif
