/* yp-structure: its config tables: structure.csv, plans.csv, labels.csv. */
#ifndef STRUCTURE_SETTINGS_H
#define STRUCTURE_SETTINGS_H

#include <stddef.h>

#include "cfg.h"

/* A five-year plan: its records compare year `last` with `first - 1`. */
struct plan {
	const char *name, *name_en;
	int first, last;
};

/* A row of labels.csv: the code of a classification measure, its label,
 * and for threshold classes the lower bound from which it applies. */
struct label_class {
	const char *measure, *zh, *en;
	int code;
	int has_from, strict;	/* strict: the bound is "> from" */
	double from;
};

/* A group whose concentration (HHI) is measured: its total's code and
 * the fnmatch patterns of its parts' codes. */
struct hhi_group {
	const char *total;
	char **parts;
	size_t nparts;
};

#define MAX_SECTORS 8

struct settings {
	int base_year;			/* prices of real_level, deflator = 100 */
	char **real;			/* items chained at comparable prices */
	size_t nreal;
	const char *sectors[MAX_SECTORS];	/* parts of gdp, in order */
	const char *employment[MAX_SECTORS];	/* their employment */
	size_t nsectors;
	char **sector_list, **employment_list;	/* own the above */
	char **per_capita;
	size_t nper_capita;
	struct hhi_group *hhi;
	size_t nhhi;
	struct plan *plans;
	size_t nplans;
	struct label_class *labels;
	size_t nlabels;
	struct yp_table *tables[3];	/* own the strings above */
};

/* Load structure.csv, plans.csv and labels.csv from the config folder,
 * checking codes against indicators.csv.  Errors exit 2 naming
 * FILE:LINE.  base_year > 0 overrides the table's. */
struct settings *settings_load(const struct yp_config *cfg, int base_year);
void settings_free(struct settings *s);

/* The label row of a classification code, or NULL. */
const struct label_class *settings_label(const struct settings *s,
	const char *measure, int code);

/* The class of x under the threshold rows of measure (the row with the
 * highest bound x reaches), or NULL when x is below every bound. */
const struct label_class *settings_classify(const struct settings *s,
	const char *measure, double x);

/* Whether code is one of the `sectors`. */
int settings_is_sector(const struct settings *s, const char *code);

#endif
