/* yp-structure: result records of one region, sorted before they are written. */
#ifndef STRUCTURE_OUT_H
#define STRUCTURE_OUT_H

#include <stddef.h>

#include "rec.h"

/* A result.  measure and unit are string constants or interned; source
 * and note are owned. */
struct result {
	const char *region, *indicator, *measure, *unit;
	char period[12];
	double value;
	int has_value;
	char status;
	char *source, *note;
};

struct out {
	struct result *r;
	size_t n, cap;
	unsigned long written, missing;
};

/* A result with a value.  status is the weakest of the inputs' (see
 * status_weakest); source is copied. */
struct result *out_value(struct out *o, const char *region,
	const char *indicator, const char *measure, int from, int to,
	const char *unit, double value, char status, const char *source);

/* A "not computable" result: status M, empty value, note "not
 * computable: " and the reason. */
struct result *out_missing(struct out *o, const char *region,
	const char *indicator, const char *measure, int from, int to,
	const char *unit, const char *source, const char *fmt, ...)
	__attribute__((format(printf, 9, 10)));

/* Set or extend ("; ") a result's note. */
void result_note(struct result *r, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

/* Sort the buffered results by indicator, measure, period (the region is
 * one), write them and empty the buffer. */
void out_flush(struct out *o, struct yp_writer *w);
void out_free(struct out *o);

/* The status of a result from its inputs': F over E (and I) over P over
 * A; 0 (no input yet) counts as A.  'B' and 'A' give 'A'. */
char status_weakest(char a, char b);

#endif
