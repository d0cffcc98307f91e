/* yp-clean: the user's rules (config/rules.csv) and per-indicator
 * settings (config/clean.csv). */
#ifndef YP_CLEAN_RULES_H
#define YP_CLEAN_RULES_H

#include "cfg.h"
#include "expr.h"
#include "interp.h"
#include "quality.h"

enum check {
	CHECK_RANGE,		/* min <= value <= max */
	CHECK_JUMP,		/* yearly change in % within [min, max] */
	CHECK_JUMP_POINTS,	/* yearly change in the unit within [min, max] */
	CHECK_IDENTITY,		/* LEFT = RIGHT within a tolerance */
	CHECK_DERIVED		/* published = derived; keep the published */
};

struct rule {
	const char *name, *indicators, *note;	/* borrowed from the table */
	enum check check;
	int has_min, has_max;
	double min, max;
	double rel_tol, abs_tol;	/* identity/derived: % of |right|, base unit */
	enum severity severity;
	struct formula formula;		/* identity and derived */
	const char *formula_text;
	unsigned long line;		/* its line in rules.csv */
};

struct ruleset {
	struct yp_table *table;		/* NULL when there is no rules.csv */
	struct rule *r;
	size_t n;
};

/* Load rules.csv (absent: no rules).  A bad row exits 2 naming
 * FILE:LINE and what to write instead. */
void ruleset_load(struct ruleset *rs, const struct yp_config *cfg,
	const char *path);
void ruleset_free(struct ruleset *rs);

/* Whether an indicator matches a list of patterns separated by '|':
 * shell patterns on the code (gdp.*), or kind:amount|rate|index, or
 * category:NAME, both from indicators.csv.  ind may be NULL for a code
 * that is not in indicators.csv (then only code patterns can match). */
int indicator_matches(const char *patterns, const char *code,
	const struct yp_indicator *ind);

/* What to do with one indicator's series. */
struct series_settings {
	int max_gap;			/* longest inner gap to fill; 0: never */
	enum interp_method method;
	double revision_threshold;	/* % beyond which a revision is large */
};

/* config/clean.csv: indicator,max_gap,method,revision_threshold,note.
 * Every row whose pattern matches an indicator applies in order, a
 * filled cell overriding what the rows above said. */
struct settings {
	struct yp_table *table;		/* NULL: defaults only */
	struct series_settings *rows;	/* a cell left empty: -1 / NAN */
	int *has_method;
};

#define SETTINGS_DEFAULT_MAX_GAP 2
#define SETTINGS_DEFAULT_METHOD INTERP_LINEAR
#define SETTINGS_DEFAULT_REVISION 1.0

void settings_load(struct settings *s, const char *path);
void settings_free(struct settings *s);
void settings_for(const struct settings *s, const char *code,
	const struct yp_indicator *ind, struct series_settings *out);

#endif
