/* yp-ingest: read statistics-bureau tables into records. */
#ifndef YP_INGEST_H
#define YP_INGEST_H

#include "cfg.h"
#include "csvin.h"
#include "map.h"
#include "rec.h"

/* What the command line says about every file; NULL/0 when it says
 * nothing.  The command line wins over sources.csv, which wins over
 * what a file says about itself. */
struct ingest_options {
	const char *indicator, *unit, *region;
	int edition;
	int strict;		/* unknown names are errors, not warnings */
	enum yp_encoding encoding;
};

/* State that lives across the files of one run. */
struct ingest {
	const struct yp_config *cfg;
	struct ingest_options opt;
	struct yp_writer *out;
	struct yp_map *warned;	/* unknown names already warned about */
	struct yp_map *names;	/* interned derived codes and region names */
	unsigned long records;
};

void ingest_init(struct ingest *in, const struct yp_config *cfg,
	const struct ingest_options *opt, struct yp_writer *out);
void ingest_free(struct ingest *in);

/* Read one file (or "-") and write its records.  Returns 0, or
 * YP_EXIT_DATA after one message naming FILE:LINE. */
int ingest_file(struct ingest *in, const char *path);

/* Fill rec's value, status and note from one table cell: a number (its
 * footnote marks, if any, in the note) or status M with the reason
 * (docs/FORMAT.md).  rec->note may point into note, notesz bytes of the
 * caller's.  Shared by the CSV and the workbook readers. */
void ingest_cell_value(struct yp_rec *rec, const char *cell, char *note,
	size_t notesz);

/* The indicator code for a table's name: the configured code when a name
 * or alias matches, else "x." and the name without spaces (warned about
 * once per name; NULL after an error message under --strict). */
const char *ingest_indicator_code(struct ingest *in, const char *name,
	const char *file, unsigned long line);

/* The canonical region for a table's name, as above; unknown names are
 * kept as written, spaces removed. */
const char *ingest_region_name(struct ingest *in, const char *name,
	const char *file, unsigned long line);

#endif
