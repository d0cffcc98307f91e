/* yp-compare: a region against its peers and its parent (对标对表). */
#ifndef COMPARE_COMPARE_H
#define COMPARE_COMPARE_H

#include <stddef.h>

#include "cfg.h"
#include "map.h"
#include "rec.h"
#include "results.h"

/* A row of compare.csv: what is compared and which way is better. */
struct compare_item {
	const char *indicator;
	const char **measures;	/* the first one a region has is used */
	size_t nmeasures;
	int higher;		/* 1: higher is better; 0: lower is better */
	int plan;		/* compare the latest plan span, not a year */
	unsigned long line;
};

/* A row of peers.csv: a focal region and its peers. */
struct peer_group {
	const char *region;
	const char **peers;
	size_t npeers;
	unsigned long line;
};

struct compare {
	const struct yp_config *cfg;
	struct compare_item *items;
	size_t nitems;
	struct peer_group *groups;
	size_t ngroups;
	int year;			/* 0: each item's latest year */
	struct yp_map *names;		/* interned strings */
	struct yp_map *regions;		/* regions whose records are held */
	struct yp_map *codes;		/* "indicator\037measure" held */
	struct yp_map *values;		/* "region\037ind\037measure\037period" */
	struct yp_map *latest;		/* "region\037ind\037measure" */
	int last_year;			/* the latest year of any held value */
	char *items_path, *groups_path;
	void **owned;			/* lists and tables to free */
	size_t nowned;
};

/* Load compare.csv and peers.csv from the config folder (errors exit 2
 * naming FILE:LINE).  With region, compare only that region: with peers
 * (a '|' or ',' separated list) instead of its peers.csv row. */
void compare_init(struct compare *c, const struct yp_config *cfg,
	const char *region, const char *peers, int year);
void compare_free(struct compare *c);

/* Read a record stream, holding the values compare.csv asks for of the
 * focal regions, their peers and parents.  Returns 0 or YP_EXIT_DATA
 * after one message. */
int compare_read(struct compare *c, const char *path);

/* Compare every focal region into out (not flushed).  Returns 0. */
int compare_run(struct compare *c, struct yp_results *out);

/* Statistics of the peers' values (n of them, sorted in place). */
struct peer_stats {
	size_t n;
	double mean, median, sd;	/* sd: sample (n - 1); NAN when n < 2 */
};
struct peer_stats peer_stats(double *v, size_t n);

/* Rank of x among x and the others (1 = best): 1 + the number of others
 * strictly better given the direction (ties share a rank). */
int rank_among(double x, const double *others, size_t n, int higher);

#endif
