/* yp-structure: one run over the regions, and the helpers its analyses share. */
#ifndef STRUCTURE_STRUCTURE_H
#define STRUCTURE_STRUCTURE_H

#include "cfg.h"
#include "results.h"
#include "panel.h"
#include "rec.h"
#include "settings.h"

struct structure {
	const struct yp_config *cfg;
	const struct settings *set;
	struct panel *panel;
	struct yp_results out;
	const struct region_span *r;	/* the region being analysed */
};

/* Tell the panel which indicators the analyses read. */
void structure_keep(struct structure *st);

/* Analyse every region of the panel, writing each one's results, sorted,
 * to w.  Returns 0. */
int structure_run(struct structure *st, struct yp_writer *w);

/* Analyse one region into st->out (not flushed). */
void structure_region(struct structure *st, const struct region_span *r);

/* The analyses, one file each. */
void prices_region(struct structure *st);
void industry_region(struct structure *st);
void population_region(struct structure *st);
void resources_region(struct structure *st);
void services_region(struct structure *st);

/* ---- helpers ---------------------------------------------------------- */

/* The series of code for the current region (or region), or NULL. */
const struct series *S(const struct structure *st, const char *code);
/* The years *lo..*hi in which any of the n codes has a record; 0 when
 * none has. */
int codes_span(const struct structure *st, const char *const *codes,
	size_t n, int *lo, int *hi);
/* Whether any of the n codes has a record (a value or a missing) in y. */
int codes_recorded(const struct structure *st, const char *const *codes,
	size_t n, int y);
const struct series *S_of(const struct structure *st, const char *region,
	const char *code);

/* The value of code in year y for the current region: 1, *v and the
 * status folded into *status (status_weakest), or 0. */
int V(const struct structure *st, const char *code, int y, double *v,
	char *status);
int V_of(const struct structure *st, const char *region, const char *code,
	int y, double *v, char *status);

/* The factor that converts a value in unit from to unit to; a pair that
 * does not convert is a bug in the config tables and exits 2. */
double unit_factor(const struct structure *st, const char *from,
	const char *to);
/* The canonical unit of an indicator ("" when unknown). */
const char *unit_of(const struct structure *st, const char *code);

/* The index (上年=100) of item in year y for region: X.index, or for gdp
 * also 100 + gdp.growth.  Returns 1 or 0. */
int index_of(const struct structure *st, const char *region,
	const char *item, int y, double *index, char *status);

/* The real change ratio R_to / R_from of item, chaining its indices
 * (to may be before from).  Returns 1, or 0 with *gap the first year
 * whose index is missing. */
int chain_ratio(const struct structure *st, const char *region,
	const char *item, int from, int to, double *ratio, char *status,
	int *gap);

/* The real level of item in year y at the prices of year base: its
 * nominal value in base times chain_ratio(base, y).  Returns 1, or 0
 * with a reason written into why (whysz bytes). */
int real_level(const struct structure *st, const char *region,
	const char *item, int base, int y, double *v, char *status,
	char *why, size_t whysz);

/* Whether a plan is worth records for the current region: at least two
 * of the years from its base year to its last are within the region's
 * years (so a plan whose last year is the region's first is left out). */
int plan_touches(const struct structure *st, const struct plan *pl);

/* The years a plan record of the current region compares: *base is the
 * year before the plan, *end the latest year of the plan in which every
 * one of the n codes has a value.  Returns 1; or 0 when the plan is
 * outside the region's years; or -1 when no year of the plan has all of
 * them (*end is then the plan's last year the region has, for an M
 * record). */
int plan_window(const struct structure *st, const struct plan *pl,
	const char *const *codes, size_t n, int *base, int *end);

/* Make r a plan record: period first-end (a span even when end is the
 * plan's first year) and the plan's name, with "to YEAR" when end is
 * before its last year, in its note.  Every plan result goes through it. */
void plan_note(struct yp_result *r, const struct plan *pl, int end);

/* The code "<item>.index" and other suffixed codes, interned. */
const char *code_with(struct structure *st, const char *item,
	const char *suffix);

/* The unit "BASE=100" of real indices and deflators, interned. */
const char *base_unit(struct structure *st);

#endif
