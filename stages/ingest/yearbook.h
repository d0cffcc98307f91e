/* yp-ingest: statistical-yearbook tables as published, from a sheet's cells. */
#ifndef YP_YEARBOOK_H
#define YP_YEARBOOK_H

#include <stddef.h>

#include "cfg.h"
#include "ingest.h"

/* One sheet as the table shows it: row r, column c is cell[r * ncols + c]
 * ("" when empty); row r is sheet row r + 1. */
struct yb_sheet {
	char *name;
	size_t nrows, ncols;
	char **cell;
};

const char *yb_cell(const struct yb_sheet *s, size_t r, size_t c);

/* What a file's row in config/sources.csv may say about its layout when
 * the heuristics cannot work it out (docs/METHODS.md). */
struct yb_override {
	size_t header_first, header_last;	/* sheet rows, 1-based; 0: none */
	int label_col;		/* 0-based column; -1: none */
	int year;		/* year of every cell; 0: none */
	const char *columns;	/* "C=gdp;D=第一产业(亿元)"; NULL: none */
	const char *sheet;	/* sheet name or 1-based number; NULL: all */
};

/* Read the override columns of src's row (header_rows, label_column,
 * year, columns, sheet).  A malformed value exits 2 naming sources.csv
 * and its line. */
void yb_override_read(const struct yp_config *cfg, const struct yp_source *src,
	struct yb_override *ov);

/* What the rows, and the columns, of a table stand for. */
enum yb_dim {
	YB_DIM_NONE,
	YB_DIM_REGION,
	YB_DIM_YEAR,
	YB_DIM_INDICATOR
};

struct yb_column {
	int value;		/* a column of figures */
	int year;		/* its year, when the columns are years */
	char *name;		/* its header: Chinese, with the parents' names */
	char *own;		/* its own Chinese header, without parents */
	char *name_en;		/* its English header */
	char *unit;		/* the unit its header (or a parent's) gives */
	int parent;		/* the column whose header spans this one, or -1 */
	const char *indicator;	/* the code it maps to */
	unsigned long header_row;	/* sheet row of its first header cell */
};

/* The layout of one table, found by yb_analyse. */
struct yb_layout {
	size_t header_first, header_last;	/* 0-based rows */
	int no_header;			/* none: the manifest names the columns */
	size_t data_first, footer_first;	/* footer_first == nrows: none */
	int label_col, label_col_en;	/* -1: none */
	enum yb_dim rows, cols;
	struct yb_column *col;		/* ncols of them */
	size_t ncols;
	char *title, *title_en;		/* rows above the header */
	int title_year;			/* one year in the title, or 0 */
	char *unit;			/* 单位：亿元 above the table */
	char *indicator_line;		/* Indicators：… above the table */
	char *region_line;		/* 地区：… */
	char *database;			/* 数据库：… */
	size_t *notes;			/* rows above the header that are notes */
	size_t nnotes;
};

enum yb_result {
	YB_TABLE = 0,		/* a table was read */
	YB_NO_NUMBERS = 1,	/* the sheet holds no figures */
	YB_ERROR = -1		/* one message was written */
};

/* Work out the layout of sheet: title and notes above, the header rows,
 * the label column, the data rows, footnotes below.  where names the
 * sheet in messages ("FILE" or "FILE#SHEET").  Does not resolve
 * indicator codes.  Free with yb_layout_free. */
enum yb_result yb_analyse(const struct yb_sheet *sheet, const struct yb_override *ov,
	const char *where, struct yb_layout *lay);
void yb_layout_free(struct yb_layout *lay);

/* Analyse sheet and write its records (docs/FORMAT.md): each figure with
 * its region, indicator, year and unit, the notes above and below the
 * table as footnote records.  src may be NULL. */
enum yb_result yearbook_read(struct ingest *in, const struct yb_sheet *sheet,
	const char *where, const struct yp_source *src, const struct yb_override *ov);

#endif
