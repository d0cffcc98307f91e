/* yp-ingest: read statistics-bureau tables into records.
 *
 * A table is read as a stream of rows in three parts: the lines above
 * the table (数据库：, 指标：, 时间：, 单位：, 地区：, a title), the header
 * row that names the columns, and the data rows, which may end in
 * footnotes (注：, 数据来源：).  The header row decides the layout:
 *   - years as columns, one row per region   (地区,2024年,2023年,...)
 *   - years as columns, one row per indicator (指标,2020年,2019年,...)
 *   - years as rows, indicators as columns, maybe a region column
 *     (年份,地区生产总值(亿元),...; 地区,年份,...: a panel)
 *   - records already in our format, checked and passed through.
 * Each cell becomes one record at once, so memory does not grow with the
 * file. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ingest.h"
#include "msg.h"
#include "num.h"
#include "text.h"
#include "workbook.h"
#include "xalloc.h"

enum layout {
	LAYOUT_UNKNOWN,
	LAYOUT_REGION_ROWS,	/* years across, regions down */
	LAYOUT_INDICATOR_ROWS,	/* years across, indicators down */
	LAYOUT_YEAR_ROWS	/* indicators across, years (and regions) down */
};

struct column {
	int year;		/* wide layouts: the year, 0 for no data */
	const char *indicator;	/* year-rows layout: the indicator code */
	char *unit;
};

struct file {
	struct ingest *in;
	const char *path;
	const struct yp_source *src;
	/* What the lines above the table said. */
	char *database, *indicator_line, *unit_line, *region_line;
	unsigned long indicator_lineno, region_lineno;	/* their lines */
	int title_year;
	/* The table. */
	enum layout layout;
	unsigned long header_line;
	struct column *cols;
	size_t ncols;
	int year_col, region_col;
	const char *indicator;	/* the one indicator of the file, if one */
	char *unit;		/* its unit */
	const char *region;	/* the one region of the file, if one */
	int edition, from, to;
	int in_footer;
	char source[4096];	/* the source text of the row being written */
	unsigned long source_line;
};

static const char *const region_headers[] = {
	"地区", "地区名称", "区域", "省份", "城市", "县区", "行政区划", "region",
	"regions", "area", NULL
};
static const char *const indicator_headers[] = {
	"指标", "指标名称", "项目", "indicators", "indicator", "item", NULL
};
static const char *const year_headers[] = {
	"年份", "年", "年度", "时间", "year", "years", NULL
};
static const char *const footer_prefixes[] = {
	"注:", "注 :", "注1", "注 1", "注释", "附注", "说明:", "数据来源", "资料来源",
	"note", "source", NULL
};

static int
is_footer(const char *cell)
{
	return yp_key_starts(cell, footer_prefixes);
}

static const char *const database_labels[] = { "数据库", "database", NULL };
static const char *const indicator_labels[] = { "指标", "indicators", "indicator", NULL };
static const char *const time_labels[] = { "时间", "time", NULL };
static const char *const unit_labels[] = { "单位", "计量单位", "unit", NULL };
static const char *const region_labels[] = { "地区", "region", NULL };

void
ingest_init(struct ingest *in, const struct yp_config *cfg,
    const struct ingest_options *opt, struct yp_writer *out)
{
	memset(in, 0, sizeof *in);
	in->cfg = cfg;
	in->opt = *opt;
	in->out = out;
	in->warned = yp_map_new();
	in->names = yp_map_new();
}

void
ingest_free(struct ingest *in)
{
	yp_map_free(in->warned, NULL);
	yp_map_free(in->names, NULL);
}

/* Warn once per unknown name; under --strict, fail instead. */
static int
unknown_name(struct ingest *in, const char *what, const char *name,
    const char *file, unsigned long line, const char *used)
{
	/* Once per name kept: "示例县" and "示 例 县" are one name. */
	char *key = xasprintf("%s\t%s", what, used);

	if (in->opt.strict) {
		yp_warn_at(file, line, "unknown %s \"%s\"; add it (or an alias) "
		    "to config/%s", what, name, strcmp(what, "region") == 0 ?
		    "regions.csv" : "indicators.csv");
		free(key);
		return -1;
	}
	if (!yp_map_get(in->warned, key)) {
		yp_map_put(in->warned, key, (void *)1);
		yp_warn_at(file, line, "warning: unknown %s \"%s\", kept as "
		    "\"%s\"; add it (or an alias) to config/%s", what, name, used,
		    strcmp(what, "region") == 0 ? "regions.csv" : "indicators.csv");
	}
	free(key);
	return 0;
}

const char *
ingest_indicator_code(struct ingest *in, const char *name, const char *file,
    unsigned long line)
{
	const struct yp_indicator *ind = yp_indicator_match(in->cfg, name);
	char *folded, *code;
	const char *kept;
	size_t i, o;

	if (ind)
		return ind->code;
	/* A derived code: "x." and the name without spaces or commas. */
	folded = yp_fold(name);
	code = xmalloc(strlen(folded) + 3);
	strcpy(code, "x.");
	for (i = 0, o = 2; folded[i]; i++)
		if (folded[i] != ' ' && folded[i] != ',')
			code[o++] = folded[i];
	code[o] = '\0';
	kept = yp_intern(in->names, code);
	free(code);
	free(folded);
	if (unknown_name(in, "indicator", name, file, line, kept) != 0)
		return NULL;
	return kept;
}

const char *
ingest_region_name(struct ingest *in, const char *name, const char *file,
    unsigned long line)
{
	const struct yp_region *r = yp_region_match(in->cfg, name);
	char *folded, *p, *q;
	const char *kept;

	if (r)
		return r->name;
	folded = yp_fold(name);
	for (p = q = folded; *p; p++)
		if (*p != ' ')
			*q++ = *p;
	*q = '\0';
	kept = yp_intern(in->names, folded);
	free(folded);
	if (unknown_name(in, "region", name, file, line, kept) != 0)
		return NULL;
	return kept;
}

/* ---- one file ----------------------------------------------------------- */

static void
file_free(struct file *f)
{
	size_t i;

	free(f->database);
	free(f->indicator_line);
	free(f->unit_line);
	free(f->region_line);
	for (i = 0; i < f->ncols; i++)
		free(f->cols[i].unit);
	free(f->cols);
	free(f->unit);
}

/* The year in a title like "2-9 各市生产总值(2019年)", or 0. */
static int
title_year(const char *title)
{
	const char *p;

	for (p = title; *p; p++)
		if (p[0] >= '1' && p[0] <= '2' && p[1] >= '0' && p[1] <= '9' &&
		    p[2] >= '0' && p[2] <= '9' && p[3] >= '0' && p[3] <= '9' &&
		    !(p > title && p[-1] >= '0' && p[-1] <= '9') &&
		    !(p[4] >= '0' && p[4] <= '9')) {
			int y = (p[0] - '0') * 1000 + (p[1] - '0') * 100 +
			    (p[2] - '0') * 10 + (p[3] - '0');
			if (y >= 1949 && y <= 2100)
				return y;
		}
	return 0;
}

/* Take in one line above the table.  Returns 1 when it was one. */
static int
preamble_line(struct file *f, const struct yp_row *row)
{
	const char *cell = row->f[0];
	char *v;
	size_t i;

	for (i = 1; i < row->n; i++)
		if (row->f[i][0])
			return 0;
	if ((v = yp_after_label(cell, database_labels))) {
		free(f->database), f->database = v;
	} else if ((v = yp_after_label(cell, indicator_labels))) {
		free(f->indicator_line), f->indicator_line = v;
		f->indicator_lineno = row->line;
	} else if ((v = yp_after_label(cell, time_labels))) {
		free(v);
	} else if ((v = yp_after_label(cell, unit_labels))) {
		free(f->unit_line), f->unit_line = v;
	} else if ((v = yp_after_label(cell, region_labels))) {
		free(f->region_line), f->region_line = v;
		f->region_lineno = row->line;
	} else if (!f->title_year) {
		f->title_year = title_year(cell);	/* a title line */
	}
	return 1;
}

/* The file's indicator: command line, sources.csv, then 指标：.  Sets
 * *label_unit to the unit the 指标 line carried.  NULL when none says;
 * ok is cleared after an error. */
static const char *
file_indicator(struct file *f, char **label_unit, int *ok)
{
	const char *name = f->in->opt.indicator;
	char *label = NULL;
	const char *code = NULL;

	*label_unit = NULL;
	if (!name && f->src && *f->src->indicator)
		name = f->src->indicator;
	if (f->indicator_line)
		yp_split_label(f->indicator_line, &label, label_unit);
	if (!name)
		name = label;
	if (name) {
		code = ingest_indicator_code(f->in, name, f->path, name == label ?
		    f->indicator_lineno : f->header_line);
		if (!code)
			*ok = 0;
	}
	free(label);
	return code;
}

/* The unit for values: command line, sources.csv, the name's bracket,
 * then 单位：.  A new string or NULL. */
static char *
file_unit(struct file *f, const char *label_unit)
{
	if (f->in->opt.unit)
		return yp_fold(f->in->opt.unit);
	if (f->src && *f->src->unit)
		return yp_fold(f->src->unit);
	if (label_unit)
		return yp_fold(label_unit);
	if (f->unit_line)
		return yp_fold(f->unit_line);
	return NULL;
}

/* The file's region: command line, sources.csv, 地区：, or the nation
 * when the database is the national one (年度数据, not 分省年度数据). */
static const char *
file_region(struct file *f, int *ok)
{
	const char *name = f->in->opt.region;
	const char *r;

	if (!name && f->src && *f->src->region)
		name = f->src->region;
	if (!name && f->region_line)
		name = f->region_line;
	if (!name && f->database) {
		char *key = yp_key(f->database);
		if (strcmp(key, "年度数据") == 0 || strcmp(key, "annualdata") == 0 ||
		    strcmp(key, "annual") == 0)
			name = "全国";
		free(key);
	}
	if (!name)
		return NULL;
	r = ingest_region_name(f->in, name, f->path, name == f->region_line ?
	    f->region_lineno : f->header_line);
	if (!r)
		*ok = 0;
	return r;
}

static int
file_edition(struct file *f)
{
	int max = 0;
	size_t i;

	if (f->in->opt.edition)
		return f->in->opt.edition;
	if (f->src && f->src->edition)
		return f->src->edition;
	if (f->title_year)
		return f->title_year;
	/* A database export holds the years up to its own: the latest
	 * year column tells its vintage. */
	for (i = 0; i < f->ncols; i++)
		if (f->cols[i].year > max)
			max = f->cols[i].year;
	return max;
}

static void
set_source(const struct file *f, unsigned long line, char *buf, size_t n)
{
	if (f->edition)
		snprintf(buf, n, "%s:%lu@%d", f->path, line, f->edition);
	else
		snprintf(buf, n, "%s:%lu", f->path, line);
}

/* The text of a year 1900..2100, made once: every cell needs one. */
static const char *
year_text(int year)
{
	static char texts[201][5];

	if (!texts[year - 1900][0])
		snprintf(texts[year - 1900], sizeof texts[0], "%d", year);
	return texts[year - 1900];
}

void
ingest_cell_value(struct yp_rec *rec, const char *cell, char *note,
    size_t notesz)
{
	char marks[64];
	enum yp_cell kind;
	double v = 0;

	kind = yp_parse_cell(cell, &v, marks, sizeof marks);
	if (kind == YP_CELL_NUMBER) {
		rec->value = v;
		rec->has_value = 1;
		if (*marks) {
			snprintf(note, notesz, "footnote %s", marks);
			rec->note = note;
		}
	} else {
		rec->status = YP_STATUS_MISSING;
		if (kind == YP_CELL_INVALID) {
			int n = (int)yp_utf8_prefix(cell, 100);

			snprintf(note, notesz, "not a number: %.*s%s", n, cell,
			    cell[n] ? "…" : "");
			rec->note = note;
		} else {
			rec->note = yp_cell_reason(kind);
		}
	}
}

/* Write the record of one cell. */
static void
emit(struct file *f, const char *region, const char *indicator,
    const char *unit, int year, const char *cell, unsigned long line)
{
	char note[160];
	struct yp_rec rec;

	yp_rec_init(&rec);
	/* The cells of a row share their source text: make it once a row. */
	if (f->source_line != line) {
		set_source(f, line, f->source, sizeof f->source);
		f->source_line = line;
	}
	rec.region = region;
	rec.indicator = indicator;
	rec.period = year_text(year);
	rec.unit = unit ? unit : "";
	rec.source = f->source;
	ingest_cell_value(&rec, cell, note, sizeof note);
	yp_write(f->in->out, &rec);
	f->in->records++;
}

static void
emit_footnote(struct file *f, const struct yp_row *row)
{
	char period[32], source[4096];
	struct yp_rec rec;
	char *text = NULL;
	size_t i;

	/* A note may run over several cells; join them. */
	for (i = 0; i < row->n; i++) {
		char *t;
		if (!row->f[i][0])
			continue;
		t = text ? xasprintf("%s %s", text, row->f[i]) : xstrdup(row->f[i]);
		free(text);
		text = t;
	}
	if (!text)
		return;
	yp_rec_init(&rec);
	if (f->from && f->to > f->from)
		snprintf(period, sizeof period, "%d-%d", f->from, f->to);
	else
		snprintf(period, sizeof period, "%d", f->from ? f->from : f->edition);
	if (!f->from && !f->edition) {
		free(text);
		return;		/* a note with no year to attach it to */
	}
	set_source(f, row->line, source, sizeof source);
	rec.region = f->region ? f->region : "*";
	rec.indicator = f->indicator ? f->indicator : "*";
	rec.measure = "footnote";
	rec.period = period;
	rec.status = YP_STATUS_MISSING;
	rec.source = source;
	{
		/* Quoted as the bureau wrote it: spaces tidied, full-width
		 * punctuation (：，（）) kept. */
		char *trimmed = yp_trim(text);
		rec.note = trimmed;
		yp_write(f->in->out, &rec);
		free(trimmed);
	}
	free(text);
}

/* Wide layouts: the header row names years across. */
static int
wide_header(struct file *f, const struct yp_row *row)
{
	size_t i;
	int years = 0;

	f->ncols = row->n;
	f->cols = xcalloc(row->n, sizeof *f->cols);
	for (i = 1; i < row->n; i++) {
		f->cols[i].year = yp_year_label(row->f[i]);
		if (!f->cols[i].year)
			continue;
		years++;
		if (!f->from || f->cols[i].year < f->from)
			f->from = f->cols[i].year;
		if (f->cols[i].year > f->to)
			f->to = f->cols[i].year;
	}
	return years;
}

/* Decide whether the rows of a wide table are regions or indicators. */
static enum layout
wide_kind(struct file *f, const struct yp_row *header)
{
	if (yp_key_in(header->f[0], region_headers))
		return LAYOUT_REGION_ROWS;
	if (yp_key_in(header->f[0], indicator_headers))
		return LAYOUT_INDICATOR_ROWS;
	(void)f;
	return LAYOUT_UNKNOWN;
}

static int
find_col(const struct yp_row *row, const char *const *names)
{
	size_t i;

	for (i = 0; i < row->n; i++)
		if (yp_key_in(row->f[i], names))
			return (int)i;
	return -1;
}

/* Year-rows layout: the header names indicators across. */
static int
year_rows_header(struct file *f, const struct yp_row *row)
{
	size_t i;

	f->ncols = row->n;
	f->cols = xcalloc(row->n, sizeof *f->cols);
	for (i = 0; i < row->n; i++) {
		char *name, *unit;

		if ((int)i == f->year_col || (int)i == f->region_col ||
		    !row->f[i][0])
			continue;
		yp_split_label(row->f[i], &name, &unit);
		f->cols[i].indicator = ingest_indicator_code(f->in, name, f->path,
		    row->line);
		f->cols[i].unit = file_unit(f, unit);
		free(name);
		free(unit);
		if (!f->cols[i].indicator)
			return -1;
		if (!f->cols[i].unit) {
			yp_warn_at(f->path, row->line, "column \"%s\" has no unit; "
			    "write it in brackets, as 地区生产总值(亿元), or give "
			    "--unit or a unit in config/sources.csv", row->f[i]);
			return -1;
		}
	}
	return 0;
}

/* Having found the header row, settle what the file holds. */
static int
start_table(struct file *f, const struct yp_row *row)
{
	char *label_unit = NULL;
	int ok = 1;

	f->header_line = row->line;
	f->indicator = file_indicator(f, &label_unit, &ok);
	f->region = file_region(f, &ok);
	if (!ok) {
		free(label_unit);
		return -1;
	}
	if (f->layout == LAYOUT_YEAR_ROWS) {
		free(label_unit);
		f->edition = file_edition(f);
		if (f->region_col < 0 && !f->region) {
			yp_warn_at(f->path, row->line, "the table has no region "
			    "column and does not say which region it is; give "
			    "--region or a region in config/sources.csv");
			return -1;
		}
		return year_rows_header(f, row);
	}
	f->unit = file_unit(f, label_unit);
	free(label_unit);
	f->edition = file_edition(f);
	if (f->layout == LAYOUT_REGION_ROWS && !f->indicator) {
		yp_warn_at(f->path, row->line, "the file does not say which "
		    "indicator it holds (no 指标： line); give --indicator and "
		    "--unit, or a row for this file in config/sources.csv");
		return -1;
	}
	if (f->layout == LAYOUT_REGION_ROWS && !f->unit) {
		yp_warn_at(f->path, row->line, "the file does not say the unit "
		    "of its values; give --unit, or a unit in config/sources.csv");
		return -1;
	}
	if (f->layout == LAYOUT_INDICATOR_ROWS && !f->region) {
		yp_warn_at(f->path, row->line, "the file does not say which "
		    "region its figures are for; give --region, or a region in "
		    "config/sources.csv");
		return -1;
	}
	return 0;
}

/* Check a data row's width against the header. */
static int
check_width(struct file *f, const struct yp_row *row)
{
	if (row->n <= f->ncols)
		return 0;
	yp_warn_at(f->path, row->line, "%zu cells but the header (line %lu) "
	    "has %zu; a cell may hold an unquoted comma: fix or quote it",
	    row->n, f->header_line, f->ncols);
	return -1;
}

/* Whether a name cell holds nothing but spaces (of any width). */
static int
blank_name(const char *cell)
{
	char *key = yp_key(cell);
	int blank = *key == '\0';

	free(key);
	return blank;
}

static int
wide_row(struct file *f, const struct yp_row *row)
{
	const char *region = f->region, *indicator = f->indicator;
	char *name = NULL, *label_unit = NULL, *unit = NULL;
	size_t i;

	if (check_width(f, row) != 0)
		return -1;
	if (blank_name(row->f[0])) {
		yp_warn_at(f->path, row->line, "a row with figures but no %s "
		    "name in its first cell; write the name in", f->layout ==
		    LAYOUT_REGION_ROWS ? "region" : "indicator");
		return -1;
	}
	if (f->layout == LAYOUT_REGION_ROWS) {
		region = ingest_region_name(f->in, row->f[0], f->path, row->line);
		if (!region)
			return -1;
	} else {
		yp_split_label(row->f[0], &name, &label_unit);
		indicator = ingest_indicator_code(f->in, name, f->path, row->line);
		unit = file_unit(f, label_unit);
		free(name);
		free(label_unit);
		if (!indicator) {
			free(unit);
			return -1;
		}
		if (!unit) {
			yp_warn_at(f->path, row->line, "no unit for \"%s\"; write it "
			    "in brackets, as 地区生产总值(亿元), or give --unit",
			    row->f[0]);
			return -1;
		}
	}
	for (i = 1; i < f->ncols; i++)
		if (f->cols[i].year)
			emit(f, region, indicator, unit ? unit : f->unit,
			    f->cols[i].year, i < row->n ? row->f[i] : "", row->line);
	free(unit);
	return 0;
}

static int
year_row(struct file *f, const struct yp_row *row)
{
	const char *region = f->region;
	const char *ycell = f->year_col < (int)row->n ? row->f[f->year_col] : "";
	int year = yp_year_label(ycell);
	size_t i;

	if (check_width(f, row) != 0)
		return -1;
	if (!year) {
		yp_warn_at(f->path, row->line, "\"%s\" in the year column is not "
		    "a year (1900-2100)", ycell);
		return -1;
	}
	/* The span of the years read so far dates the table's footnotes. */
	if (!f->from || year < f->from)
		f->from = year;
	if (year > f->to)
		f->to = year;
	if (f->region_col >= 0) {
		region = ingest_region_name(f->in, f->region_col < (int)row->n ?
		    row->f[f->region_col] : "", f->path, row->line);
		if (!region)
			return -1;
	}
	for (i = 0; i < f->ncols; i++)
		if (f->cols[i].indicator)
			emit(f, region, f->cols[i].indicator, f->cols[i].unit, year,
			    i < row->n ? row->f[i] : "", row->line);
	return 0;
}

static int
row_is_blank(const struct yp_row *row)
{
	size_t i;

	for (i = 0; i < row->n; i++)
		if (row->f[i][0])
			return 0;
	return 1;
}

/* A file already in the record format: check it and pass it through.
 * The reader already open goes on from the header it read, since
 * standard input cannot be opened a second time. */
static int
pass_records(struct ingest *in, struct yp_csv *csv, const struct yp_row *header)
{
	struct yp_reader *r = yp_reader_adopt(csv, header);
	struct yp_rec rec;
	int got;

	if (!r)
		return YP_EXIT_DATA;
	while ((got = yp_read(r, &rec)) > 0) {
		yp_write(in->out, &rec);
		in->records++;
	}
	yp_reader_close(r);
	return got < 0 ? YP_EXIT_DATA : 0;
}

static int
is_record_header(const struct yp_row *row)
{
	static const char *const cols[] = { "region", "indicator", "measure",
	    "period", "value", "unit", "status", "source", "note" };
	size_t i;

	if (row->n != 9)
		return 0;
	for (i = 0; i < 9; i++)
		if (strcmp(row->f[i], cols[i]) != 0)
			return 0;
	return 1;
}

/* Is this row the table's header?  Sets the layout when it is. */
static int
header_row(struct file *f, const struct yp_row *row)
{
	int years;

	if (row->n < 2)
		return 0;
	f->year_col = find_col(row, year_headers);
	if (f->year_col >= 0) {
		f->region_col = find_col(row, region_headers);
		f->layout = LAYOUT_YEAR_ROWS;
		return 1;
	}
	years = wide_header(f, row);
	if (years == 0) {
		free(f->cols);
		f->cols = NULL;
		f->ncols = 0;
		f->from = f->to = 0;
		return 0;
	}
	f->layout = wide_kind(f, row);
	return 1;
}

int
ingest_file(struct ingest *in, const char *path)
{
	struct file f;
	struct yp_csv *csv;
	struct yp_row row;
	int got, status = 0, rows = 0, data_rows = 0;
	unsigned long last_line = 1;

	if (workbook_claims(path))	/* .xls, .xlsx: workbook.c */
		return workbook_ingest(in, path);
	memset(&f, 0, sizeof f);
	f.in = in;
	f.path = path;
	f.src = strcmp(path, "-") ? yp_source_for(in->cfg, path) : NULL;
	f.region_col = f.year_col = -1;
	csv = yp_csv_open(path, in->opt.encoding);
	if (!csv)
		return YP_EXIT_DATA;
	while ((got = yp_csv_next(csv, &row)) > 0) {
		last_line = row.line;
		if (row_is_blank(&row))
			continue;
		if (rows++ == 0 && is_record_header(&row))
			return pass_records(in, csv, &row);
		if (f.in_footer || (f.layout != LAYOUT_UNKNOWN &&
		    is_footer(row.f[0]))) {
			f.in_footer = 1;
			emit_footnote(&f, &row);
			continue;
		}
		if (f.layout != LAYOUT_UNKNOWN) {
			status = f.layout == LAYOUT_YEAR_ROWS ? year_row(&f, &row) :
			    wide_row(&f, &row);
			if (status != 0)
				break;
			data_rows++;
			continue;
		}
		if (header_row(&f, &row)) {
			if (f.layout == LAYOUT_UNKNOWN) {
				yp_warn_at(path, row.line, "cannot tell whether the "
				    "rows are regions or indicators: the first header "
				    "cell is \"%s\"; name it 地区 or 指标", row.f[0]);
				status = -1;
				break;
			}
			if (start_table(&f, &row) != 0) {
				status = -1;
				break;
			}
			continue;
		}
		if (preamble_line(&f, &row))
			continue;
		if (yp_key_in(row.f[0], indicator_headers) ||
		    yp_key_in(row.f[0], region_headers)) {
			yp_warn_at(path, row.line, "the header row names no years; "
			    "its columns after \"%s\" must be years such as 2020年 "
			    "or 2020", row.f[0]);
			status = -1;
			break;
		}
		yp_warn_at(path, row.line, "no header row with years found before "
		    "this row; a table needs a header such as 指标,2020年,2019年 "
		    "or 地区,2024年,... or 年份,<indicator>(<unit>),...");
		status = -1;
		break;
	}
	if (got < 0)
		status = -1;
	else if (status == 0 && rows == 0) {
		yp_warn_at(path, 0, "empty file; export the table again");
		status = -1;
	} else if (status == 0 && f.layout == LAYOUT_UNKNOWN) {
		yp_warn_at(path, last_line, "no header row with year columns "
		    "found; a table needs a header such as 指标,2020年,2019年 or "
		    "地区,2024年,... or 年份,<indicator>(<unit>),...");
		status = -1;
	} else if (status == 0 && data_rows == 0) {
		yp_warn_at(path, f.header_line, "the table has a header but no "
		    "data rows");
		status = -1;
	}
	yp_csv_close(csv);
	file_free(&f);
	return status ? YP_EXIT_DATA : 0;
}
