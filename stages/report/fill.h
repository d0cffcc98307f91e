/* yp-report: what each {{placeholder}} of a template turns into. */
#ifndef RP_FILL_H
#define RP_FILL_H

#include <stddef.h>

#include "report.h"

/* A kind of placeholder: its name, how many words it takes, whether it
 * is a block (a table, a chart: alone on its line), and its handler,
 * which writes into c->o and returns 0, or -1 when a record is missing
 * (c->missing says which) or the placeholder is wrong (rp_bad). */
struct rp_kind {
	const char *name;
	size_t min_args, max_args;
	int block;
	int (*fill)(struct rp_ctx *c);
};

const struct rp_kind *rp_kind_find(const char *name);
/* Replace $name words by the template's front-matter values; 0 or -1
 * after a template error. */
int rp_substitute(struct rp_ctx *c, struct rp_placeholder *p);
/* Every kind's name, for the message about an unknown one. */
const char *rp_kind_names(void);

/* A front-matter value with {region} and {parent} replaced by the
 * report's region and its parent; the caller frees it. */
char *rp_meta_text(const struct rp_report *r, const char *region,
	const char *value);

/* {{chart ID}} (report.c). */
int rp_fill_chart(struct rp_ctx *c);

/* Whether measure is "<prefix>.<stat>" (yp-compare's naming), the prefix
 * copied to buf. */
int rp_compare_stat(const char *measure, const char *stat, char *buf,
	size_t sz);
/* The label config/compare.csv gives a compared indicator and measure
 * (its note column), else the indicator's name. */
const char *rp_compare_label(const struct rp_report *r, const char *ind,
	const char *prefix);
/* n of a rank record's note "k/n, 1 = best ...", or 0. */
int rp_rank_of(const struct rp_rec *rank);
/* The region's short-board records, worst first; the caller frees the
 * array. */
const struct rp_rec **rp_short_boards(struct rp_ctx *c, size_t *count);
/* The record of the latest period of a measure with a value, or NULL. */
const struct rp_rec *rp_latest(struct rp_ctx *c, const char *indicator,
	const char *measure);

/* A plan target: a row of config/targets.csv when there is one, else
 * what its record's note says. */
struct rp_target {
	const char *indicator, *category, *name, *type, *unit;
	const struct rp_rec *rec;	/* the target record, may be M */
};

/* The target of indicator in plan (a span); returns 1, or 0 when none. */
int rp_target_find(struct rp_ctx *c, const char *indicator, const char *plan,
	struct rp_target *out);

#endif
