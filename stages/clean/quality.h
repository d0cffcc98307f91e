/* yp-clean: the data-quality table, one row per finding. */
#ifndef YP_CLEAN_QUALITY_H
#define YP_CLEAN_QUALITY_H

#include <stddef.h>
#include <stdio.h>

#define QUALITY_HEADER \
	"severity,rule,region,indicator,period,values,source,action"

/* Sorted in this order: what stops the run first, notes last. */
enum severity {
	SEV_ERROR,		/* stop: exit 1, no output */
	SEV_WARNING,		/* flag and go on */
	SEV_INFO		/* what yp-clean did (converted, replaced, filled) */
};

struct finding {
	enum severity severity;
	char *rule, *region, *indicator, *period, *values, *source, *action;
};

struct quality {
	struct finding *f;
	size_t n, cap;
	size_t count[3];	/* by severity */
};

void quality_init(struct quality *q);
void quality_free(struct quality *q);

/* Add a finding; values is a printf format.  Every string is copied. */
void quality_add(struct quality *q, enum severity sev, const char *rule,
	const char *region, const char *indicator, const char *period,
	const char *source, const char *action, const char *values, ...)
	__attribute__((format(printf, 9, 10)));

/* Sort by severity, rule, region, indicator, period, source, values,
 * and drop a row that repeats the one before it exactly. */
void quality_sort(struct quality *q);

/* Write the header and every row (CSV, quoted where needed).  Returns 0,
 * or -1 on a write error. */
int quality_write(const struct quality *q, FILE *fp);

const char *severity_name(enum severity sev);
/* "error", "warning" or "info": 1 and *sev set, else 0. */
int severity_parse(const char *s, enum severity *sev);

#endif
