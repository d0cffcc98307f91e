/* yanpan: the CSV tables users edit in config/. */
#ifndef YP_TABLE_H
#define YP_TABLE_H

#include <stddef.h>

/* A whole small table in memory, its header naming the columns.  Rows
 * whose first cell starts with '#' are comments; empty rows are skipped;
 * short rows are padded with empty cells. */
struct yp_table {
	char *path;
	size_t ncols, nrows;
	char **header;
	char **cells;		/* nrows * ncols, row-major */
	unsigned long *lines;	/* each row's line in the file */
};

/* Load path.  A missing file gives NULL when optional, else exit 2;
 * unreadable content or a row with more cells than the header exits 2
 * with "yp-x: FILE:LINE: ...". */
struct yp_table *yp_table_load(const char *path, int optional);
/* The same, but cells keep their text as written (the header is still
 * folded): for text shown to readers, such as chart titles, where
 * "（%）" must not become "(%)". */
struct yp_table *yp_table_load_verbatim(const char *path, int optional);

/* The index of the column named name, or -1. */
int yp_table_col(const struct yp_table *t, const char *name);
/* The same, but a missing column exits 2 naming the file and column. */
int yp_table_need_col(const struct yp_table *t, const char *name);
/* Cell at row, col ("" when col is -1). */
const char *yp_table_cell(const struct yp_table *t, size_t row, int col);

void yp_table_free(struct yp_table *t);

#endif
