/* yp-clean: the user's rules (config/rules.csv) and per-indicator
 * settings (config/clean.csv). */
#include <fnmatch.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "msg.h"
#include "num.h"
#include "rules.h"
#include "table.h"
#include "xalloc.h"

int
indicator_matches(const char *patterns, const char *code,
    const struct yp_indicator *ind)
{
	const char *p = patterns;

	while (*p) {
		const char *bar = strchr(p, '|');
		size_t len = bar ? (size_t)(bar - p) : strlen(p);
		char item[256];

		if (len >= sizeof item)
			len = sizeof item - 1;
		memcpy(item, p, len);
		item[len] = '\0';
		if (strncmp(item, "kind:", 5) == 0) {
			if (ind && strcmp(ind->kind, item + 5) == 0)
				return 1;
		} else if (strncmp(item, "category:", 9) == 0) {
			if (ind && strcmp(ind->category, item + 9) == 0)
				return 1;
		} else if (*item && fnmatch(item, code, 0) == 0) {
			return 1;
		}
		p += len;
		if (*p == '|')
			p++;
	}
	return 0;
}

static int
matches_any(const struct yp_config *cfg, const char *patterns)
{
	size_t i;

	for (i = 0; i < cfg->nindicators; i++)
		if (indicator_matches(patterns, cfg->indicators[i].code,
		    &cfg->indicators[i]))
			return 1;
	return 0;
}

/* An optional number cell: 1 with *v set, 0 when empty; a cell that is
 * not a number exits 2. */
static int
number_cell(const struct yp_table *t, size_t row, int col, const char *what,
    double *v)
{
	const char *cell = yp_table_cell(t, row, col);

	if (!*cell)
		return 0;
	if (!yp_parse_number(cell, v))
		yp_die_at(YP_EXIT_USAGE, t->path, t->lines[row], "%s \"%s\" is not "
		    "a number", what, cell);
	return 1;
}

static const struct {
	const char *name;
	enum check check;
} checks[] = {
	{ "range", CHECK_RANGE }, { "jump", CHECK_JUMP },
	{ "jump-points", CHECK_JUMP_POINTS }, { "identity", CHECK_IDENTITY },
	{ "derived", CHECK_DERIVED }
};

static void
load_rule(struct rule *r, const struct yp_table *t, size_t i,
    const struct yp_config *cfg, const int *col)
{
	const char *path = t->path, *check = yp_table_cell(t, i, col[1]);
	const char *sev = yp_table_cell(t, i, col[8]);
	unsigned long line = t->lines[i];
	char err[512];
	size_t k;

	r->line = line;
	r->name = yp_table_cell(t, i, col[0]);
	r->indicators = yp_table_cell(t, i, col[2]);
	r->formula_text = yp_table_cell(t, i, col[3]);
	r->note = yp_table_cell(t, i, col[9]);
	if (!*r->name)
		yp_die_at(YP_EXIT_USAGE, path, line, "empty rule name; name each "
		    "rule, the quality table uses the name");
	for (k = 0; k < sizeof checks / sizeof *checks; k++)
		if (strcmp(check, checks[k].name) == 0)
			break;
	if (k == sizeof checks / sizeof *checks)
		yp_die_at(YP_EXIT_USAGE, path, line, "check \"%s\" is not range, "
		    "jump, jump-points, identity or derived", check);
	r->check = checks[k].check;
	if (!severity_parse(sev, &r->severity))
		yp_die_at(YP_EXIT_USAGE, path, line, "severity \"%s\" is not "
		    "error, warning or info", sev);
	r->has_min = number_cell(t, i, col[4], "min", &r->min);
	r->has_max = number_cell(t, i, col[5], "max", &r->max);
	if (!number_cell(t, i, col[6], "rel_tol", &r->rel_tol))
		r->rel_tol = 0;
	if (!number_cell(t, i, col[7], "abs_tol", &r->abs_tol))
		r->abs_tol = 0;
	if (r->rel_tol < 0 || r->abs_tol < 0)
		yp_die_at(YP_EXIT_USAGE, path, line, "a tolerance cannot be "
		    "negative");
	if (r->check == CHECK_IDENTITY || r->check == CHECK_DERIVED) {
		if (!*r->formula_text)
			yp_die_at(YP_EXIT_USAGE, path, line, "rule %s: an %s check "
			    "needs a formula such as \"a + b = total\"", r->name,
			    check);
		if (formula_parse(r->formula_text, cfg, &r->formula, err,
		    sizeof err) != 0)
			yp_die_at(YP_EXIT_USAGE, path, line, "rule %s: formula: %s",
			    r->name, err);
		if (r->check == CHECK_DERIVED && (r->formula.left.nops != 1 ||
		    r->formula.left.ops[0].op != EXPR_VAR ||
		    r->formula.vars[r->formula.left.ops[0].var].lag != 0))
			yp_die_at(YP_EXIT_USAGE, path, line, "rule %s: a derived "
			    "check is written \"published = formula\", one "
			    "indicator on the left", r->name);
		return;
	}
	if (!*r->indicators)
		yp_die_at(YP_EXIT_USAGE, path, line, "rule %s: say which "
		    "indicators it checks (codes, patterns like gdp.*, "
		    "kind:amount)", r->name);
	if (!matches_any(cfg, r->indicators))
		yp_die_at(YP_EXIT_USAGE, path, line, "rule %s: \"%s\" matches no "
		    "indicator in indicators.csv", r->name, r->indicators);
	if (!r->has_min && !r->has_max)
		yp_die_at(YP_EXIT_USAGE, path, line, "rule %s: give min, max or "
		    "both", r->name);
	if (r->has_min && r->has_max && r->min > r->max)
		yp_die_at(YP_EXIT_USAGE, path, line, "rule %s: min is above max",
		    r->name);
}

void
ruleset_load(struct ruleset *rs, const struct yp_config *cfg,
    const char *path)
{
	static const char *const names[] = { "rule", "check", "indicators",
	    "formula", "min", "max", "rel_tol", "abs_tol", "severity", "note" };
	int col[10];
	size_t i, j;

	memset(rs, 0, sizeof *rs);
	rs->table = yp_table_load(path, 1);
	if (!rs->table)
		return;
	for (i = 0; i < 10; i++)
		col[i] = i == 9 ? yp_table_col(rs->table, names[i]) :
		    yp_table_need_col(rs->table, names[i]);
	rs->n = rs->table->nrows;
	rs->r = xcalloc(rs->n, sizeof *rs->r);
	for (i = 0; i < rs->n; i++) {
		load_rule(&rs->r[i], rs->table, i, cfg, col);
		for (j = 0; j < i; j++)
			if (strcmp(rs->r[j].name, rs->r[i].name) == 0)
				yp_die_at(YP_EXIT_USAGE, path, rs->r[i].line, "rule "
				    "name \"%s\" is used twice (line %lu); the "
				    "quality table tells rules apart by name",
				    rs->r[i].name, rs->r[j].line);
	}
}

void
ruleset_free(struct ruleset *rs)
{
	size_t i;

	for (i = 0; i < rs->n; i++)
		formula_free(&rs->r[i].formula);
	free(rs->r);
	yp_table_free(rs->table);
	memset(rs, 0, sizeof *rs);
}

/* ---- config/clean.csv ---------------------------------------------------- */

void
settings_load(struct settings *s, const char *path)
{
	struct yp_table *t;
	int ind, gap, meth, rev;
	size_t i;

	memset(s, 0, sizeof *s);
	t = s->table = yp_table_load(path, 1);
	if (!t)
		return;
	ind = yp_table_need_col(t, "indicator");
	gap = yp_table_col(t, "max_gap");
	meth = yp_table_col(t, "method");
	rev = yp_table_col(t, "revision_threshold");
	s->rows = xcalloc(t->nrows, sizeof *s->rows);
	s->has_method = xcalloc(t->nrows, sizeof *s->has_method);
	for (i = 0; i < t->nrows; i++) {
		struct series_settings *r = &s->rows[i];
		const char *g = yp_table_cell(t, i, gap);
		const char *m = yp_table_cell(t, i, meth);
		long n;

		if (!*yp_table_cell(t, i, ind))
			yp_die_at(YP_EXIT_USAGE, path, t->lines[i], "empty indicator "
			    "pattern; use * for every indicator");
		r->max_gap = -1;
		if (*g && !yp_parse_long(g, 0, 50, &n))
			yp_die_at(YP_EXIT_USAGE, path, t->lines[i], "max_gap \"%s\" "
			    "is not a whole number of years (0 = never fill)", g);
		if (*g)
			r->max_gap = (int)n;
		if (*m && !interp_parse(m, &r->method))
			yp_die_at(YP_EXIT_USAGE, path, t->lines[i], "method \"%s\" "
			    "is not linear or steffen", m);
		s->has_method[i] = *m != '\0';
		if (!number_cell(t, i, rev, "revision_threshold",
		    &r->revision_threshold))
			r->revision_threshold = NAN;
		else if (r->revision_threshold < 0)
			yp_die_at(YP_EXIT_USAGE, path, t->lines[i],
			    "revision_threshold cannot be negative");
	}
}

void
settings_free(struct settings *s)
{
	free(s->rows);
	free(s->has_method);
	yp_table_free(s->table);
	memset(s, 0, sizeof *s);
}

void
settings_for(const struct settings *s, const char *code,
    const struct yp_indicator *ind, struct series_settings *out)
{
	int ind_col;
	size_t i;

	out->max_gap = SETTINGS_DEFAULT_MAX_GAP;
	out->method = SETTINGS_DEFAULT_METHOD;
	out->revision_threshold = SETTINGS_DEFAULT_REVISION;
	if (!s->table)
		return;
	ind_col = yp_table_col(s->table, "indicator");
	for (i = 0; i < s->table->nrows; i++) {
		const struct series_settings *r = &s->rows[i];

		if (!indicator_matches(yp_table_cell(s->table, i, ind_col), code,
		    ind))
			continue;
		if (r->max_gap >= 0)
			out->max_gap = r->max_gap;
		if (s->has_method[i])
			out->method = r->method;
		if (!isnan(r->revision_threshold))
			out->revision_threshold = r->revision_threshold;
	}
}
