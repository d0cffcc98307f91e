/* yp-structure: one run over the regions, and the helpers its analyses share. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "msg.h"
#include "structure.h"
#include "xalloc.h"

/* Indicators read besides those the settings name. */
static const char *const always_kept[] = {
	"gdp", "gdp.growth", "emp.total",
	"pop.resident", "pop.registered", "pop.urban", "pop.male", "pop.female",
	"pop.age0_14", "pop.age15_64", "pop.age65p", "births", "deaths",
	"dep.child", "dep.old", "dep.total", "pop.sex_ratio", "urbanization",
	"birth_rate", "death_rate", "natural_growth_rate",
	"energy.total", "water.total", "co2", "land.construction", "land.arable",
	"health.beds", "health.doctors", "health.beds_per_1000",
	"health.doctors_per_1000", "edu.students", "edu.teachers",
	"fiscal.revenue", "fiscal.expenditure", "gdp.per_capita",
	"co2.per_capita",
};

void
structure_keep(struct structure *st)
{
	const struct settings *s = st->set;
	size_t i, k;

	for (i = 0; i < sizeof always_kept / sizeof always_kept[0]; i++)
		panel_keep(st->panel, always_kept[i]);
	for (i = 0; i < s->nreal; i++) {
		panel_keep(st->panel, s->real[i]);
		panel_keep(st->panel, code_with(st, s->real[i], ".index"));
	}
	for (i = 0; i < s->nsectors; i++) {
		panel_keep(st->panel, s->sectors[i]);
		panel_keep(st->panel, s->employment[i]);
	}
	for (i = 0; i < s->nper_capita; i++)
		panel_keep(st->panel, s->per_capita[i]);
	for (i = 0; i < s->nhhi; i++) {
		panel_keep(st->panel, s->hhi[i].total);
		for (k = 0; k < s->hhi[i].nparts; k++)
			panel_keep_pattern(st->panel, s->hhi[i].parts[k]);
	}
}

void
structure_region(struct structure *st, const struct region_span *r)
{
	st->r = r;
	prices_region(st);
	industry_region(st);
	population_region(st);
	resources_region(st);
	services_region(st);
}

int
structure_run(struct structure *st, struct yp_writer *w)
{
	size_t i;

	for (i = 0; i < st->panel->nregions; i++) {
		structure_region(st, &st->panel->regions[i]);
		yp_results_flush(&st->out, w);
	}
	return 0;
}

/* ---- helpers ---------------------------------------------------------- */

static int
compare_code(const void *key, const void *elem)
{
	return strcmp(key, (*(const struct series *const *)elem)->indicator);
}

const struct series *
S_of(const struct structure *st, const char *region, const char *code)
{
	const struct region_span *r = region == st->r->name ? st->r :
	    panel_region(st->panel, region);
	const struct series *const *hit;

	if (!r || !r->nseries)
		return NULL;
	hit = bsearch(code, r->series, r->nseries, sizeof *r->series,
	    compare_code);
	return hit ? *hit : NULL;
}

const struct series *
S(const struct structure *st, const char *code)
{
	return S_of(st, st->r->name, code);
}

int
V_of(const struct structure *st, const char *region, const char *code, int y,
    double *v, char *status)
{
	char s;

	if (!series_get(S_of(st, region, code), y, v, &s))
		return 0;
	if (status)
		*status = yp_status_weakest(*status, s);
	return 1;
}

int
V(const struct structure *st, const char *code, int y, double *v,
    char *status)
{
	return V_of(st, st->r->name, code, y, v, status);
}

double
unit_factor(const struct structure *st, const char *from, const char *to)
{
	double f;

	if (yp_unit_factor(st->cfg, from, to, &f) != 1)
		yp_die(YP_EXIT_USAGE, "%s/units.csv: no conversion from %s to "
		    "%s; add both units there with the same base",
		    st->cfg->dir, from, to);
	return f;
}

const char *
unit_of(const struct structure *st, const char *code)
{
	const struct yp_indicator *ind = yp_indicator_get(st->cfg, code);

	return ind ? ind->unit : "";
}

const char *
code_with(struct structure *st, const char *item, const char *suffix)
{
	char *s = xasprintf("%s%s", item, suffix);
	const char *i = panel_intern(st->panel, s);

	free(s);
	return i;
}

const char *
base_unit(struct structure *st)
{
	char buf[32];

	snprintf(buf, sizeof buf, "%d=100", st->set->base_year);
	return panel_intern(st->panel, buf);
}

int
index_of(const struct structure *st, const char *region, const char *item,
    int y, double *index, char *status)
{
	char key[128];
	double g;

	snprintf(key, sizeof key, "%s.index", item);
	if (V_of(st, region, key, y, index, status))
		return 1;
	if (strcmp(item, "gdp") == 0 &&
	    V_of(st, region, "gdp.growth", y, &g, status)) {
		*index = 100 + g;
		return 1;
	}
	return 0;
}

int
chain_ratio(const struct structure *st, const char *region, const char *item,
    int from, int to, double *ratio, char *status, int *gap)
{
	double r = 1, i;
	int lo = from < to ? from : to, hi = from < to ? to : from, y;

	for (y = lo + 1; y <= hi; y++) {
		if (!index_of(st, region, item, y, &i, status)) {
			*gap = y;
			return 0;
		}
		r *= i / 100;
	}
	*ratio = from <= to ? r : 1 / r;
	return 1;
}

int
real_level(const struct structure *st, const char *region, const char *item,
    int base, int y, double *v, char *status, char *why, size_t whysz)
{
	double nominal, ratio;
	int gap;

	if (!V_of(st, region, item, base, &nominal, status)) {
		snprintf(why, whysz, "no nominal %s for %d, the year whose "
		    "prices the chain uses", item, base);
		return 0;
	}
	if (!chain_ratio(st, region, item, base, y, &ratio, status, &gap)) {
		snprintf(why, whysz, "no %s.index (上年=100) for %d, so %d "
		    "cannot be chained to %d prices", item, gap, y, base);
		return 0;
	}
	*v = nominal * ratio;
	return 1;
}

int
plan_touches(const struct structure *st, const struct plan *pl)
{
	int lo = pl->first - 1 > st->r->first ? pl->first - 1 : st->r->first;
	int hi = pl->last < st->r->last ? pl->last : st->r->last;

	return lo < hi;
}

int
plan_window(const struct structure *st, const struct plan *pl,
    const char *const *codes, size_t n, int *base, int *end)
{
	double v;
	size_t i;
	int y, last;

	if (!plan_touches(st, pl))
		return 0;
	*base = pl->first - 1;
	last = pl->last < st->r->last ? pl->last : st->r->last;
	for (y = last; y >= pl->first; y--) {
		for (i = 0; i < n; i++)
			if (!V(st, codes[i], y, &v, NULL))
				break;
		if (i == n) {
			*end = y;
			return 1;
		}
	}
	/* Nothing of the plan: only worth an M record when the region has
	 * some of these codes at all. */
	for (i = 0; i < n; i++)
		if (S(st, codes[i]))
			break;
	if (i == n)
		return 0;
	*end = last;
	return -1;
}

void
plan_note(struct yp_result *r, const struct plan *pl, int end)
{
	/* A plan record is a span even when the data give one year of it,
	 * so that it never meets the year's own record. */
	yp_result_span(r, pl->first, end);
	if (end < pl->last)
		yp_result_note(r, "%s to %d", pl->name, end);
	else
		yp_result_note(r, "%s", pl->name);
}

int
codes_span(const struct structure *st, const char *const *codes, size_t n,
    int *lo, int *hi)
{
	const struct series *s;
	size_t i;

	*lo = 9999;
	*hi = 0;
	for (i = 0; i < n; i++) {
		if (!(s = S(st, codes[i])))
			continue;
		if (s->first < *lo)
			*lo = s->first;
		if (s->first + s->n - 1 > *hi)
			*hi = s->first + s->n - 1;
	}
	return *hi > 0;
}

int
codes_recorded(const struct structure *st, const char *const *codes,
    size_t n, int y)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (series_has_record(S(st, codes[i]), y))
			return 1;
	return 0;
}
