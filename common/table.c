/* yanpan: the CSV tables users edit in config/. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "csvin.h"
#include "msg.h"
#include "table.h"
#include "text.h"
#include "xalloc.h"

static int
blank_row(const struct yp_row *row)
{
	size_t i;

	for (i = 0; i < row->n; i++)
		if (row->f[i][0])
			return 0;
	return 1;
}

static struct yp_table *
table_load(const char *path, int optional, int fold)
{
	struct yp_table *t;
	struct yp_csv *c;
	struct yp_row row;
	size_t cap = 0, i;
	int got;

	if (optional && access(path, F_OK) != 0 && errno == ENOENT)
		return NULL;
	c = yp_csv_open(path, YP_ENC_AUTO);
	if (!c)
		exit(YP_EXIT_USAGE);
	t = xcalloc(1, sizeof *t);
	t->path = xstrdup(path);
	while ((got = yp_csv_next(c, &row)) > 0) {
		if (blank_row(&row) || row.f[0][0] == '#')
			continue;
		if (!t->header) {
			t->ncols = row.n;
			t->header = xcalloc(row.n, sizeof *t->header);
			for (i = 0; i < row.n; i++)
				t->header[i] = yp_fold(row.f[i]);
			continue;
		}
		if (row.n > t->ncols)
			yp_die_at(YP_EXIT_USAGE, path, row.line, "%zu cells but "
			    "the header names %zu columns; quote a cell that "
			    "holds a comma", row.n, t->ncols);
		t->cells = xgrow(t->cells, &cap, (t->nrows + 1) * t->ncols,
		    sizeof *t->cells);
		t->lines = xrealloc(t->lines, (t->nrows + 1) * sizeof *t->lines);
		for (i = 0; i < t->ncols; i++)
			t->cells[t->nrows * t->ncols + i] = fold ?
			    yp_fold(i < row.n ? row.f[i] : "") :
			    xstrdup(i < row.n ? row.f[i] : "");
		t->lines[t->nrows++] = row.line;
	}
	yp_csv_close(c);
	if (got < 0)
		exit(YP_EXIT_USAGE);
	if (!t->header)
		yp_die_at(YP_EXIT_USAGE, path, 1, "empty table; it needs at "
		    "least a header line");
	return t;
}

struct yp_table *
yp_table_load(const char *path, int optional)
{
	return table_load(path, optional, 1);
}

struct yp_table *
yp_table_load_verbatim(const char *path, int optional)
{
	return table_load(path, optional, 0);
}

int
yp_table_col(const struct yp_table *t, const char *name)
{
	size_t i;

	for (i = 0; i < t->ncols; i++)
		if (strcmp(t->header[i], name) == 0)
			return (int)i;
	return -1;
}

int
yp_table_need_col(const struct yp_table *t, const char *name)
{
	int col = yp_table_col(t, name);

	if (col < 0)
		yp_die_at(YP_EXIT_USAGE, t->path, 1, "no column \"%s\"; add it "
		    "to the header line", name);
	return col;
}

const char *
yp_table_cell(const struct yp_table *t, size_t row, int col)
{
	if (col < 0 || row >= t->nrows)
		return "";
	return t->cells[row * t->ncols + (size_t)col];
}

void
yp_table_free(struct yp_table *t)
{
	size_t i;

	if (!t)
		return;
	for (i = 0; i < t->ncols; i++)
		free(t->header[i]);
	for (i = 0; i < t->nrows * t->ncols; i++)
		free(t->cells[i]);
	free(t->header);
	free(t->cells);
	free(t->lines);
	free(t->path);
	free(t);
}
