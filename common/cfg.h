/* yanpan: the shared config tables: indicators, units, regions, sources. */
#ifndef YP_CFG_H
#define YP_CFG_H

#include "map.h"
#include "table.h"

struct yp_indicator {
	const char *code, *name_zh, *name_en, *unit, *category, *kind;
};

struct yp_unit {
	const char *unit, *base;
	double factor;		/* 1 unit = factor x base */
};

struct yp_region {
	const char *code, *name, *level, *parent;	/* parent: a code */
};

/* A row of config/sources.csv: what a raw file holds when its content
 * does not say, and who supplied it.  row indexes the table, for the
 * columns a stage reads itself (Excel layout overrides, for one). */
struct yp_source {
	const char *file;	/* a shell pattern (fnmatch) on path or name */
	const char *department, *indicator, *unit, *region, *note;
	int edition;		/* 0 when not given */
	size_t row;
};

struct yp_config {
	char *dir;
	struct yp_table *indicators_table, *units_table, *regions_table,
	    *sources_table;
	struct yp_indicator *indicators;
	size_t nindicators;
	struct yp_unit *units;
	size_t nunits;
	struct yp_region *regions;
	size_t nregions;
	struct yp_source *sources;
	size_t nsources;
	struct yp_map *indicator_by_code, *indicator_by_key;
	struct yp_map *unit_by_key, *region_by_name, *region_by_key,
	    *region_by_code;
};

/* The config folder to use: option when given, else $YP_CONFIG, else
 * ./config when it exists, else the installed one.  Not freed. */
const char *yp_config_dir(const char *option);

/* Load indicators.csv, units.csv, regions.csv and (when present)
 * sources.csv from dir.  Any error exits 2 with "FILE:LINE: ...". */
struct yp_config *yp_config_load(const char *dir);
void yp_config_free(struct yp_config *cfg);

/* The path of a file in the config folder; the caller frees it. */
char *yp_config_path(const struct yp_config *cfg, const char *name);

const struct yp_indicator *yp_indicator_get(const struct yp_config *cfg,
	const char *code);
/* Match a table's name for an indicator through its code, Chinese and
 * English names and aliases, compared as yp_key forms. */
const struct yp_indicator *yp_indicator_match(const struct yp_config *cfg,
	const char *name);

const struct yp_unit *yp_unit_get(const struct yp_config *cfg,
	const char *unit);
/* The factor f such that a value in from times f is the value in to.
 * Returns 1, or 0 when the units measure different things, or -1 when
 * either unit is not in units.csv. */
int yp_unit_factor(const struct yp_config *cfg, const char *from,
	const char *to, double *f);

/* A region by its canonical name, or by name, alias or code. */
const struct yp_region *yp_region_get(const struct yp_config *cfg,
	const char *name);
const struct yp_region *yp_region_match(const struct yp_config *cfg,
	const char *name);
const struct yp_region *yp_region_by_code(const struct yp_config *cfg,
	const char *code);

/* The sources.csv row for a raw file: the last row whose pattern matches
 * the path as given or its last component; NULL when none. */
const struct yp_source *yp_source_for(const struct yp_config *cfg,
	const char *path);

#endif
