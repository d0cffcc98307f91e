/* yanpan: the shared config tables: indicators, units, regions, sources. */
#include <fnmatch.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "cfg.h"
#include "msg.h"
#include "num.h"
#include "text.h"
#include "xalloc.h"

#ifndef YP_DATADIR
#define YP_DATADIR "/usr/local/share/yanpan"
#endif

const char *
yp_config_dir(const char *option)
{
	const char *env = getenv("YP_CONFIG");
	struct stat st;

	if (option && *option)
		return option;
	if (env && *env)
		return env;
	if (stat("config", &st) == 0 && S_ISDIR(st.st_mode))
		return "config";
	return YP_DATADIR "/config";
}

char *
yp_config_path(const struct yp_config *cfg, const char *name)
{
	return xasprintf("%s/%s", cfg->dir, name);
}

/* File a name under its key; two rows claiming one name is an error,
 * since a name must mean one thing. */
static void
add_key(struct yp_map *m, const struct yp_table *t, size_t row,
    const char *name, void *what, const char *kind)
{
	char *key = yp_key(name);
	void *old;

	if (*key == '\0') {
		free(key);
		return;
	}
	old = yp_map_get(m, key);
	if (old && old != what) {
		free(key);	/* LeakSanitizer looks at exit */
		yp_die_at(YP_EXIT_USAGE, t->path, t->lines[row], "%s name \"%s\" "
		    "is already used by another row; give each name one "
		    "meaning", kind, name);
	}
	yp_map_put(m, key, what);
	free(key);
}

/* Call add_key for each '|'-separated alias. */
static void
add_aliases(struct yp_map *m, const struct yp_table *t, size_t row,
    const char *aliases, void *what, const char *kind)
{
	char *copy = xstrdup(aliases), *p, *save = NULL;

	for (p = strtok_r(copy, "|", &save); p; p = strtok_r(NULL, "|", &save))
		add_key(m, t, row, p, what, kind);
	free(copy);
}

static void
load_indicators(struct yp_config *cfg)
{
	char *path = yp_config_path(cfg, "indicators.csv");
	struct yp_table *t = yp_table_load(path, 0);
	int code = yp_table_need_col(t, "code"), zh = yp_table_need_col(t, "name_zh"),
	    en = yp_table_need_col(t, "name_en"), unit = yp_table_need_col(t, "unit"),
	    cat = yp_table_need_col(t, "category"), kind = yp_table_need_col(t, "kind"),
	    al = yp_table_need_col(t, "aliases");
	size_t i;

	free(path);
	cfg->indicators_table = t;
	cfg->nindicators = t->nrows;
	cfg->indicators = xcalloc(t->nrows, sizeof *cfg->indicators);
	cfg->indicator_by_code = yp_map_new();
	cfg->indicator_by_key = yp_map_new();
	for (i = 0; i < t->nrows; i++) {
		struct yp_indicator *ind = &cfg->indicators[i];

		ind->code = yp_table_cell(t, i, code);
		ind->name_zh = yp_table_cell(t, i, zh);
		ind->name_en = yp_table_cell(t, i, en);
		ind->unit = yp_table_cell(t, i, unit);
		ind->category = yp_table_cell(t, i, cat);
		ind->kind = yp_table_cell(t, i, kind);
		if (!*ind->code)
			yp_die_at(YP_EXIT_USAGE, t->path, t->lines[i], "empty code");
		if (strcmp(ind->kind, "amount") && strcmp(ind->kind, "rate") &&
		    strcmp(ind->kind, "index"))
			yp_die_at(YP_EXIT_USAGE, t->path, t->lines[i], "kind \"%s\" "
			    "is not amount, rate or index", ind->kind);
		if (yp_map_put(cfg->indicator_by_code, ind->code, ind))
			yp_die_at(YP_EXIT_USAGE, t->path, t->lines[i], "code \"%s\" "
			    "appears twice", ind->code);
		add_key(cfg->indicator_by_key, t, i, ind->code, ind, "indicator");
		add_key(cfg->indicator_by_key, t, i, ind->name_zh, ind, "indicator");
		add_key(cfg->indicator_by_key, t, i, ind->name_en, ind, "indicator");
		add_aliases(cfg->indicator_by_key, t, i, yp_table_cell(t, i, al),
		    ind, "indicator");
	}
}

static void
load_units(struct yp_config *cfg)
{
	char *path = yp_config_path(cfg, "units.csv");
	struct yp_table *t = yp_table_load(path, 0);
	int unit = yp_table_need_col(t, "unit"), base = yp_table_need_col(t, "base"),
	    factor = yp_table_need_col(t, "factor");
	size_t i;

	free(path);
	cfg->units_table = t;
	cfg->nunits = t->nrows;
	cfg->units = xcalloc(t->nrows, sizeof *cfg->units);
	cfg->unit_by_key = yp_map_new();
	for (i = 0; i < t->nrows; i++) {
		struct yp_unit *u = &cfg->units[i];

		u->unit = yp_table_cell(t, i, unit);
		u->base = yp_table_cell(t, i, base);
		if (!yp_parse_number(yp_table_cell(t, i, factor), &u->factor) ||
		    u->factor <= 0)
			yp_die_at(YP_EXIT_USAGE, t->path, t->lines[i], "factor "
			    "\"%s\" is not a positive number",
			    yp_table_cell(t, i, factor));
		add_key(cfg->unit_by_key, t, i, u->unit, u, "unit");
	}
}

static void
load_regions(struct yp_config *cfg)
{
	char *path = yp_config_path(cfg, "regions.csv");
	struct yp_table *t = yp_table_load(path, 0);
	int code = yp_table_need_col(t, "code"), name = yp_table_need_col(t, "name"),
	    al = yp_table_need_col(t, "aliases"), level = yp_table_need_col(t, "level"),
	    parent = yp_table_need_col(t, "parent");
	size_t i;

	free(path);
	cfg->regions_table = t;
	cfg->nregions = t->nrows;
	cfg->regions = xcalloc(t->nrows, sizeof *cfg->regions);
	cfg->region_by_name = yp_map_new();
	cfg->region_by_key = yp_map_new();
	cfg->region_by_code = yp_map_new();
	for (i = 0; i < t->nrows; i++) {
		struct yp_region *r = &cfg->regions[i];

		r->code = yp_table_cell(t, i, code);
		r->name = yp_table_cell(t, i, name);
		r->level = yp_table_cell(t, i, level);
		r->parent = yp_table_cell(t, i, parent);
		if (!*r->name)
			yp_die_at(YP_EXIT_USAGE, t->path, t->lines[i], "empty name");
		if (yp_map_put(cfg->region_by_name, r->name, r))
			yp_die_at(YP_EXIT_USAGE, t->path, t->lines[i], "region "
			    "\"%s\" appears twice", r->name);
		if (*r->code)
			yp_map_put(cfg->region_by_code, r->code, r);
		add_key(cfg->region_by_key, t, i, r->name, r, "region");
		add_key(cfg->region_by_key, t, i, r->code, r, "region");
		add_aliases(cfg->region_by_key, t, i, yp_table_cell(t, i, al), r,
		    "region");
	}
}

static void
load_sources(struct yp_config *cfg)
{
	char *path = yp_config_path(cfg, "sources.csv");
	struct yp_table *t = yp_table_load(path, 1);
	int file, dept, ind, unit, reg, ed, note;
	size_t i;

	free(path);
	cfg->sources_table = t;
	if (!t)
		return;
	file = yp_table_need_col(t, "file");
	dept = yp_table_col(t, "department");
	ind = yp_table_col(t, "indicator");
	unit = yp_table_col(t, "unit");
	reg = yp_table_col(t, "region");
	ed = yp_table_col(t, "edition");
	note = yp_table_col(t, "note");
	cfg->nsources = t->nrows;
	cfg->sources = xcalloc(t->nrows ? t->nrows : 1, sizeof *cfg->sources);
	for (i = 0; i < t->nrows; i++) {
		struct yp_source *s = &cfg->sources[i];
		const char *e = yp_table_cell(t, i, ed);
		long edition = 0;

		s->file = yp_table_cell(t, i, file);
		s->department = yp_table_cell(t, i, dept);
		s->indicator = yp_table_cell(t, i, ind);
		s->unit = yp_table_cell(t, i, unit);
		s->region = yp_table_cell(t, i, reg);
		s->note = yp_table_cell(t, i, note);
		s->row = i;
		if (*e && !yp_parse_long(e, 1900, 2100, &edition))
			yp_die_at(YP_EXIT_USAGE, t->path, t->lines[i], "edition "
			    "\"%s\" is not a year", e);
		s->edition = (int)edition;
		if (*s->indicator && !yp_indicator_match(cfg, s->indicator))
			yp_die_at(YP_EXIT_USAGE, t->path, t->lines[i], "indicator "
			    "\"%s\" is not in indicators.csv", s->indicator);
		if (*s->region && !yp_region_match(cfg, s->region))
			yp_die_at(YP_EXIT_USAGE, t->path, t->lines[i], "region "
			    "\"%s\" is not in regions.csv", s->region);
	}
}

struct yp_config *
yp_config_load(const char *dir)
{
	struct yp_config *cfg = xcalloc(1, sizeof *cfg);
	struct stat st;
	size_t i;

	if (stat(dir, &st) != 0 || !S_ISDIR(st.st_mode))
		yp_die(YP_EXIT_USAGE, "%s: no such config folder; give -c DIR or "
		    "set YP_CONFIG to the folder with indicators.csv", dir);
	cfg->dir = xstrdup(dir);
	load_units(cfg);
	load_indicators(cfg);
	load_regions(cfg);
	load_sources(cfg);
	for (i = 0; i < cfg->nindicators; i++)
		if (*cfg->indicators[i].unit &&
		    !yp_unit_get(cfg, cfg->indicators[i].unit))
			yp_die_at(YP_EXIT_USAGE, cfg->indicators_table->path,
			    cfg->indicators_table->lines[i], "unit \"%s\" is not "
			    "in units.csv", cfg->indicators[i].unit);
	return cfg;
}

void
yp_config_free(struct yp_config *cfg)
{
	if (!cfg)
		return;
	yp_map_free(cfg->indicator_by_code, NULL);
	yp_map_free(cfg->indicator_by_key, NULL);
	yp_map_free(cfg->unit_by_key, NULL);
	yp_map_free(cfg->region_by_name, NULL);
	yp_map_free(cfg->region_by_key, NULL);
	yp_map_free(cfg->region_by_code, NULL);
	yp_table_free(cfg->indicators_table);
	yp_table_free(cfg->units_table);
	yp_table_free(cfg->regions_table);
	yp_table_free(cfg->sources_table);
	free(cfg->indicators);
	free(cfg->units);
	free(cfg->regions);
	free(cfg->sources);
	free(cfg->dir);
	free(cfg);
}

const struct yp_indicator *
yp_indicator_get(const struct yp_config *cfg, const char *code)
{
	return yp_map_get(cfg->indicator_by_code, code);
}

static void *
get_by_key(const struct yp_map *m, const char *name)
{
	char *key = yp_key(name);
	void *v = yp_map_get(m, key);

	free(key);
	return v;
}

const struct yp_indicator *
yp_indicator_match(const struct yp_config *cfg, const char *name)
{
	return get_by_key(cfg->indicator_by_key, name);
}

const struct yp_unit *
yp_unit_get(const struct yp_config *cfg, const char *unit)
{
	return get_by_key(cfg->unit_by_key, unit);
}

int
yp_unit_factor(const struct yp_config *cfg, const char *from, const char *to,
    double *f)
{
	const struct yp_unit *a = yp_unit_get(cfg, from), *b = yp_unit_get(cfg, to);

	if (strcmp(from, to) == 0) {
		*f = 1;
		return 1;
	}
	if (!a || !b)
		return -1;
	if (strcmp(a->base, b->base) != 0)
		return 0;
	*f = a->factor / b->factor;
	return 1;
}

const struct yp_region *
yp_region_get(const struct yp_config *cfg, const char *name)
{
	return yp_map_get(cfg->region_by_name, name);
}

const struct yp_region *
yp_region_match(const struct yp_config *cfg, const char *name)
{
	const struct yp_region *r = yp_map_get(cfg->region_by_name, name);

	return r ? r : get_by_key(cfg->region_by_key, name);
}

const struct yp_region *
yp_region_by_code(const struct yp_config *cfg, const char *code)
{
	return yp_map_get(cfg->region_by_code, code);
}

const struct yp_source *
yp_source_for(const struct yp_config *cfg, const char *path)
{
	const char *base = strrchr(path, '/');
	const struct yp_source *found = NULL;
	char *fpath, *fbase;
	size_t i;

	base = base ? base + 1 : path;
	/* Table cells are folded (full-width brackets made ASCII, spaces
	 * squeezed), so a pattern for 郑州市（2024）.csv reads 郑州市(2024).csv:
	 * match the folded name as well as the name itself. */
	fpath = yp_fold(path);
	fbase = yp_fold(base);
	for (i = cfg->nsources; i-- > 0 && !found;) {
		const char *pat = cfg->sources[i].file;

		if (fnmatch(pat, path, 0) == 0 || fnmatch(pat, base, 0) == 0 ||
		    fnmatch(pat, fpath, 0) == 0 || fnmatch(pat, fbase, 0) == 0)
			found = &cfg->sources[i];
	}
	free(fpath);
	free(fbase);
	return found;
}
