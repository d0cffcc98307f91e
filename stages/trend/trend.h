/* yp-trend: what the stage's parts share: a region's series, the result
 * records being gathered, the plan periods. */
#ifndef TREND_TREND_H
#define TREND_TREND_H

#include <stddef.h>

#include "cfg.h"
#include "rec.h"

/* Five-year plans: years base+1 .. end, base = end of the previous plan. */
struct plan {
	const char *name;	/* 十四五 */
	int base, end;		/* 2020, 2025 */
};

/* All plans from 六五 (1981-1985) to 十五五 (2026-2030), in order. */
const struct plan *plan_list(size_t *n);
/* The plan whose years are base+1..end, or NULL. */
const struct plan *plan_ending(int end);

/* One annual series of a region (records with measure "value"). */
struct series {
	const char *indicator;		/* interned */
	const char *unit;		/* interned */
	const struct yp_indicator *ind;	/* NULL when not in indicators.csv */
	int first, last;		/* years that have records */
	double *v;			/* v[year - first] */
	char *st;			/* status letter; 0 where no record */
};

/* Value and status of a year; 0 when there is no usable value (no
 * record, or status M). */
int series_get(const struct series *s, int year, double *v, char *st);

/* A region's series, sorted by indicator. */
struct region_data {
	const char *region;		/* interned */
	struct series *s;
	size_t ns;
};

const struct series *region_series(const struct region_data *rd,
	const char *indicator);

/* A result record being gathered; strings live in the buffer's arena. */
struct out_rec {
	const char *indicator, *measure, *unit, *source, *note;
	char period[12];
	double value;
	char status;			/* 'M': no value */
};

struct arena_chunk;

struct outbuf {
	struct out_rec *r;
	size_t n, cap;
	struct arena_chunk *chunks;
};

void outbuf_init(struct outbuf *o);
void outbuf_free(struct outbuf *o);
/* A copy of s that lives as long as o. */
const char *out_str(struct outbuf *o, const char *s);
/* The strings up to a NULL, one after the other, in the arena: out_fmt
 * with "%s%s..." without printf's cost (it runs for most records). */
const char *out_cat(struct outbuf *o, ...);
/* A printf-formatted string that lives as long as o. */
const char *out_fmt(struct outbuf *o, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
/* Add a record with a value (status not 'M'). */
void out_value(struct outbuf *o, const char *indicator, const char *measure,
	const char *period, double value, const char *unit, char status,
	const char *source, const char *note);
/* Add a record with status M and the reason in note. */
void out_missing(struct outbuf *o, const char *indicator,
	const char *measure, const char *period, const char *unit,
	const char *source, const char *note);
/* Sort by indicator, measure, period. */
void outbuf_sort(struct outbuf *o);
/* Write every record with region, then empty the buffer. */
void outbuf_write(struct outbuf *o, const char *region, struct yp_writer *w);

/* Status of a record derived from inputs of statuses a and b: the weaker
 * of the two, E > I > P > A (a break B counts as A here). */
char status_combine(char a, char b);

/* "2021-2025" or "2024" into buf (12 bytes). */
void period_span(char *buf, int from, int to);
void period_year(char *buf, int year);

/* Whether an indicator is a rate or share (changes in percentage points),
 * an index (上年=100), or an amount (growth in %). */
enum kind { KIND_AMOUNT, KIND_RATE, KIND_INDEX };
enum kind series_kind(const struct series *s);

/* Whether the series is money (so its growth is nominal unless read from
 * an index). */
int series_is_money(const struct series *s);

#define UNIT_PERCENT "%"
#define UNIT_PP "百分点"

#endif
