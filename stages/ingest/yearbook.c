/* yp-ingest: statistical-yearbook tables as published, from a sheet's cells.
 *
 * A yearbook table, top to bottom: a title with the table number and the
 * year (2-9  各市生产总值(2019年)), an English title, notes (本表按当年价格
 * 计算。), a unit (单位:亿元), a header over several rows — Chinese over
 * English, a parent (生产总值) over its children (第一产业 …), merged or
 * left blank — then one row per region (padded: 郑  州  市; an English
 * name beside it), group rows that hold no figures (省辖市), totals (全省),
 * and notes below (注：…).  Or the same turned: years across the header,
 * one indicator named by the title.  The layout is found from where the
 * figures are, not from fixed positions:
 *   1. the first data row is the first row with a number that is not a
 *      year; the columns of figures are those where numbers outnumber
 *      text below it; the label column is left of them;
 *   2. the header is the block of rows just above the data (group rows
 *      and blank rows skipped) with text over the columns of figures;
 *   3. everything above the header is title, notes, unit or label lines
 *      (Indicators：…); everything from the first 注/Note row below the
 *      data is footnotes.
 * A file's row in config/sources.csv can fix what the heuristics cannot
 * (header_rows, label_column, year, unit, columns, sheet). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "msg.h"
#include "num.h"
#include "text.h"
#include "xalloc.h"
#include "yearbook.h"

const char *
yb_cell(const struct yb_sheet *s, size_t r, size_t c)
{
	return r < s->nrows && c < s->ncols ? s->cell[r * s->ncols + c] : "";
}

/* ---- cells ---------------------------------------------------------------- */

static int
cell_kind(const char *s)
{
	double v;

	return yp_parse_cell(s, &v, NULL, 0);
}

static int
is_number(const char *s)
{
	return *s && cell_kind(s) == YP_CELL_NUMBER;
}

/* A figure or a yearbook symbol standing for one (…, —). */
static int
is_figure(const char *s)
{
	int k;

	if (!*s)
		return 0;
	k = cell_kind(s);
	return k == YP_CELL_NUMBER || k == YP_CELL_BELOW_UNIT ||
	    k == YP_CELL_NOT_APPLICABLE;
}

/* A number that is not a year: a sure sign of data. */
static int
is_datum(const char *s)
{
	return is_number(s) && !yp_year_label(s);
}

static int
has_cjk(const char *s)
{
	const unsigned char *p = (const unsigned char *)s;

	for (; *p; p++)
		if (*p >= 0xE3 && *p <= 0xE9)	/* U+3000..U+9FFF lead bytes */
			return 1;
	return 0;
}

static int
has_letter(const char *s)
{
	for (; *s; s++)
		if ((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z'))
			return 1;
	return 0;
}

static int
all_digits(const char *s)
{
	if (!*s)
		return 0;
	for (; *s; s++)
		if (*s < '0' || *s > '9')
			return 0;
	return 1;
}

static const char *const unit_labels[] = {
	"单位", "计量单位", "unit", "units", NULL
};
static const char *const database_labels[] = { "数据库", "database", NULL };
static const char *const indicator_labels[] = {
	"指标", "indicators", "indicator", NULL
};
static const char *const time_labels[] = { "时间", "time", "year", NULL };
static const char *const region_labels[] = { "地区", "region", NULL };
static const char *const footer_prefixes[] = {
	"注", "说明", "数据来源", "资料来源", "note", "source", "datasource",
	"a)", NULL
};
static const char *const region_headers[] = {
	"地区", "地区名称", "区域", "省份", "城市", "市别", "县区", "行政区划",
	"市(县)", "市(州)", "region", "regions", "area", "city", NULL
};
static const char *const indicator_headers[] = {
	"指标", "指标名称", "项目", "indicators", "indicator", "item", NULL
};
static const char *const year_headers[] = {
	"年份", "年", "年度", "时间", "year", "years", NULL
};
/* Totals rows: the parent region of the table's regions. */
static const char *const total_labels[] = {
	"全省", "全市", "全区", "全州", "全县", "全盟", "合计", "总计", "总计",
	"全省合计", "全市合计", "全省总计", "total", "whole province", NULL
};

/* The unit a cell states: "单位：亿元", "计量单位: 万人", "单位万人",
 * "Unit: ...", or nothing but a bracketed unit, "(亿元)", "（100 million
 * yuan）".  Returns 1 and a new string in *unit, or 0. */
static int
unit_statement(const char *cell, char **unit)
{
	char *name, *u, *key;

	*unit = NULL;
	if (!*cell)
		return 0;
	if ((*unit = yp_after_label(cell, unit_labels)))
		return 1;
	key = yp_key(cell);
	if (yp_starts_with(key, "单位") && strlen(key) > strlen("单位") &&
	    !strchr(key, ':')) {
		char *f = yp_fold(cell);
		char *p = strstr(f, "单位") + strlen("单位");
		*unit = yp_fold(p);
		free(f);
		free(key);
		return 1;
	}
	free(key);
	if (yp_split_label(cell, &name, &u) && !*name && u && *u &&
	    !all_digits(u)) {
		free(name);
		*unit = u;
		return 1;
	}
	free(name);
	free(u);
	return 0;
}

/* The one year a title names ("2-9  各市生产总值(2019年)", "(2020)"), or
 * 0 when it names none or several (2010-2019年…: a span). */
static int
title_year(const char *title)
{
	char *f = yp_fold(title);
	const char *p;
	int found = 0;

	for (p = f; *p; p++) {
		int y;
		if (!(p[0] >= '1' && p[0] <= '2') || (p > f && p[-1] >= '0' &&
		    p[-1] <= '9'))
			continue;
		if (!(p[1] >= '0' && p[1] <= '9' && p[2] >= '0' && p[2] <= '9' &&
		    p[3] >= '0' && p[3] <= '9') || (p[4] >= '0' && p[4] <= '9'))
			continue;
		y = (p[0] - '0') * 1000 + (p[1] - '0') * 100 + (p[2] - '0') * 10 +
		    (p[3] - '0');
		if (y < 1949 || y > 2100)
			continue;
		if (found && found != y) {
			found = -1;
			break;
		}
		found = y;
	}
	free(f);
	return found > 0 ? found : 0;
}

/* ---- sources.csv overrides ------------------------------------------------ */

/* A column as a letter ("C") or a 1-based number ("3"); -1 when neither. */
static int
parse_column(const char *s)
{
	long n;
	int c = 0;

	if (yp_parse_long(s, 1, 16384, &n))
		return (int)n - 1;
	if (!*s || strlen(s) > 3)
		return -1;
	for (; *s; s++) {
		char ch = *s >= 'a' && *s <= 'z' ? (char)(*s - 32) : *s;
		if (ch < 'A' || ch > 'Z')
			return -1;
		c = c * 26 + (ch - 'A' + 1);
	}
	return c - 1;
}

static void
column_name(int c, char *buf)
{
	char tmp[8];
	int n = 0;

	c++;
	while (c > 0 && n < 7) {
		tmp[n++] = (char)('A' + (c - 1) % 26);
		c = (c - 1) / 26;
	}
	while (n > 0)
		*buf++ = tmp[--n];
	*buf = '\0';
}

void
yb_override_read(const struct yp_config *cfg, const struct yp_source *src,
    struct yb_override *ov)
{
	const struct yp_table *t = cfg->sources_table;
	const char *v;
	unsigned long line;
	long a, b;
	char *dash;

	memset(ov, 0, sizeof *ov);
	ov->label_col = -1;
	if (!src || !t)
		return;
	line = t->lines[src->row];
	v = yp_table_cell(t, src->row, yp_table_col(t, "header_rows"));
	if (*v) {
		char *s = xstrdup(v);
		dash = strchr(s, '-');
		if (dash)
			*dash++ = '\0';
		if (!yp_parse_long(s, 1, 1000000, &a) || !yp_parse_long(dash ?
		    dash : s, a, 1000000, &b))
			yp_die_at(YP_EXIT_USAGE, t->path, line, "header_rows \"%s\": "
			    "give the sheet rows of the column header as FIRST-LAST, "
			    "e.g. 6-10", v);
		free(s);
		ov->header_first = (size_t)a;
		ov->header_last = (size_t)b;
	}
	v = yp_table_cell(t, src->row, yp_table_col(t, "label_column"));
	if (*v && (ov->label_col = parse_column(v)) < 0)
		yp_die_at(YP_EXIT_USAGE, t->path, line, "label_column \"%s\": give "
		    "the column of the region names as a letter (A) or a number", v);
	v = yp_table_cell(t, src->row, yp_table_col(t, "year"));
	if (*v) {
		if (!yp_parse_long(v, 1900, 2100, &a))
			yp_die_at(YP_EXIT_USAGE, t->path, line, "year \"%s\": not a "
			    "year", v);
		ov->year = (int)a;
	}
	v = yp_table_cell(t, src->row, yp_table_col(t, "columns"));
	if (*v)
		ov->columns = v;
	v = yp_table_cell(t, src->row, yp_table_col(t, "sheet"));
	if (*v)
		ov->sheet = v;
}

/* ---- the layout ------------------------------------------------------------ */

static int
row_blank(const struct yb_sheet *s, size_t r)
{
	size_t c;

	for (c = 0; c < s->ncols; c++)
		if (*yb_cell(s, r, c))
			return 0;
	return 1;
}

static int
row_has_datum(const struct yb_sheet *s, size_t r)
{
	size_t c;

	for (c = 0; c < s->ncols; c++)
		if (is_datum(yb_cell(s, r, c)))
			return 1;
	return 0;
}

static int
row_has_figure(const struct yb_sheet *s, size_t r, size_t from)
{
	size_t c;

	for (c = from; c < s->ncols; c++)
		if (is_figure(yb_cell(s, r, c)))
			return 1;
	return 0;
}

/* The first non-empty cell of a row, or "". */
static const char *
row_first(const struct yb_sheet *s, size_t r)
{
	size_t c;

	for (c = 0; c < s->ncols; c++)
		if (*yb_cell(s, r, c))
			return yb_cell(s, r, c);
	return "";
}

/* The non-empty cells of a row joined by a space.  A new string. */
static char *
row_text(const struct yb_sheet *s, size_t r)
{
	char *text = xstrdup(""), *t;
	size_t c;

	for (c = 0; c < s->ncols; c++) {
		const char *v = yb_cell(s, r, c);
		if (!*v)
			continue;
		t = *text ? xasprintf("%s %s", text, v) : xstrdup(v);
		free(text);
		text = t;
	}
	return text;
}

/* Every non-empty cell of the row states a unit. */
static int
unit_row(const struct yb_sheet *s, size_t r, char **unit)
{
	size_t c;
	int any = 0;

	*unit = NULL;
	for (c = 0; c < s->ncols; c++) {
		const char *v = yb_cell(s, r, c);
		char *u;
		if (!*v)
			continue;
		if (!unit_statement(v, &u)) {
			free(*unit);
			*unit = NULL;
			return 0;
		}
		any = 1;
		/* The Chinese unit says it in the table's own words. */
		if (!*unit || (has_cjk(u) && !has_cjk(*unit))) {
			free(*unit);
			*unit = u;
		} else {
			free(u);
		}
	}
	return any;
}

/* A row of the header: text over the columns right of the labels that
 * is not all units. */
static int
header_row(const struct yb_sheet *s, size_t r, size_t first_value)
{
	char *u;
	size_t c;
	int over = 0;

	for (c = first_value; c < s->ncols; c++)
		if (*yb_cell(s, r, c))
			over = 1;
	if (!over)
		return 0;
	if (unit_row(s, r, &u)) {
		free(u);
		return 0;
	}
	return 1;
}

void
yb_layout_free(struct yb_layout *lay)
{
	size_t c;

	for (c = 0; c < lay->ncols; c++) {
		free(lay->col[c].name);
		free(lay->col[c].own);
		free(lay->col[c].name_en);
		free(lay->col[c].unit);
	}
	free(lay->col);
	free(lay->title);
	free(lay->title_en);
	free(lay->unit);
	free(lay->indicator_line);
	free(lay->region_line);
	free(lay->database);
	free(lay->notes);
	memset(lay, 0, sizeof *lay);
}

/* Append part to *s with sep between. */
static void
append(char **s, const char *sep, const char *part)
{
	char *t;

	if (!*s) {
		*s = xstrdup(part);
		return;
	}
	t = xasprintf("%s%s%s", *s, sep, part);
	free(*s);
	*s = t;
}

/* Append an English header part; a word broken over two rows with a
 * hyphen ("Constr-" / "uction") is joined again. */
static void
append_en(char **s, const char *part)
{
	size_t n;

	if (*s && (n = strlen(*s)) > 1 && (*s)[n - 1] == '-' &&
	    (*s)[n - 2] != ' ' && part[0] >= 'a' && part[0] <= 'z') {
		(*s)[n - 1] = '\0';
		append(s, "", part);
		return;
	}
	append(s, " ", part);
}

/* A CJK header part without the padding spaces (地      区 is 地区). */
static char *
squeeze_cjk(const char *cell)
{
	char *f = yp_fold(cell), *p, *q;

	for (p = q = f; *p; p++)
		if (*p != ' ')
			*q++ = *p;
	*q = '\0';
	return f;
}

/* Split a header into its name and unit; unit "(1)" style column numbers
 * are not units. */
static void
split_header(const char *text, char **name, char **unit)
{
	*name = NULL;
	*unit = NULL;
	if (!text)
		return;
	yp_split_label(text, name, unit);
	if (*unit && all_digits(*unit)) {
		free(*unit);
		*unit = NULL;
	}
	if (!**name) {
		free(*name);
		*name = NULL;
	}
}

/* The header of every column, from rows first..last. */
static void
read_header(const struct yb_sheet *s, struct yb_layout *lay, size_t first_value)
{
	size_t r, c, n = s->ncols;
	char **zh = xcalloc(n, sizeof *zh), **en = xcalloc(n, sizeof *en);
	size_t *parent_row = xcalloc(n, sizeof *parent_row);

	lay->ncols = n;
	lay->col = xcalloc(n, sizeof *lay->col);
	for (c = 0; c < n; c++) {
		lay->col[c].parent = -1;
		for (r = lay->header_first; r <= lay->header_last &&
		    !lay->no_header; r++) {
			const char *v = yb_cell(s, r, c);
			int y = yp_year_label(v);
			char *u = NULL;
			if (!*v)
				continue;
			if (!lay->col[c].header_row)
				lay->col[c].header_row = r + 1;
			if (y) {
				lay->col[c].year = y;
			} else if ((u = yp_after_label(v, unit_labels)) ||
			    (yp_starts_with(v, "单位") && unit_statement(v, &u))) {
				/* 单位：万人 in a header cell: the table's unit. */
				if (!lay->unit)
					lay->unit = u;
				else
					free(u);
			} else if (has_cjk(v)) {
				char *q = squeeze_cjk(v);
				append(&zh[c], "", q);
				free(q);
			} else if (has_letter(v) || strpbrk(v, "()")) {
				char *f = yp_fold(v);
				append_en(&en[c], f);
				free(f);
			}
		}
	}
	/* A parent: a Chinese header cell with blank cells to its right in
	 * the same row, over columns that have their own header below it. */
	for (r = lay->header_first; r <= lay->header_last && !lay->no_header;
	    r++)
		for (c = first_value + 1; c < n; c++) {
			size_t p, r2;
			int below = 0;
			char *u = NULL;

			if (*yb_cell(s, r, c))
				continue;
			for (p = c; p-- > first_value && !*yb_cell(s, r, p);)
				;
			if (p < first_value || p >= c || !*yb_cell(s, r, p))
				continue;
			if (!has_cjk(yb_cell(s, r, p)) ||
			    unit_statement(yb_cell(s, r, p), &u)) {
				free(u);
				continue;
			}
			for (r2 = r + 1; r2 <= lay->header_last; r2++)
				if (has_cjk(yb_cell(s, r2, c)))
					below = 1;
			/* The lowest spanning cell is the nearest parent. */
			if (below && (lay->col[c].parent < 0 || r > parent_row[c])) {
				lay->col[c].parent = (int)p;
				parent_row[c] = r;
			}
		}
	for (c = 0; c < n; c++) {
		char *name, *unit;

		split_header(zh[c], &name, &unit);
		lay->col[c].own = name;
		lay->col[c].unit = unit;
		split_header(en[c], &name, &unit);
		lay->col[c].name_en = name;
		if (!lay->col[c].unit)
			lay->col[c].unit = unit;
		else
			free(unit);
		free(zh[c]);
		free(en[c]);
	}
	/* Names and units through the parents (a chain is short: stop at
	 * the number of columns in case of a loop). */
	for (c = 0; c < n; c++) {
		int p = lay->col[c].parent, hops = 0;
		char *name = lay->col[c].own ? xstrdup(lay->col[c].own) : NULL;

		while (p >= 0 && hops++ < (int)n) {
			if (lay->col[p].own && name) {
				char *t = xasprintf("%s%s", lay->col[p].own, name);
				free(name);
				name = t;
			}
			if (!lay->col[c].unit && lay->col[p].unit)
				lay->col[c].unit = xstrdup(lay->col[p].unit);
			p = lay->col[p].parent;
		}
		lay->col[c].name = name;
	}
	free(zh);
	free(en);
	free(parent_row);
}

/* Take in the rows above the header: title, English title, label lines,
 * a unit, notes. */
static void
read_preamble(const struct yb_sheet *s, struct yb_layout *lay)
{
	size_t r;

	for (r = 0; r < lay->header_first; r++) {
		const char *first = row_first(s, r);
		char *v, *text;

		if (row_blank(s, r))
			continue;
		if ((v = yp_after_label(first, database_labels))) {
			free(lay->database), lay->database = v;
			continue;
		}
		if ((v = yp_after_label(first, indicator_labels))) {
			free(lay->indicator_line), lay->indicator_line = v;
			continue;
		}
		if ((v = yp_after_label(first, time_labels))) {
			free(v);
			continue;
		}
		if ((v = yp_after_label(first, region_labels))) {
			free(lay->region_line), lay->region_line = v;
			continue;
		}
		if (unit_row(s, r, &v)) {
			if (!lay->unit || (has_cjk(v) && !has_cjk(lay->unit))) {
				free(lay->unit);
				lay->unit = v;
			} else {
				free(v);
			}
			continue;
		}
		/* A unit beside a title ("单位: 亿元 ... (100 million yuan)"). */
		text = row_text(s, r);
		if (!lay->title && !lay->notes) {
			lay->title = text;
			continue;
		}
		if (lay->title && !lay->title_en && !has_cjk(text) && !lay->nnotes &&
		    has_cjk(lay->title)) {
			lay->title_en = text;
			continue;
		}
		free(text);
		lay->notes = xrealloc(lay->notes, (lay->nnotes + 1) *
		    sizeof *lay->notes);
		lay->notes[lay->nnotes++] = r;
	}
	if (lay->title)
		lay->title_year = title_year(lay->title);
	if (!lay->title_year && lay->title_en)
		lay->title_year = title_year(lay->title_en);
}

static int
code_header(const char *cell)
{
	char *key = yp_key(cell);
	int code = strstr(key, "code") || strstr(key, "代码") ||
	    strstr(key, "编码") || strstr(key, "编号");

	free(key);
	return code;
}

static int
row_is_footer(const struct yb_sheet *s, size_t r)
{
	return !row_has_figure(s, r, 0) && yp_key_starts(row_first(s, r),
	    footer_prefixes);
}

enum yb_result
yb_analyse(const struct yb_sheet *s, const struct yb_override *ov,
    const char *where, struct yb_layout *lay)
{
	size_t r, c, first_data = s->nrows, first_value, n = s->ncols;
	size_t *nnum, *ntext;
	long hr;
	int found;

	memset(lay, 0, sizeof *lay);
	lay->label_col = lay->label_col_en = -1;
	if (ov->header_last > s->nrows) {
		yp_warn_at(where, 0, "header_rows %zu-%zu: the sheet has %zu rows; "
		    "fix header_rows in config/sources.csv", ov->header_first,
		    ov->header_last, s->nrows);
		return YB_ERROR;
	}
	/* 1. The first data row, after the header when it is given. */
	for (r = ov->header_last; r < s->nrows; r++)
		if (row_has_datum(s, r)) {
			first_data = r;
			break;
		}
	if (first_data == s->nrows)
		return YB_NO_NUMBERS;
	lay->data_first = first_data;
	lay->footer_first = s->nrows;
	for (r = first_data + 1; r < s->nrows; r++)
		if (row_is_footer(s, r)) {
			lay->footer_first = r;
			break;
		}
	/* Columns of figures: numbers outnumber text in the rows of data. */
	nnum = xcalloc(n, sizeof *nnum);
	ntext = xcalloc(n, sizeof *ntext);
	for (r = first_data; r < lay->footer_first; r++) {
		if (!row_has_datum(s, r))
			continue;
		for (c = 0; c < n; c++) {
			const char *v = yb_cell(s, r, c);
			if (is_figure(v))
				nnum[c]++;
			else if (*v)
				ntext[c]++;
		}
	}
	/* A column headed as codes (ct_adcode, 行政区划代码) holds names, not
	 * figures. */
	for (c = 0; c < n; c++)
		for (r = 0; r < first_data; r++)
			if (code_header(yb_cell(s, r, c)))
				nnum[c] = 0;
	first_value = n;
	for (c = 0; c < n; c++)
		if ((int)c != ov->label_col && nnum[c] > 0 && nnum[c] >= ntext[c] &&
		    first_value == n)
			first_value = c;
	/* Years down the first column of figures: the table is turned. */
	if (first_value < n && ov->label_col < 0) {
		int years = 1, others = 0;
		for (r = first_data; r < lay->footer_first; r++) {
			const char *v = yb_cell(s, r, first_value);
			if (*v && !yp_year_label(v))
				years = 0;
		}
		for (c = first_value + 1; c < n; c++)
			if (nnum[c] > 0)
				others = 1;
		if (years && others) {
			lay->label_col = (int)first_value;
			lay->rows = YB_DIM_YEAR;
			first_value++;
		}
	}
	if (ov->label_col >= 0) {
		lay->label_col = ov->label_col;
		if (first_value <= (size_t)ov->label_col)
			first_value = (size_t)ov->label_col + 1;
	}
	/* The label columns: Chinese names, and English names beside. */
	if (lay->label_col < 0) {
		size_t best = 0, best_en = 0;
		for (c = 0; c < first_value && c < n; c++) {
			size_t cjk = 0, latin = 0;
			for (r = first_data; r < lay->footer_first; r++) {
				const char *v = yb_cell(s, r, c);
				if (has_cjk(v))
					cjk++;
				else if (has_letter(v))
					latin++;
			}
			if (cjk > best)
				best = cjk, lay->label_col = (int)c;
			if (latin > best_en)
				best_en = latin, lay->label_col_en = (int)c;
		}
		if (lay->label_col < 0) {
			lay->label_col = lay->label_col_en;
			lay->label_col_en = -1;
		}
	}
	free(nnum);
	free(ntext);
	if (first_value >= n)
		return YB_NO_NUMBERS;	/* only codes, or years */
	if (lay->label_col < 0) {
		yp_warn_at(where, first_data + 1, "cannot tell which column names "
		    "the rows of this table; give label_column (and header_rows) "
		    "for this file in config/sources.csv");
		return YB_ERROR;
	}
	/* 2. The header: given, or the rows with text over the figures just
	 * above the data, group rows (text in the label columns only) and
	 * blank rows skipped. */
	if (ov->header_first) {
		lay->header_first = ov->header_first - 1;
		lay->header_last = ov->header_last - 1;
	} else {
		found = 0;
		for (hr = (long)first_data - 1; hr >= 0; hr--) {
			if (header_row(s, (size_t)hr, first_value)) {
				if (!found)
					lay->header_last = (size_t)hr;
				found = 1;
				lay->header_first = (size_t)hr;
			} else if (found && !row_blank(s, (size_t)hr)) {
				break;
			}
		}
		if (!found && ov->columns) {
			/* The manifest names every column: no header needed. */
			lay->no_header = 1;
			lay->header_first = lay->header_last = first_data;
		} else if (!found) {
			yp_warn_at(where, first_data + 1, "no column header above the "
			    "first row of figures; give header_rows (the sheet rows "
			    "of the header, e.g. 5-7) or columns in config/sources.csv");
			return YB_ERROR;
		}
	}
	read_header(s, lay, first_value);
	read_preamble(s, lay);
	/* What the columns are: years, or indicators. */
	found = 0;
	for (c = first_value; c < n; c++)
		if (lay->col[c].year)
			found++;
	lay->cols = found >= 2 || (found == 1 && lay->rows != YB_DIM_YEAR) ?
	    YB_DIM_YEAR : YB_DIM_INDICATOR;
	for (c = first_value; c < n; c++) {
		size_t k = 0;
		if ((int)c == lay->label_col || (int)c == lay->label_col_en)
			continue;
		for (r = first_data; r < lay->footer_first; r++)
			if (is_figure(yb_cell(s, r, c)))
				k++;
		lay->col[c].value = k > 0 && (lay->cols != YB_DIM_YEAR ||
		    lay->col[c].year);
	}
	/* What the rows are. */
	if (lay->rows != YB_DIM_YEAR) {
		const char *h = "";
		for (r = lay->header_first; r <= lay->header_last && !*h; r++)
			h = yb_cell(s, r, (size_t)lay->label_col);
		if (lay->cols == YB_DIM_INDICATOR)
			lay->rows = YB_DIM_REGION;
		else if (yp_key_in(h, indicator_headers))
			lay->rows = YB_DIM_INDICATOR;
		else if (yp_key_in(h, region_headers))
			lay->rows = YB_DIM_REGION;
		else if (yp_key_in(h, year_headers))
			lay->rows = YB_DIM_YEAR;
		else
			lay->rows = YB_DIM_NONE;	/* decided by the names */
	}
	return YB_TABLE;
}

/* ---- records -------------------------------------------------------------- */

/* One table being written. */
struct table {
	struct ingest *in;
	const struct yb_sheet *s;
	const char *where;
	const struct yp_source *src;
	struct yb_layout lay;
	const char *region;	/* of the whole table, when one */
	const char *indicator;	/* of the whole table, when one */
	char *unit;		/* of the whole table */
	int year;		/* of every cell, when the columns are not years */
	int edition;
	int from, to;		/* the years the table holds */
	const char *parent;	/* the region a totals row (全省) stands for */
};

static void
set_source(const struct table *t, size_t row, char *buf, size_t n)
{
	if (t->edition)
		snprintf(buf, n, "%s:%zu@%d", t->where, row + 1, t->edition);
	else
		snprintf(buf, n, "%s:%zu", t->where, row + 1);
}

static void
emit(struct table *t, const char *region, const char *indicator,
    const char *unit, int year, const char *cell, size_t row)
{
	char period[8], source[4096], note[160];
	struct yp_rec rec;

	yp_rec_init(&rec);
	snprintf(period, sizeof period, "%d", year);
	set_source(t, row, source, sizeof source);
	rec.region = region;
	rec.indicator = indicator;
	rec.period = period;
	rec.unit = unit ? unit : "";
	rec.source = source;
	ingest_cell_value(&rec, cell, note, sizeof note);
	yp_write(t->in->out, &rec);
	t->in->records++;
}

static void
emit_footnote(struct table *t, size_t row)
{
	char period[32], source[4096];
	char *text = row_text(t->s, row), *folded;
	struct yp_rec rec;

	if (!*text || (!t->from && !t->year)) {
		free(text);
		return;
	}
	yp_rec_init(&rec);
	if (t->from && t->to > t->from)
		snprintf(period, sizeof period, "%d-%d", t->from, t->to);
	else
		snprintf(period, sizeof period, "%d", t->from ? t->from : t->year);
	set_source(t, row, source, sizeof source);
	folded = yp_fold(text);
	rec.region = t->region ? t->region : "*";
	rec.indicator = t->indicator ? t->indicator : "*";
	rec.measure = "footnote";
	rec.period = period;
	rec.status = YP_STATUS_MISSING;
	rec.source = source;
	rec.note = folded;
	yp_write(t->in->out, &rec);
	free(folded);
	free(text);
}

/* Whether an indicator suits a column's unit: a unit measuring something
 * else (万人 for an indicator in 亿元) rules it out. */
static int
unit_fits(const struct yp_config *cfg, const struct yp_indicator *ind,
    const char *unit)
{
	double f;

	if (!unit || !ind->unit || !*ind->unit)
		return 1;
	return yp_unit_factor(cfg, unit, ind->unit, &f) != 0;
}

static const struct yp_indicator *
match_fitting(const struct yp_config *cfg, const char *name, const char *unit)
{
	const struct yp_indicator *ind;

	if (!name || !*name)
		return NULL;
	ind = yp_indicator_match(cfg, name);
	return ind && unit_fits(cfg, ind, unit) ? ind : NULL;
}

/* The code of a column: its name with its parents' (第一产业 under
 * 生产总值: 第一产业生产总值, 生产总值第一产业), its own name, its
 * English name, each only when the indicator's unit suits the column's;
 * else a derived code (with a warning) from the Chinese name. */
static const char *
column_indicator(struct table *t, const struct yb_column *col)
{
	const struct yp_config *cfg = t->in->cfg;
	const struct yp_indicator *ind = NULL;
	const char *name;

	if (col->name && col->own && strcmp(col->name, col->own) != 0) {
		char *parents = xstrndup(col->name, strlen(col->name) -
		    strlen(col->own));
		char *swapped = xasprintf("%s%s", col->own, parents);
		ind = match_fitting(cfg, swapped, col->unit);
		if (!ind)
			ind = match_fitting(cfg, col->name, col->unit);
		free(parents);
		free(swapped);
	}
	if (!ind)
		ind = match_fitting(cfg, col->own, col->unit);
	if (!ind)
		ind = match_fitting(cfg, col->name_en, col->unit);
	if (ind)
		return ind->code;
	name = col->name ? col->name : col->name_en;
	return ingest_indicator_code(t->in, name, t->where, col->header_row);
}

/* The indicator a title names: the longest indicator name or alias it
 * holds (各市地区生产总值 holds 地区生产总值 and 生产总值: gdp). */
struct longest {
	const char *key;
	const struct yp_indicator *ind;
	size_t len;
};

static void
longest_in(const char *key, void *value, void *ctx)
{
	struct longest *l = ctx;
	const struct yp_indicator *ind = value;
	size_t len = strlen(key);

	if (len < 4 || len < l->len || !strstr(l->key, key))
		return;
	/* Ties go to the smaller code, so the answer does not depend on
	 * the order of the hash map. */
	if (len == l->len && l->ind && strcmp(ind->code, l->ind->code) >= 0)
		return;
	l->len = len;
	l->ind = ind;
}

static const struct yp_indicator *
title_indicator(const struct yp_config *cfg, const char *title)
{
	struct longest l = { NULL, NULL, 0 };
	char *name, *unit, *key;

	if (!title)
		return NULL;
	split_header(title, &name, &unit);
	key = yp_key(name ? name : title);
	l.key = key;
	yp_map_each(cfg->indicator_by_key, longest_in, &l);
	free(key);
	free(name);
	free(unit);
	return l.ind;
}

/* The one indicator of a table whose columns are years. */
static int
table_indicator(struct table *t)
{
	const struct yb_layout *lay = &t->lay;
	const char *name = t->in->opt.indicator;
	char *label = NULL, *label_unit = NULL;
	const struct yp_indicator *ind;

	if (!name && t->src && *t->src->indicator)
		name = t->src->indicator;
	if (lay->indicator_line)
		split_header(lay->indicator_line, &label, &label_unit);
	if (!name && label)
		name = label;
	if (name) {
		t->indicator = ingest_indicator_code(t->in, name, t->where, 0);
	} else if ((ind = title_indicator(t->in->cfg, lay->title)) ||
	    (ind = title_indicator(t->in->cfg, lay->title_en))) {
		t->indicator = ind->code;
	} else {
		yp_warn_at(t->where, lay->header_first + 1, "the columns are years "
		    "but the table does not say which indicator it holds (title "
		    "\"%s\"); give indicator for this file in config/sources.csv, "
		    "or --indicator", lay->title ? lay->title : "");
		free(label);
		free(label_unit);
		return -1;
	}
	if (!t->unit && label_unit)
		t->unit = yp_fold(label_unit);
	free(label);
	free(label_unit);
	return t->indicator ? 0 : -1;
}

/* The region of a table whose rows are not regions. */
static int
table_region(struct table *t)
{
	const char *name = t->in->opt.region;

	if (!name && t->src && *t->src->region)
		name = t->src->region;
	if (!name && t->lay.region_line)
		name = t->lay.region_line;
	if (!name && t->lay.database) {
		char *key = yp_key(t->lay.database);
		if (strcmp(key, "年度数据") == 0 || strcmp(key, "annualdata") == 0)
			name = "全国";
		free(key);
	}
	if (!name) {
		yp_warn_at(t->where, t->lay.header_first + 1, "the table does not "
		    "say which region its figures are for; give region for this "
		    "file in config/sources.csv, or --region");
		return -1;
	}
	t->region = ingest_region_name(t->in, name, t->where, 0);
	return t->region ? 0 : -1;
}

/* The parent most of the table's regions share: what 全省 stands for. */
static void
find_parent(struct table *t)
{
	const struct yp_config *cfg = t->in->cfg;
	const struct yb_layout *lay = &t->lay;
	const char *best = NULL;
	size_t r, r2, best_n = 0;

	for (r = lay->data_first; r < lay->footer_first; r++) {
		const struct yp_region *reg = yp_region_match(cfg,
		    yb_cell(t->s, r, (size_t)lay->label_col));
		size_t k = 0;
		if (!reg || !reg->parent || !*reg->parent)
			continue;
		for (r2 = lay->data_first; r2 < lay->footer_first; r2++) {
			const struct yp_region *o = yp_region_match(cfg,
			    yb_cell(t->s, r2, (size_t)lay->label_col));
			if (o && o->parent && strcmp(o->parent, reg->parent) == 0)
				k++;
		}
		if (k > best_n || (k == best_n && best &&
		    strcmp(reg->parent, best) < 0))
			best_n = k, best = reg->parent;
	}
	if (best) {
		const struct yp_region *p = yp_region_by_code(cfg, best);
		t->parent = p ? p->name : NULL;
	}
}

/* The region a data row is about. */
static const char *
row_region(struct table *t, size_t r)
{
	const struct yp_config *cfg = t->in->cfg;
	const char *zh = yb_cell(t->s, r, (size_t)t->lay.label_col);
	const char *en = t->lay.label_col_en >= 0 ?
	    yb_cell(t->s, r, (size_t)t->lay.label_col_en) : "";
	const struct yp_region *reg;

	if (*zh && (reg = yp_region_match(cfg, zh)))
		return reg->name;
	if (t->parent && (yp_key_in(zh, total_labels) || (!*zh &&
	    yp_key_in(en, total_labels))))
		return t->parent;
	if (*en && (reg = yp_region_match(cfg, en)))
		return reg->name;
	return ingest_region_name(t->in, *zh ? zh : en, t->where, r + 1);
}

/* Decide from the names whether the rows are regions or indicators. */
static void
decide_rows(struct table *t)
{
	const struct yb_layout *lay = &t->lay;
	size_t r, regions = 0, indicators = 0;

	for (r = lay->data_first; r < lay->footer_first; r++) {
		const char *v = yb_cell(t->s, r, (size_t)lay->label_col);
		char *name, *unit;
		if (!*v || !row_has_figure(t->s, r, 0))
			continue;
		if (yp_region_match(t->in->cfg, v))
			regions++;
		split_header(v, &name, &unit);
		if (name && yp_indicator_match(t->in->cfg, name))
			indicators++;
		free(name);
		free(unit);
	}
	t->lay.rows = indicators > regions ? YB_DIM_INDICATOR : YB_DIM_REGION;
}

/* Apply the columns override: "C=gdp;D=第一产业(亿元)". */
static int
apply_columns(struct table *t, const char *spec)
{
	struct yb_layout *lay = &t->lay;
	char *copy = xstrdup(spec), *item, *save = NULL;
	size_t c;
	int ok = 0;

	for (c = 0; c < lay->ncols; c++)
		lay->col[c].value = 0;
	for (item = strtok_r(copy, ";", &save); item;
	    item = strtok_r(NULL, ";", &save)) {
		char *eq = strchr(item, '='), *col, *name, *unit;
		int k;

		if (!eq)
			goto bad;
		*eq = '\0';
		col = yp_fold(item);
		k = parse_column(col);
		free(col);
		if (k < 0 || (size_t)k >= lay->ncols)
			goto bad;
		split_header(eq + 1, &name, &unit);
		if (!name) {
			free(unit);
			goto bad;
		}
		lay->col[k].value = 1;
		lay->col[k].year = 0;
		lay->col[k].indicator = ingest_indicator_code(t->in, name,
		    t->where, 0);
		if (unit) {
			free(lay->col[k].unit);
			lay->col[k].unit = unit;
		}
		free(name);
		if (!lay->col[k].indicator) {
			free(copy);
			return -1;
		}
	}
	ok = 1;
	lay->cols = YB_DIM_INDICATOR;
	if (lay->rows != YB_DIM_YEAR)
		lay->rows = YB_DIM_REGION;
bad:
	free(copy);
	if (!ok)
		yp_warn_at(t->where, 0, "columns \"%s\" in config/sources.csv: "
		    "write COLUMN=INDICATOR(UNIT) separated by ';', e.g. "
		    "C=gdp(亿元);D=gdp.primary", spec);
	return ok ? 0 : -1;
}

static int
settle(struct table *t, const struct yb_override *ov)
{
	struct yb_layout *lay = &t->lay;
	const struct ingest_options *opt = &t->in->opt;
	size_t c, r;

	if (opt->unit)
		t->unit = yp_fold(opt->unit);
	else if (t->src && *t->src->unit)
		t->unit = yp_fold(t->src->unit);
	if (ov->columns && apply_columns(t, ov->columns) != 0)
		return -1;
	if (lay->rows == YB_DIM_NONE)
		decide_rows(t);
	if (lay->cols == YB_DIM_YEAR && lay->rows != YB_DIM_INDICATOR &&
	    table_indicator(t) != 0)
		return -1;
	if (!t->unit && lay->unit)
		t->unit = xstrdup(lay->unit);
	if (lay->cols == YB_DIM_YEAR && lay->rows != YB_DIM_INDICATOR &&
	    !t->unit) {
		yp_warn_at(t->where, lay->header_first + 1, "the table does not "
		    "say the unit of its figures; give unit for this file in "
		    "config/sources.csv, or --unit");
		return -1;
	}
	if (lay->rows != YB_DIM_REGION && table_region(t) != 0)
		return -1;
	/* The years: the columns', the rows', or the title's. */
	for (c = 0; c < lay->ncols; c++)
		if (lay->col[c].value && lay->col[c].year && lay->cols == YB_DIM_YEAR) {
			if (!t->from || lay->col[c].year < t->from)
				t->from = lay->col[c].year;
			if (lay->col[c].year > t->to)
				t->to = lay->col[c].year;
		}
	if (lay->rows == YB_DIM_YEAR)
		for (r = lay->data_first; r < lay->footer_first; r++) {
			int y = yp_year_label(yb_cell(t->s, r,
			    (size_t)lay->label_col));
			if (!y)
				continue;
			if (!t->from || y < t->from)
				t->from = y;
			if (y > t->to)
				t->to = y;
		}
	if (lay->cols != YB_DIM_YEAR && lay->rows != YB_DIM_YEAR) {
		t->year = ov->year ? ov->year : lay->title_year;
		if (!t->year) {
			yp_warn_at(t->where, lay->title ? 1 : lay->header_first + 1,
			    "no year in the title%s%s%s and none in the columns; "
			    "give year for this file in config/sources.csv",
			    lay->title ? " \"" : "", lay->title ? lay->title : "",
			    lay->title ? "\"" : "");
			return -1;
		}
		t->from = t->to = t->year;
	}
	if (opt->edition)
		t->edition = opt->edition;
	else if (t->src && t->src->edition)
		t->edition = t->src->edition;
	else if (ov->year)
		t->edition = ov->year;
	else if (lay->title_year)
		t->edition = lay->title_year;
	else
		t->edition = t->to;
	/* The indicator of every column of figures. */
	if (lay->cols == YB_DIM_INDICATOR && !ov->columns)
		for (c = 0; c < lay->ncols; c++) {
			struct yb_column *col = &lay->col[c];
			char cn[8];
			if (!col->value)
				continue;
			if (!col->name && !col->name_en) {
				column_name((int)c, cn);
				yp_warn_at(t->where, lay->data_first + 1, "column %s "
				    "holds figures but has no header; give header_rows, "
				    "or columns (e.g. %s=gdp(亿元)) for this file in "
				    "config/sources.csv", cn, cn);
				return -1;
			}
			if (!(col->indicator = column_indicator(t, col)))
				return -1;
		}
	if (lay->cols == YB_DIM_INDICATOR)
		for (c = 0; c < lay->ncols; c++) {
			struct yb_column *col = &lay->col[c];
			char cn[8];
			if (!col->value)
				continue;
			if (t->in->opt.unit || (t->src && *t->src->unit)) {
				free(col->unit);
				col->unit = xstrdup(t->unit);
			} else if (!col->unit && t->unit) {
				col->unit = xstrdup(t->unit);
			}
			if (!col->unit && lay->rows != YB_DIM_INDICATOR) {
				column_name((int)c, cn);
				yp_warn_at(t->where, col->header_row ? col->header_row :
				    lay->header_first + 1, "no unit for column %s (%s); "
				    "give unit for this file in config/sources.csv, or "
				    "columns with units, e.g. %s=gdp(亿元)", cn,
				    col->name ? col->name : col->name_en ? col->name_en :
				    "", cn);
				return -1;
			}
		}
	if (lay->rows == YB_DIM_REGION)
		find_parent(t);
	return 0;
}

/* A data row: a row with a figure in a column of figures. */
static int
data_row(const struct table *t, size_t r)
{
	size_t c;

	for (c = 0; c < t->lay.ncols; c++)
		if (t->lay.col[c].value && is_figure(yb_cell(t->s, r, c)))
			return 1;
	return 0;
}

static int
write_row(struct table *t, size_t r)
{
	const struct yb_layout *lay = &t->lay;
	const char *label = yb_cell(t->s, r, (size_t)lay->label_col);
	const char *region = t->region, *indicator = t->indicator;
	char *unit = NULL;
	int year = t->year;
	size_t c;

	if (!*label && lay->label_col_en >= 0)
		label = yb_cell(t->s, r, (size_t)lay->label_col_en);
	if (!*label) {
		char cn[8];
		column_name(lay->label_col, cn);
		yp_warn_at(t->where, r + 1, "a row of figures with no name in "
		    "column %s; give label_column for this file in "
		    "config/sources.csv", cn);
		return -1;
	}
	switch (lay->rows) {
	case YB_DIM_REGION:
		if (!(region = row_region(t, r)))
			return -1;
		break;
	case YB_DIM_YEAR:
		if (!(year = yp_year_label(label))) {
			yp_warn_at(t->where, r + 1, "\"%s\" in the year column is "
			    "not a year (1900-2100)", label);
			return -1;
		}
		break;
	case YB_DIM_INDICATOR: {
		char *name, *lunit;
		split_header(label, &name, &lunit);
		indicator = ingest_indicator_code(t->in, name ? name : label,
		    t->where, r + 1);
		unit = lunit ? yp_fold(lunit) : t->unit ? xstrdup(t->unit) : NULL;
		if (t->in->opt.unit || (t->src && *t->src->unit)) {
			free(unit);
			unit = xstrdup(t->unit);
		}
		free(name);
		free(lunit);
		if (!indicator) {
			free(unit);
			return -1;
		}
		if (!unit) {
			yp_warn_at(t->where, r + 1, "no unit for \"%s\"; give unit "
			    "for this file in config/sources.csv, or --unit", label);
			return -1;
		}
		break;
	}
	case YB_DIM_NONE:
		break;
	}
	for (c = 0; c < lay->ncols; c++) {
		const struct yb_column *col = &lay->col[c];
		if (!col->value)
			continue;
		if (lay->cols == YB_DIM_YEAR)
			emit(t, region, indicator, unit ? unit : t->unit, col->year,
			    yb_cell(t->s, r, c), r);
		else
			emit(t, region, col->indicator, unit ? unit : col->unit, year,
			    yb_cell(t->s, r, c), r);
	}
	free(unit);
	return 0;
}

enum yb_result
yearbook_read(struct ingest *in, const struct yb_sheet *s, const char *where,
    const struct yp_source *src, const struct yb_override *ov)
{
	struct table t;
	enum yb_result res;
	size_t r, i;
	int rows = 0;

	memset(&t, 0, sizeof t);
	t.in = in;
	t.s = s;
	t.where = where;
	t.src = src;
	res = yb_analyse(s, ov, where, &t.lay);
	if (res != YB_TABLE) {
		yb_layout_free(&t.lay);
		return res;
	}
	if (settle(&t, ov) != 0) {
		res = YB_ERROR;
		goto out;
	}
	for (i = 0; i < t.lay.nnotes; i++)
		emit_footnote(&t, t.lay.notes[i]);
	for (r = t.lay.data_first; r < t.lay.footer_first; r++) {
		if (!data_row(&t, r))
			continue;	/* blank, or a group row (省辖市) */
		if (write_row(&t, r) != 0) {
			res = YB_ERROR;
			goto out;
		}
		rows++;
	}
	for (r = t.lay.footer_first; r < s->nrows; r++)
		if (!row_blank(s, r))
			emit_footnote(&t, r);
	if (rows == 0) {
		yp_warn_at(where, t.lay.data_first + 1, "no row of figures under "
		    "the columns found; give header_rows and columns for this "
		    "file in config/sources.csv");
		res = YB_ERROR;
	}
out:
	free(t.unit);
	yb_layout_free(&t.lay);
	return res;
}
