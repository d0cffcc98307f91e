/* yp-report: the result records a report draws on, held for lookup. */
#ifndef RP_STORE_H
#define RP_STORE_H

#include <stddef.h>

#include "cfg.h"
#include "map.h"

/* A record as the report holds it: strings that repeat are interned. */
struct rp_rec {
	const char *region, *indicator, *measure, *period, *unit;
	const char *file;	/* the record file it was read from */
	char *source, *note;
	double value;
	int has_value;
	char status;
	int from, to;		/* the period's first and last year */
	unsigned long line;	/* its line in file */
};

/* The same records in two files with other numbers. */
struct rp_conflict {
	const char *old_file, *new_file, *measure;
	char *example;
	size_t n;
};

struct rp_store {
	struct yp_map *strings;	/* interned strings */
	struct yp_map *keep;	/* regions to keep; empty keeps all */
	struct yp_map *index;	/* "region\037indicator\037measure\037period" */
	struct rp_rec **recs;	/* sorted by rp_store_finish */
	size_t n, cap;
	const struct yp_config *cfg;	/* for names; may be NULL */
	struct rp_conflict *conflicts;
	size_t nconflicts;
};

void rp_store_init(struct rp_store *s, const struct yp_config *cfg);
/* Keep the records of region (call before loading; without any call,
 * every record is kept). */
void rp_store_keep_region(struct rp_store *s, const char *region);
int rp_store_keeps(const struct rp_store *s, const char *region);

/* Read a record file ("-" for standard input).  When the same record
 * (region, indicator, measure, period) comes again, the later one wins,
 * with a warning when the values differ.  Returns 0, or -1 after a
 * message. */
int rp_store_load(struct rp_store *s, const char *path);
/* Sort the records once everything is loaded, and say which records
 * came twice with different numbers (one line per file pair and measure). */
void rp_store_finish(struct rp_store *s);

/* The record, or NULL. */
const struct rp_rec *rp_store_get(const struct rp_store *s, const char *region,
	const char *indicator, const char *measure, const char *period);

/* The records of region, and of indicator and measure when not NULL,
 * sorted by indicator, measure and period: sets *first, returns how many
 * (they are s->recs[*first .. *first + n - 1]; with indicator NULL but
 * measure given they are not contiguous, so that case is refused). */
size_t rp_store_range(const struct rp_store *s, const char *region,
	const char *indicator, const char *measure, size_t *first);

/* The provenance text of a record: what it is, its source, the record
 * file and line it came from, and for a derived record the raw cells of
 * the observations it was computed from.  The caller frees it. */
char *rp_prov(const struct rp_store *s, const struct rp_rec *r);

/* "示例县 gdp cagr 2021-2025": a record's key for messages. */
char *rp_key_text(const char *region, const char *indicator,
	const char *measure, const char *period);

void rp_store_free(struct rp_store *s);

#endif
