/* yp-structure: its config tables: structure.csv, plans.csv, labels.csv. */
#include <stdlib.h>
#include <string.h>

#include "list.h"
#include "msg.h"
#include "num.h"
#include "settings.h"
#include "table.h"
#include "xalloc.h"

static void
need_indicator(const struct yp_config *cfg, const struct yp_table *t,
    size_t row, const char *code)
{
	if (!yp_indicator_get(cfg, code))
		yp_die_at(YP_EXIT_USAGE, t->path, t->lines[row], "\"%s\" is not "
		    "a code in indicators.csv; use its code (e.g. gdp.tertiary)",
		    code);
}

static void
load_structure(struct settings *s, const struct yp_config *cfg)
{
	char *path = yp_config_path(cfg, "structure.csv");
	struct yp_table *t = yp_table_load(path, 0);
	int ck = yp_table_need_col(t, "setting"), cv = yp_table_need_col(t, "value");
	const char *key, *val, *eq;
	char **list;
	size_t r, n, i;
	long year;

	free(path);
	s->tables[0] = t;
	s->base_year = 0;
	for (r = 0; r < t->nrows; r++) {
		key = yp_table_cell(t, r, ck);
		val = yp_table_cell(t, r, cv);
		if (strcmp(key, "base_year") == 0) {
			if (!yp_parse_long(val, 1950, 2100, &year))
				yp_die_at(YP_EXIT_USAGE, t->path, t->lines[r],
				    "base_year \"%s\" is not a year", val);
			s->base_year = (int)year;
		} else if (strcmp(key, "real") == 0) {
			yp_list_free(s->real);
			s->real = yp_list_split(val, "|", &s->nreal);
			for (i = 0; i < s->nreal; i++)
				need_indicator(cfg, t, r, s->real[i]);
		} else if (strcmp(key, "sectors") == 0 ||
		    strcmp(key, "employment") == 0) {
			list = yp_list_split(val, "|", &n);
			if (n < 2 || n > MAX_SECTORS) {
				yp_list_free(list);
				yp_die_at(YP_EXIT_USAGE, t->path, t->lines[r],
				    "%s lists %zu codes; give 2 to %d, "
				    "separated by |", key, n, MAX_SECTORS);
			}
			if (s->nsectors && n != s->nsectors)
				yp_die_at(YP_EXIT_USAGE, t->path, t->lines[r],
				    "sectors and employment must list as many "
				    "codes, in the same order");
			s->nsectors = n;
			for (i = 0; i < n; i++) {
				need_indicator(cfg, t, r, list[i]);
				if (key[0] == 's')
					s->sectors[i] = list[i];
				else
					s->employment[i] = list[i];
			}
			if (key[0] == 's') {
				yp_list_free(s->sector_list);
				s->sector_list = list;
			} else {
				yp_list_free(s->employment_list);
				s->employment_list = list;
			}
		} else if (strcmp(key, "per_capita") == 0) {
			yp_list_free(s->per_capita);
			s->per_capita = yp_list_split(val, "|", &s->nper_capita);
			for (i = 0; i < s->nper_capita; i++)
				need_indicator(cfg, t, r, s->per_capita[i]);
		} else if (strcmp(key, "hhi") == 0) {
			eq = strchr(val, '=');
			if (!eq || eq == val)
				yp_die_at(YP_EXIT_USAGE, t->path, t->lines[r],
				    "hhi \"%s\": write TOTAL=PART|PART (parts "
				    "may be patterns like industry.div.*)", val);
			s->hhi = xrealloc(s->hhi, (s->nhhi + 1) * sizeof *s->hhi);
			n = (size_t)(eq - val);
			while (n > 0 && val[n - 1] == ' ')
				n--;
			s->hhi[s->nhhi].total = xstrndup(val, n);
			s->hhi[s->nhhi].parts = yp_list_split(eq + 1, "|",
			    &s->hhi[s->nhhi].nparts);
			need_indicator(cfg, t, r, s->hhi[s->nhhi].total);
			if (s->hhi[s->nhhi].nparts == 0)
				yp_die_at(YP_EXIT_USAGE, t->path, t->lines[r],
				    "hhi group %s lists no parts", val);
			s->nhhi++;
		} else {
			yp_die_at(YP_EXIT_USAGE, t->path, t->lines[r], "unknown "
			    "setting \"%s\"; the settings are base_year, real, "
			    "sectors, employment, per_capita, hhi", key);
		}
	}
	if (!s->base_year)
		yp_die_at(YP_EXIT_USAGE, t->path, 0, "no base_year row; add "
		    "\"base_year,2020\"");
	if (!s->nsectors || !s->employment[0] || !s->sectors[0])
		yp_die_at(YP_EXIT_USAGE, t->path, 0, "give both a sectors and "
		    "an employment row");
	for (i = 0; i < s->nsectors; i++) {
		for (n = 0; n < s->nreal; n++)
			if (strcmp(s->real[n], s->sectors[i]) == 0)
				break;
		if (n == s->nreal)
			yp_die_at(YP_EXIT_USAGE, t->path, 0, "sector %s is not "
			    "in the real list; add it there too",
			    s->sectors[i]);
	}
}

static int
compare_plans(const void *a, const void *b)
{
	const struct plan *p = a, *q = b;

	return (p->first > q->first) - (p->first < q->first);
}

static void
load_plans(struct settings *s, const struct yp_config *cfg)
{
	char *path = yp_config_path(cfg, "plans.csv");
	struct yp_table *t = yp_table_load(path, 0);
	int cn = yp_table_need_col(t, "plan"), ce = yp_table_col(t, "name_en"),
	    cf = yp_table_need_col(t, "first"), cl = yp_table_need_col(t, "last");
	long first, last;
	size_t r;

	free(path);
	s->tables[1] = t;
	s->plans = xcalloc(t->nrows ? t->nrows : 1, sizeof *s->plans);
	for (r = 0; r < t->nrows; r++) {
		if (!yp_parse_long(yp_table_cell(t, r, cf), 1950, 2100, &first) ||
		    !yp_parse_long(yp_table_cell(t, r, cl), 1950, 2100, &last) ||
		    last < first)
			yp_die_at(YP_EXIT_USAGE, t->path, t->lines[r], "first and "
			    "last must be years, first <= last");
		s->plans[r].name = yp_table_cell(t, r, cn);
		s->plans[r].name_en = yp_table_cell(t, r, ce);
		s->plans[r].first = (int)first;
		s->plans[r].last = (int)last;
		if (r && s->plans[r].first <= s->plans[r - 1].last &&
		    s->plans[r].first >= s->plans[r - 1].first)
			yp_die_at(YP_EXIT_USAGE, t->path, t->lines[r], "plan %s "
			    "overlaps the one above it", s->plans[r].name);
	}
	s->nplans = t->nrows;
	qsort(s->plans, s->nplans, sizeof *s->plans, compare_plans);
}

/* The codes every classification measure must have. */
static const struct {
	const char *measure;
	int first, last, thresholds;
} needed_labels[] = {
	{ "ageing_stage", 0, 3, 1 },
	{ "urbanization_stage", 1, 3, 1 },
	{ "hhi_band", 1, 3, 1 },
	{ "tapio_state", 1, 8, 0 },
};

static void
load_labels(struct settings *s, const struct yp_config *cfg)
{
	char *path = yp_config_path(cfg, "labels.csv");
	struct yp_table *t = yp_table_load(path, 0);
	int cm = yp_table_need_col(t, "measure"), cc = yp_table_need_col(t, "code"),
	    cf = yp_table_need_col(t, "from"), cz = yp_table_need_col(t, "label_zh"),
	    ce = yp_table_need_col(t, "label_en");
	struct label_class *l;
	const char *from;
	size_t r, k;
	long code;
	int c;

	free(path);
	s->tables[2] = t;
	s->labels = xcalloc(t->nrows ? t->nrows : 1, sizeof *s->labels);
	for (r = 0; r < t->nrows; r++) {
		l = &s->labels[r];
		l->measure = yp_table_cell(t, r, cm);
		l->zh = yp_table_cell(t, r, cz);
		l->en = yp_table_cell(t, r, ce);
		if (!yp_parse_long(yp_table_cell(t, r, cc), -99, 99, &code))
			yp_die_at(YP_EXIT_USAGE, t->path, t->lines[r], "code "
			    "\"%s\" is not a whole number",
			    yp_table_cell(t, r, cc));
		l->code = (int)code;
		from = yp_table_cell(t, r, cf);
		if (*from == '>') {
			l->strict = 1;
			from++;
		}
		if (*from) {
			if (!yp_parse_number(from, &l->from))
				yp_die_at(YP_EXIT_USAGE, t->path, t->lines[r],
				    "from \"%s\" is not a number (or >number)",
				    yp_table_cell(t, r, cf));
			l->has_from = 1;
		}
		for (k = 0; k < r; k++)
			if (strcmp(s->labels[k].measure, l->measure) == 0 &&
			    s->labels[k].code == l->code)
				yp_die_at(YP_EXIT_USAGE, t->path, t->lines[r],
				    "%s code %d is already labelled above",
				    l->measure, l->code);
	}
	s->nlabels = t->nrows;
	for (k = 0; k < sizeof needed_labels / sizeof needed_labels[0]; k++)
		for (c = needed_labels[k].first; c <= needed_labels[k].last; c++) {
			l = (struct label_class *)settings_label(s,
			    needed_labels[k].measure, c);
			if (!l)
				yp_die_at(YP_EXIT_USAGE, t->path, 0, "no row for "
				    "%s code %d; every code needs a label",
				    needed_labels[k].measure, c);
			if (needed_labels[k].thresholds && !l->has_from)
				yp_die_at(YP_EXIT_USAGE, t->path, 0, "%s code %d "
				    "needs its lower bound in column from",
				    needed_labels[k].measure, c);
		}
}

struct settings *
settings_load(const struct yp_config *cfg, int base_year)
{
	struct settings *s = xcalloc(1, sizeof *s);

	load_structure(s, cfg);
	if (base_year > 0)
		s->base_year = base_year;
	load_plans(s, cfg);
	load_labels(s, cfg);
	return s;
}

void
settings_free(struct settings *s)
{
	size_t i;

	if (!s)
		return;
	yp_list_free(s->real);
	yp_list_free(s->per_capita);
	yp_list_free(s->sector_list);
	yp_list_free(s->employment_list);
	for (i = 0; i < s->nhhi; i++) {
		free((char *)s->hhi[i].total);
		yp_list_free(s->hhi[i].parts);
	}
	free(s->hhi);
	free(s->plans);
	free(s->labels);
	for (i = 0; i < 3; i++)
		yp_table_free(s->tables[i]);
	free(s);
}

const struct label_class *
settings_label(const struct settings *s, const char *measure, int code)
{
	size_t i;

	for (i = 0; i < s->nlabels; i++)
		if (s->labels[i].code == code &&
		    strcmp(s->labels[i].measure, measure) == 0)
			return &s->labels[i];
	return NULL;
}

const struct label_class *
settings_classify(const struct settings *s, const char *measure, double x)
{
	const struct label_class *best = NULL, *l;
	size_t i;

	for (i = 0; i < s->nlabels; i++) {
		l = &s->labels[i];
		if (!l->has_from || strcmp(l->measure, measure) != 0)
			continue;
		if (l->strict ? x > l->from : x >= l->from)
			if (!best || l->from > best->from ||
			    (l->from == best->from && l->strict))
				best = l;
	}
	return best;
}

int
settings_is_sector(const struct settings *s, const char *code)
{
	size_t i;

	for (i = 0; i < s->nsectors; i++)
		if (strcmp(s->sectors[i], code) == 0)
			return 1;
	return 0;
}
