/* yp-trend: reading config/trend.csv (columns in docs/METHODS.md). */
#include <fnmatch.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "models.h"
#include "msg.h"
#include "num.h"
#include "settings.h"
#include "xalloc.h"

static unsigned
parse_models(const struct yp_table *t, size_t row, const char *cell)
{
	char *copy, *tok, *save = NULL;
	unsigned bits = 0;
	enum model_kind k;

	if (strcmp(cell, "none") == 0 || *cell == 0)
		return 0;
	if (strcmp(cell, "all") == 0)
		return 1u << MODEL_LINEAR | 1u << MODEL_LOGLINEAR |
		    1u << MODEL_GM11 | 1u << MODEL_HOLT | 1u << MODEL_HOLT_DAMPED;
	copy = xstrdup(cell);
	for (tok = strtok_r(copy, "|", &save); tok;
	    tok = strtok_r(NULL, "|", &save)) {
		while (*tok == ' ')
			tok++;
		if (!(k = model_by_name(tok)))
			yp_die_at(YP_EXIT_USAGE, t->path, t->lines[row],
			    "models: unknown model \"%s\"; use linear, loglinear, "
			    "logistic, gm11, holt, holt_damped, all or none", tok);
		bits |= 1u << k;
	}
	free(copy);
	return bits;
}

static int
int_cell(const struct yp_table *t, size_t row, int col, const char *name,
	long min, long max, int dflt)
{
	const char *cell = yp_table_cell(t, row, col);
	long v;

	if (!*cell)
		return dflt;
	if (!yp_parse_long(cell, min, max, &v))
		yp_die_at(YP_EXIT_USAGE, t->path, t->lines[row],
		    "%s: \"%s\" is not a whole number from %ld to %ld", name,
		    cell, min, max);
	return (int)v;
}

struct trend_settings *
trend_settings_load(const char *path)
{
	struct trend_settings *ts = xcalloc(1, sizeof *ts);
	struct yp_table *t = yp_table_load(path, 1);
	int cregion, cind, cmodels, cbasis, csat, cbounds, cmin, cwin, chold,
	    chor;
	size_t i;

	ts->table = t;
	if (!t)
		return ts;
	cregion = yp_table_col(t, "region");
	cind = yp_table_need_col(t, "indicator");
	cmodels = yp_table_need_col(t, "models");
	cbasis = yp_table_col(t, "basis");
	csat = yp_table_col(t, "saturation");
	cbounds = yp_table_col(t, "bounds");
	cmin = yp_table_col(t, "min_years");
	cwin = yp_table_col(t, "window");
	chold = yp_table_col(t, "holdout");
	chor = yp_table_col(t, "horizon");
	ts->rows = xcalloc(t->nrows ? t->nrows : 1, sizeof *ts->rows);
	for (i = 0; i < t->nrows; i++) {
		struct trend_setting *s = &ts->rows[ts->n++];
		const char *cell;
		double v;

		s->line = t->lines[i];
		s->region = yp_table_cell(t, i, cregion);
		if (!*s->region)
			s->region = "*";
		s->indicator = yp_table_cell(t, i, cind);
		if (!*s->indicator)
			yp_die_at(YP_EXIT_USAGE, t->path, t->lines[i],
			    "indicator is empty; give a code or a pattern "
			    "such as gdp or income.*");
		s->models = parse_models(t, i, yp_table_cell(t, i, cmodels));
		cell = yp_table_cell(t, i, cbasis);
		if (!*cell || strcmp(cell, "nominal") == 0)
			s->basis = BASIS_NOMINAL;
		else if (strcmp(cell, "real") == 0)
			s->basis = BASIS_REAL;
		else if (strcmp(cell, "both") == 0)
			s->basis = BASIS_NOMINAL | BASIS_REAL;
		else
			yp_die_at(YP_EXIT_USAGE, t->path, t->lines[i],
			    "basis: \"%s\"; use nominal, real or both", cell);
		cell = yp_table_cell(t, i, csat);
		s->k_fixed = 0;
		if (*cell && strcmp(cell, "fit") != 0) {
			if (!yp_parse_number(cell, &v) || !(v > 0))
				yp_die_at(YP_EXIT_USAGE, t->path, t->lines[i],
				    "saturation: \"%s\"; use fit or a positive "
				    "number", cell);
			s->k_fixed = v;
		}
		if (*cell && !(s->models & 1u << MODEL_LOGISTIC))
			s->models |= 1u << MODEL_LOGISTIC;
		s->lo = -INFINITY;
		s->hi = INFINITY;
		cell = yp_table_cell(t, i, cbounds);
		if (*cell) {
			const char *colon = strchr(cell, ':');
			char lo[64] = "", hi[64] = "";

			if (!colon || colon - cell >= 63 ||
			    strlen(colon + 1) >= 63)
				yp_die_at(YP_EXIT_USAGE, t->path, t->lines[i],
				    "bounds: \"%s\"; write LOW:HIGH, e.g. 0:100 "
				    "or 0:", cell);
			memcpy(lo, cell, colon - cell);
			strcpy(hi, colon + 1);
			if ((*lo && !yp_parse_number(lo, &s->lo)) ||
			    (*hi && !yp_parse_number(hi, &s->hi)) ||
			    s->lo >= s->hi)
				yp_die_at(YP_EXIT_USAGE, t->path, t->lines[i],
				    "bounds: \"%s\"; write LOW:HIGH with LOW < "
				    "HIGH, e.g. 0:100 or 0:", cell);
		}
		if (s->k_fixed > 0 && s->k_fixed > s->hi)
			yp_die_at(YP_EXIT_USAGE, t->path, t->lines[i],
			    "saturation %g is above the upper bound %g",
			    s->k_fixed, s->hi);
		s->min_years = int_cell(t, i, cmin, "min_years", 0, 200, 0);
		s->window = int_cell(t, i, cwin, "window", 0, 200, 0);
		s->holdout = int_cell(t, i, chold, "holdout", 1, 20,
		    TREND_DEFAULT_HOLDOUT);
		s->horizon = int_cell(t, i, chor, "horizon", 1900, 2100,
		    TREND_DEFAULT_HORIZON);
	}
	return ts;
}

void
trend_settings_free(struct trend_settings *ts)
{
	if (!ts)
		return;
	yp_table_free(ts->table);
	free(ts->rows);
	free(ts);
}

const struct trend_setting *
trend_setting_for(const struct trend_settings *ts, const char *region,
	const char *indicator)
{
	size_t i;

	for (i = ts->n; i-- > 0;) {
		const struct trend_setting *s = &ts->rows[i];

		if (fnmatch(s->indicator, indicator, 0) == 0 &&
		    fnmatch(s->region, region, 0) == 0)
			return s->models ? s : NULL;
	}
	return NULL;
}
