/* yp-clean: harmonise units, reconcile editions, check rules, fill
 * short gaps; every step it takes is a row in the quality table. */
#ifndef YP_CLEAN_H
#define YP_CLEAN_H

#include <stddef.h>
#include <stdint.h>

#include "cfg.h"
#include "map.h"
#include "pool.h"
#include "quality.h"
#include "rec.h"
#include "rules.h"

struct conv_rule;
struct conv;

/* One record as yp-clean holds it: 48 bytes, strings as pool ids, so
 * that five million records fit in a quarter of a gigabyte. */
struct obs {
	double value;
	uint32_t region, indicator, measure, unit, note;
	uint32_t file;		/* source file, or the whole source when
				 * line is 0 (a method, an odd form) */
	uint32_t line;
	uint32_t seq;		/* input order: decides between equal editions */
	int16_t from, to;	/* period */
	int16_t edition;	/* 0 when unknown */
	char status;
	uint8_t flags;
};

#define OBS_VALUE	0x01	/* has a value (status is not M) */
#define OBS_DROP	0x02	/* replaced by another edition */

/* What is known about an indicator id once the input is read. */
struct ind_info {
	const struct yp_indicator *ind;	/* NULL: not in indicators.csv */
	double base_factor;		/* 1 canonical unit in the base unit */
	struct series_settings set;
	size_t *ranges, nranges;	/* indexes of range rules */
	size_t *jumps, njumps;		/* indexes of jump rules */
	int ready;
};

struct clean {
	const struct yp_config *cfg;
	struct ruleset rules;
	struct settings settings;
	struct pool pool;
	struct obs *obs;		/* sorted by clean_run */
	size_t n, cap;
	struct obs *added;		/* values filled in by interpolation */
	size_t nadded, capadded;
	struct quality quality;
	struct ind_info *info;		/* by pool id, for indicator ids */
	size_t ninfo;
	uint32_t id_value, id_footnote, id_empty;
	struct yp_map *conversions;	/* file/indicator/unit -> struct conv */
	struct yp_map *unit_errors;	/* already reported */
	struct yp_map *unit_cache;	/* "unit\tindicator" -> struct conv_rule */
	unsigned long read_errors;	/* units that cannot be converted */
	const struct conv_rule *last_rule;	/* of the record before */
	uint32_t last_rule_unit, last_rule_indicator;
	struct conv *last_conv;			/* of the record before */
	/* The strings of the record read before, to skip hash lookups. */
	const char *last_str[6];
	uint32_t last_id[6];
	char *last_buf[6];
	size_t last_cap[6];
};

/* Load the rules (rules_path, may be absent) and the per-indicator
 * settings (settings_path, may be absent). */
void clean_init(struct clean *c, const struct yp_config *cfg,
	const char *rules_path, const char *settings_path);
void clean_free(struct clean *c);

/* Take one record: convert its unit to the indicator's canonical unit.
 * where/line name the stream for messages when the record's source is
 * not FILE:LINE.  Returns 0, or -1 after a message (a unit that cannot
 * be converted); go on reading to report every such unit. */
int clean_add(struct clean *c, const struct yp_rec *rec, const char *where);

/* Read a whole record stream ("-" for standard input).  Returns 0, or
 * YP_EXIT_DATA after a message. */
int clean_read(struct clean *c, const char *path);

/* Sort; keep the latest edition of each observation; flag jumps as
 * breaks; fill short inner gaps; check ranges, identities and derived
 * ratios.  Findings go to c->quality. */
void clean_run(struct clean *c);

/* Write the records in order (region, indicator, measure, period). */
void clean_write(struct clean *c, struct yp_writer *w);

/* The source text of a record (FILE:LINE@EDITION). */
void clean_source(const struct clean *c, const struct obs *o, char *buf,
	size_t size);

#endif
