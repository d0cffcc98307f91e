/* yp-structure: the yearly observations a run holds, by region and indicator. */
#ifndef STRUCTURE_PANEL_H
#define STRUCTURE_PANEL_H

#include <stddef.h>

#include "cfg.h"
#include "map.h"

/* One region's yearly values of one indicator (measure "value"), in the
 * indicator's canonical unit.  st[k] is the status of year first + k, or
 * 0 when no record gave that year; 'M' records are held as missing. */
struct series {
	const char *region, *indicator, *unit;	/* interned */
	int first, n;
	double *v;
	char *st;
	const char *file;	/* where the first record came from */
	unsigned long line;
};

struct region_span {
	const char *name;	/* interned */
	const char *parent;	/* canonical name, or NULL */
	int first, last;	/* years any series of it covers */
	const struct series **series;	/* its series, by code */
	size_t nseries;
};

struct panel {
	const struct yp_config *cfg;
	struct yp_map *names;	/* interned strings */
	struct yp_map *series;	/* "region\037indicator" -> struct series */
	struct yp_map *keep;	/* indicator codes to hold; NULL: all */
	const char **keep_patterns;	/* fnmatch patterns to hold too */
	size_t nkeep_patterns;
	struct region_span *regions;	/* sorted by name after panel_done */
	size_t nregions;
	struct yp_map *region_index;	/* name -> index + 1 into regions */
	unsigned long records;
};

struct panel *panel_new(const struct yp_config *cfg);
void panel_free(struct panel *p);

/* Hold records of this indicator (or codes matching this pattern). */
void panel_keep(struct panel *p, const char *code);
void panel_keep_pattern(struct panel *p, const char *pattern);

/* Read a record stream ("-" for standard input) into the panel.  Records
 * whose measure is not "value", whose period is a span, or whose
 * indicator is not kept are skipped.  Values are converted to the
 * indicator's canonical unit.  Returns 0, or YP_EXIT_DATA after one
 * message naming FILE:LINE (an unreadable stream, a unit that does not
 * convert, two different values for one region, indicator and year). */
int panel_read(struct panel *p, const char *path);

/* Sort the regions and find their parents; call after the last read. */
void panel_done(struct panel *p);

const struct series *panel_series(const struct panel *p, const char *region,
	const char *indicator);
const struct region_span *panel_region(const struct panel *p,
	const char *name);

/* The value of year y: 1 and *v (and *st when not NULL), or 0 when the
 * series is NULL or holds no value for y. */
int series_get(const struct series *s, int y, double *v, char *st);
/* Whether the series has a record (a value or an 'M') for y. */
int series_has_record(const struct series *s, int y);

/* Visit the region's series whose indicator matches an fnmatch pattern,
 * in the order of their codes. */
size_t panel_matching(const struct panel *p, const char *region,
	const char *pattern, const struct series **out, size_t max);

/* Intern a string in the panel's table (lives as long as the panel). */
const char *panel_intern(struct panel *p, const char *s);

#endif
