/* yp-diff: which numbers changed between two record streams. */
#ifndef YP_DIFF_H
#define YP_DIFF_H

#include "rec.h"

struct diff_old;

/* Load the old stream (all of it: it is looked up by key). NULL after a
 * reported error. */
struct diff_old *diff_load_old(const char *path);

/* Stream the new records, writing those whose value or status differs
 * from the old stream's record with the same region, indicator, measure
 * and period, and those the old stream lacks; then the old records the
 * new stream lacks.  Returns 0 or YP_EXIT_DATA.  *changed counts what was
 * written. */
int diff_against(struct diff_old *old, const char *new_path,
	struct yp_writer *out, unsigned long *changed);

void diff_free(struct diff_old *old);

/* The note of a changed value: "changed from 100 to 105 (+5%)". */
void diff_change_note(double was, double now, char *buf, size_t n);

#endif
