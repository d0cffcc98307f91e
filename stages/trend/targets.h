/* yp-trend: plan targets (config/targets.csv): was the 十四五 target met,
 * is the 十五五 target feasible (rule in config/verdicts.csv). */
#ifndef TREND_TARGETS_H
#define TREND_TARGETS_H

#include "select.h"
#include "table.h"
#include "trend.h"

enum target_type {
	TARGET_LEVEL = 1,	/* reach a value in the target year */
	TARGET_GROWTH,		/* average annual growth, % */
	TARGET_CUMULATIVE,	/* cumulative change over the plan, % 〔〕 */
	TARGET_CUMULATIVE_ABS,	/* cumulative change in the indicator's unit */
	TARGET_IN_STEP,		/* grow in step with GDP (与经济增长同步) */
	TARGET_MAX,		/* stay at or below */
	TARGET_MIN		/* stay at or above */
};

struct target {
	const char *region, *indicator, *category, *name, *unit, *note;
	const struct plan *plan;
	enum target_type type;
	int basis;		/* 0 default, 1 nominal, 2 real */
	int binding;		/* 约束性 1, 预期性 0 */
	int base_year, target_year;
	double base_value, value;	/* NAN when not given */
	unsigned long line;
};

/* A verdict band: ratios up to max_ratio get this code. */
struct verdict {
	int code;
	const char *name, *label_zh, *label_en;
	double max_ratio;	/* INFINITY for the last band */
};

struct target_set {
	struct yp_table *table, *vtable;
	struct target *t;	/* sorted by region, indicator, plan */
	size_t n;
	struct verdict *v;
	size_t nv;
	char *path;		/* a copy, for the records' source */
};

/* Load targets (missing file: none) and the verdict rule (missing file:
 * the default bands 1 / 1.3).  Bad cells exit 2 naming FILE:LINE. */
struct target_set *targets_load(const char *path, const char *verdicts_path);
void targets_free(struct target_set *ts);

/* The distinct regions of the targets, in strcmp order. */
const char **target_regions(const struct target_set *ts, size_t *n);

/* A projection made for the region, for the target checks. */
struct proj_entry {
	const char *indicator;
	int real;
	struct projection p;
};

struct proj_list {
	struct proj_entry *e;
	size_t n, cap;
};

/* The verdict for a required rate against a historical one, both
 * already signed so that positive means "toward the target"; *note gets
 * a short reason when a special case applies.  Returns the band. */
const struct verdict *verdict_for(const struct target_set *ts, double req,
	double hist, double *ratio, const char **why);

/* Write the target records of region (docs/METHODS.md, "Targets");
 * rd may hold no series when the input has no data for the region. */
void targets_region(const struct target_set *ts, const char *region,
	const struct region_data *rd, const struct proj_list *pl,
	struct outbuf *o);

#endif
