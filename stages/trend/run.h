/* yp-trend: reading the record stream region by region and running the
 * growth, projection and target work on worker threads. */
#ifndef TREND_RUN_H
#define TREND_RUN_H

#include <stdio.h>

#include "cfg.h"
#include "settings.h"
#include "targets.h"

struct trend_options {
	int jobs;		/* worker threads; 1 runs in the main thread */
	int sort;		/* input need not be grouped by region */
	int growth;		/* write growth records */
	int projections;	/* write projection records */
};

struct trend_run {
	const struct trend_options *opt;
	const struct yp_config *cfg;
	const struct trend_settings *settings;
	const struct target_set *targets;	/* NULL: no target stream */
	struct yp_writer *out, *tout;
};

/* Read the record stream r (closed here) and write result records.
 * Returns an exit status (bad data has been reported). */
int trend_run(struct trend_run *run, struct yp_reader *r);

/* The growth and projection records of one region's series (and its
 * projections, for the targets), as a worker makes them; exposed for
 * the tests. */
void trend_region(const struct trend_run *run, const struct region_data *rd,
	struct outbuf *o, struct proj_list *pl);

#endif
