/* yanpan: result records a stage buffers, sorted before they are written. */
#ifndef YP_RESULTS_H
#define YP_RESULTS_H

#include <stddef.h>

#include "rec.h"

/* A result record.  region, indicator, measure and unit are string
 * constants or interned strings that outlive the buffer; source and note
 * are owned by it. */
struct yp_result {
	const char *region, *indicator, *measure, *unit;
	char period[12];
	double value;
	int has_value;
	char status;
	char *source, *note;
};

/* Results gathered (typically one region's) and written sorted, so that
 * output order never depends on the order of computation. */
struct yp_results {
	struct yp_result *r;
	size_t n, cap;
	unsigned long written, missing;
};

/* A result with a value; period is the year from when from == to, else
 * the span from-to.  status is the weakest of the inputs' (see
 * yp_status_weakest); source is copied.  The pointer is valid until the
 * next result is added. */
struct yp_result *yp_results_value(struct yp_results *o, const char *region,
	const char *indicator, const char *measure, int from, int to,
	const char *unit, double value, char status, const char *source);

/* A "not computable" result: status M, empty value, note "not
 * computable: " and the reason. */
struct yp_result *yp_results_missing(struct yp_results *o, const char *region,
	const char *indicator, const char *measure, int from, int to,
	const char *unit, const char *source, const char *fmt, ...)
	__attribute__((format(printf, 9, 10)));

/* Set or extend ("; ") a result's note. */
void yp_result_note(struct yp_result *r, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

/* Write the period as the span from-to even when from == to. */
void yp_result_span(struct yp_result *r, int from, int to);

/* Sort the buffered results by region, indicator, measure, period (byte
 * order), write them to w (NULL: drop them) and empty the buffer. */
void yp_results_flush(struct yp_results *o, struct yp_writer *w);
void yp_results_free(struct yp_results *o);

/* The status of a result from its inputs': F over E (and I, written E)
 * over P over A; 0 (no input yet), 'A' and 'B' give 'A'. */
char yp_status_weakest(char a, char b);

#endif
