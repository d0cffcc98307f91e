/* yp-report: the tables of a report: built from records, written as GFM and CSV. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "csvin.h"
#include "fill.h"
#include "msg.h"
#include "num.h"
#include "punct.h"
#include "rec.h"
#include "report.h"
#include "text.h"
#include "xalloc.h"

/* ---- the table itself ------------------------------------------------------ */

struct rp_table *
rp_table_new(const char *name, const char *caption, size_t ncols,
	const char *const *head)
{
	struct rp_table *t = xcalloc(1, sizeof *t);
	size_t i;

	t->name = xstrdup(name);
	t->caption = xstrdup(caption);
	t->ncols = ncols;
	t->head = xcalloc(ncols, sizeof *t->head);
	for (i = 0; i < ncols; i++)
		t->head[i] = xstrdup(head[i]);
	return t;
}

size_t
rp_table_row(struct rp_table *t)
{
	size_t need = (t->nrows + 1) * t->ncols;

	if (need > t->cap) {
		size_t old = t->cap;

		t->cells = xgrow(t->cells, &t->cap, need, sizeof *t->cells);
		memset(t->cells + old, 0, (t->cap - old) * sizeof *t->cells);
	}
	return t->nrows++;
}

static struct rp_cell *
cell(struct rp_table *t, size_t row, size_t col)
{
	struct rp_cell *c = &t->cells[row * t->ncols + col];

	free(c->text);
	free(c->prov);
	memset(c, 0, sizeof *c);
	return c;
}

/* Cells keep their text as printed, so the CSV for Excel matches the
 * page: ASCII brackets in Chinese made full-width (common/punct.h). */
void
rp_table_set(struct rp_table *t, size_t row, size_t col, const char *text)
{
	cell(t, row, col)->text = yp_zh_brackets(text);
}

void
rp_table_set_num(struct rp_table *t, size_t row, size_t col, const char *text,
	const char *prov)
{
	struct rp_cell *c = cell(t, row, col);

	c->text = xstrdup(text);
	c->prov = prov ? xstrdup(prov) : NULL;
	c->number = 1;
}

void
rp_table_set_prov(struct rp_table *t, size_t row, size_t col, const char *text,
	const char *prov)
{
	struct rp_cell *c = cell(t, row, col);

	c->text = yp_zh_brackets(text);
	c->prov = prov ? xstrdup(prov) : NULL;
}

void
rp_table_set_code(struct rp_table *t, size_t row, size_t col, const char *text,
	const char *prov)
{
	struct rp_cell *c = cell(t, row, col);

	c->text = xstrdup(text);
	c->prov = prov ? xstrdup(prov) : NULL;
	c->code = 1;
}

void
rp_table_set_gap(struct rp_table *t, size_t row, size_t col, const char *what)
{
	struct rp_cell *c = cell(t, row, col);

	c->text = xstrdup(what);
	c->gap = 1;
}

void
rp_table_free(struct rp_table *t)
{
	size_t i;

	if (!t)
		return;
	for (i = 0; i < t->nrows * t->ncols; i++) {
		free(t->cells[i].text);
		free(t->cells[i].prov);
	}
	for (i = 0; i < t->ncols; i++)
		free(t->head[i]);
	free(t->cells);
	free(t->head);
	free(t->name);
	free(t->caption);
	free(t->note);
	free(t);
}

size_t
rp_text_chars(const char *s)
{
	size_t n = 0;

	for (; *s; s++)
		if (((unsigned char)*s & 0xC0) != 0x80)
			n++;
	return n;
}

/* "23（21～25）": the number, then its bracket kept whole, so that a
 * narrow column breaks the line before the bracket only. */
static void
number_and_interval(struct rp_out *o, const struct rp_cell *c)
{
	const char *b = strstr(c->text, "（");
	char *first = xstrndup(c->text, (size_t)(b - c->text));

	rp_number(o, first, c->prov);
	rp_html_only(o, "<span class=\"nw\">");
	rp_number(o, b, c->prov);
	rp_html_only(o, "</span>");
	free(first);
}

void
rp_table_markdown(const struct rp_table *t, struct rp_out *o)
{
	char num[32];
	size_t r, k;
	int *right, *keep;

	snprintf(num, sizeof num, "表%d　", t->number);
	rp_md_only(o, "**");
	rp_md_only(o, num);
	rp_html_only(o, "<p class=\"caption table-caption\">");
	rp_html_only(o, num);
	rp_words(o, t->caption);
	rp_md_only(o, "**");
	rp_html_only(o, "</p>");
	rp_markdown(o, "\n\n|");
	right = xcalloc(t->ncols, sizeof *right);
	keep = xcalloc(t->ncols, sizeof *keep);
	for (k = 0; k < t->ncols; k++)
		keep[k] = 1;
	for (r = 0; r < t->nrows; r++)
		for (k = 0; k < t->ncols; k++) {
			const struct rp_cell *c = &t->cells[r * t->ncols + k];

			if (c->number)
				right[k] = 1;
			if (c->text && rp_text_chars(c->text) > RP_KEEP_CHARS)
				keep[k] = 0;
		}
	/* A column of short words (类别 民生福祉, 研判 符合趋势, “十四五”,
	 * names up to nine characters) and a short heading (序号, 单位) are
	 * not broken between their characters when the page is narrow: the
	 * long names wrap instead (地区生产总值 stood on two lines).
	 * Numbers are kept whole by the style sheet. */
	for (k = 0; k < t->ncols; k++) {
		int nw = rp_text_chars(t->head[k]) <= 4;

		rp_markdown(o, " ");
		if (nw)
			rp_html_only(o, "<span class=\"nw\">");
		rp_words(o, t->head[k]);
		if (nw)
			rp_html_only(o, "</span>");
		rp_markdown(o, " |");
	}
	rp_markdown(o, "\n|");
	for (k = 0; k < t->ncols; k++)
		rp_markdown(o, right[k] ? " ---: |" : " --- |");
	rp_markdown(o, "\n");
	o->in_table = 1;
	for (r = 0; r < t->nrows; r++) {
		rp_markdown(o, "|");
		for (k = 0; k < t->ncols; k++) {
			const struct rp_cell *c = &t->cells[r * t->ncols + k];

			rp_markdown(o, " ");
			if (c->gap) {
				rp_gap(o, c->text);
			} else if (c->code) {
				/* a checksum: code, so it may break anywhere (in
				 * the HTML the span goes inside <code>: a code span
				 * of Markdown would show the tags) */
				rp_md_only(o, "`");
				rp_md_only(o, c->text);
				rp_md_only(o, "`");
				rp_html_only(o, "<code>");
				{
					struct rp_out tmp = { 0 };

					rp_number(&tmp, c->text, c->prov);
					rp_html_only(o, yp_sbuf_str(&tmp.html));
					rp_out_free(&tmp);
				}
				rp_html_only(o, "</code>");
			} else {
				/* nw: kept whole; wide: a column of long names,
				 * given room so that the numbers beside it do not
				 * squeeze it to two characters a line; brk: a
				 * number with its interval, which may break before
				 * its bracket */
				const char *cls = !c->text ? NULL :
				    !right[k] && keep[k] ? "nw" :
				    !right[k] ? "wide" :
				    strstr(c->text, "（") ? "brk" : NULL;

				if (cls) {
					rp_html_only(o, "<span class=\"");
					rp_html_only(o, cls);
					rp_html_only(o, "\">");
				}
				if (cls && strcmp(cls, "brk") == 0)
					number_and_interval(o, c);
				else if (c->number || c->prov)
					rp_number(o, c->text, c->prov);
				else if (c->text)
					rp_words(o, c->text);
				if (cls)
					rp_html_only(o, "</span>");
			}
			rp_markdown(o, " |");
		}
		rp_markdown(o, "\n");
	}
	o->in_table = 0;
	free(right);
	free(keep);
	if (t->note) {
		rp_markdown(o, "\n");
		rp_html_only(o, "<p class=\"table-note\">");
		rp_words(o, t->note);
		rp_html_only(o, "</p>");
		rp_markdown(o, "\n");
	}
}

static void
csv_row(FILE *fp, const char *const *cells, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		if (i)
			putc(',', fp);
		yp_csv_put_field(fp, cells[i] ? cells[i] : "");
	}
	fputs("\r\n", fp);	/* Excel's own line end */
}

int
rp_table_csv(const struct rp_table *t, FILE *fp)
{
	const char **row = xcalloc(t->ncols, sizeof *row);
	size_t r, k;

	fputs("\xef\xbb\xbf", fp);	/* byte-order mark: Excel reads UTF-8 */
	csv_row(fp, (const char *const *)t->head, t->ncols);
	for (r = 0; r < t->nrows; r++) {
		for (k = 0; k < t->ncols; k++) {
			const struct rp_cell *c = &t->cells[r * t->ncols + k];

			row[k] = c->gap ? "【缺】" : c->text;
		}
		csv_row(fp, row, t->ncols);
	}
	free(row);
	return fflush(fp) != 0 || ferror(fp) ? -1 : 0;
}

/* ---- cells from records ----------------------------------------------------- */

/* Put a record's value into a cell; a missing one is a gap with --gaps,
 * else noted (the table then fails).  Returns 0 or -1. */
static int
cell_value(struct rp_ctx *c, struct rp_table *t, size_t row, size_t col,
	const struct rp_rec *rec, const char *ind, const char *measure,
	const char *period, int decimals, const char *unit_override)
{
	char buf[RP_NUMSZ + 32];
	const char *unit;

	if (!rec) {
		rec = rp_get(c, ind, measure, period);
		if (!rec) {
			if (!c->r->opt.gaps)
				return -1;
			char *what = rp_key_text(c->region, ind, measure, period);
			rp_table_set_gap(t, row, col, what);
			yp_warn_at(c->r->tpl.path, c->p->line, "{{table}}: %s: "
			    "marked as a gap", c->missing ? c->missing : what);
			free(what);
			free(c->missing);
			c->missing = NULL;
			c->r->out.gaps++;
			return 0;
		}
	}
	unit = unit_override ? unit_override : rec->unit;
	if (decimals < 0)
		decimals = rp_default_decimals(unit, rec->value);
	rp_format_value(rec->value, unit, decimals, 0, buf, sizeof buf);
	rp_table_set_num(t, row, col, buf, rp_val_of(c, rec).prov);
	return 0;
}

/* Chinese name of a five-year plan by its span, or NULL. */
static const char *
plan_name(int from, int to)
{
	static const struct { int from; const char *name; } plans[] = {
		{ 1981, "六五" }, { 1986, "七五" }, { 1991, "八五" },
		{ 1996, "九五" }, { 2001, "十五" }, { 2006, "十一五" },
		{ 2011, "十二五" }, { 2016, "十三五" }, { 2021, "十四五" },
		{ 2026, "十五五" }, { 2031, "十六五" }
	};
	size_t i;

	for (i = 0; i < sizeof plans / sizeof plans[0]; i++)
		if (plans[i].from == from && to == from + 4)
			return plans[i].name;
	return NULL;
}

/* "“十四五”" or "2021—2024年" for a span; "2025年" for a year. */
static char *
period_label(const char *period)
{
	int from, to;
	const char *plan;

	yp_period_parse(period, &from, &to);
	if (from == to)
		return xasprintf("%d年", from);
	plan = plan_name(from, to);
	if (plan)
		return xasprintf("“%s”", plan);
	return xasprintf("%d—%d年", from, to);
}

static const char *
table_caption(struct rp_ctx *c, const char *fallback)
{
	const char *t = rp_placeholder_opt(c->p, "title");

	return t ? t : fallback;
}

/* The args split into periods and indicators. */
struct mix {
	const char **periods, **inds;
	size_t nperiods, ninds;
};

static int
split_args(struct rp_ctx *c, size_t start, struct mix *m)
{
	size_t i;
	const struct yp_indicator *ind;

	memset(m, 0, sizeof *m);
	m->periods = xcalloc(c->p->nargs + 1, sizeof *m->periods);
	m->inds = xcalloc(c->p->nargs + 1, sizeof *m->inds);
	for (i = start; i < c->p->nargs; i++) {
		const char *a = c->p->args[i];

		if (a[0] == '$') {
			const char *v = rp_template_meta(&c->r->tpl, a + 1);

			if (!v) {
				rp_bad(c, "%s: not set in the front matter", a);
				return -1;
			}
			a = v;
		}
		if (rp_is_period(a)) {
			m->periods[m->nperiods++] = a;
		} else if (yp_indicator_get(c->r->cfg, a) ||
		    strncmp(a, "x.", 2) == 0) {
			m->inds[m->ninds++] = a;
		} else if ((ind = yp_indicator_match(c->r->cfg, a)) != NULL) {
			m->inds[m->ninds++] = ind->code;
		} else {
			rp_bad(c, "%s: neither a period nor an indicator of "
			    "config/indicators.csv", a);
			return -1;
		}
	}
	return 0;
}

static void
mix_free(struct mix *m)
{
	free(m->periods);
	free(m->inds);
}

static int
is_rate(struct rp_ctx *c, const char *ind)
{
	const struct yp_indicator *i = yp_indicator_get(c->r->cfg, ind);

	return i && strcmp(i->kind, "rate") == 0;
}

/* ---- {{table indicators PERIOD... IND...}} -------------------------------- */

static struct rp_table *
table_indicators(struct rp_ctx *c)
{
	static const char *const growth[] = { "cagr_real", "real_growth", "cagr", NULL };
	static const char *const points[] = { "pp_change", NULL };
	struct mix m;
	struct rp_table *t = NULL;
	const char **head;
	char **labels;
	size_t ncols = 0, i, j, row, nh = 0;
	int bad = 0, any_amount = 0, any_rate = 0;

	if (split_args(c, 1, &m) < 0 || m.nperiods == 0 || m.ninds == 0) {
		if (!c->bad)
			rp_bad(c, "write {{table indicators PERIOD... INDICATOR...}}");
		mix_free(&m);
		return NULL;
	}
	for (i = 0; i < m.ninds; i++) {
		if (is_rate(c, m.inds[i]))
			any_rate = 1;
		else
			any_amount = 1;
	}
	head = xcalloc(2 + 2 * m.nperiods, sizeof *head);
	labels = xcalloc(2 * m.nperiods, sizeof *labels);
	head[ncols++] = "指标";
	head[ncols++] = "单位";
	for (j = 0; j < m.nperiods; j++) {
		char *pl = period_label(m.periods[j]);
		int from, to;

		yp_period_parse(m.periods[j], &from, &to);
		if (from == to) {
			labels[nh] = xasprintf("%s", pl);
			head[ncols++] = labels[nh++];
		} else {
			if (any_amount) {
				labels[nh] = xasprintf("%s年均增长（%%）", pl);
				head[ncols++] = labels[nh++];
			}
			if (any_rate) {
				labels[nh] = xasprintf("%s变化（百分点）", pl);
				head[ncols++] = labels[nh++];
			}
		}
		free(pl);
	}
	t = rp_table_new("indicators", table_caption(c, "主要指标"), ncols, head);
	for (i = 0; i < m.ninds; i++) {
		const char *ind = m.inds[i];
		size_t col = 2;
		int rate = is_rate(c, ind);

		row = rp_table_row(t);
		rp_table_set(t, row, 0, rp_indicator_name(c->r, ind));
		rp_table_set(t, row, 1, rp_indicator_unit(c->r, ind));
		for (j = 0; j < m.nperiods; j++) {
			int from, to;
			const struct rp_rec *rec;

			yp_period_parse(m.periods[j], &from, &to);
			if (from == to) {
				bad |= cell_value(c, t, row, col++, NULL, ind,
				    "value", m.periods[j], -1, NULL);
				continue;
			}
			if (any_amount) {
				if (rate) {
					rp_table_set(t, row, col++, "—");
				} else {
					rec = rp_get_any(c, ind, growth, m.periods[j]);
					bad |= cell_value(c, t, row, col++, rec, ind,
					    growth[0], m.periods[j], 1, "%");
				}
			}
			if (any_rate) {
				if (!rate) {
					rp_table_set(t, row, col++, "—");
				} else {
					rec = rp_get_any(c, ind, points, m.periods[j]);
					bad |= cell_value(c, t, row, col++, rec, ind,
					    points[0], m.periods[j], 1, "百分点");
				}
			}
		}
	}
	for (i = 0; i < nh; i++)
		free(labels[i]);
	free(labels);
	free(head);
	mix_free(&m);
	if (bad) {
		rp_table_free(t);
		return NULL;
	}
	return t;
}

/* ---- {{table growth SPAN... IND...}}: average annual growth by plan -------- */

static struct rp_table *
table_growth(struct rp_ctx *c)
{
	static const char *const real[] = { "cagr_real", "real_growth", "cagr", NULL };
	static const char *const points[] = { "pp_change", NULL };
	struct mix m;
	struct rp_table *t;
	const char **head;
	char **labels;
	size_t i, j, row;
	int bad = 0, any_rate = 0;

	if (split_args(c, 1, &m) < 0 || m.nperiods == 0 || m.ninds == 0) {
		if (!c->bad)
			rp_bad(c, "write {{table growth SPAN... INDICATOR...}}");
		mix_free(&m);
		return NULL;
	}
	head = xcalloc(1 + m.nperiods, sizeof *head);
	labels = xcalloc(m.nperiods, sizeof *labels);
	head[0] = "指标";
	for (j = 0; j < m.nperiods; j++)
		head[1 + j] = labels[j] = period_label(m.periods[j]);
	/* the caption names the unit of what the table holds */
	for (i = 0; i < m.ninds; i++)
		any_rate |= is_rate(c, m.inds[i]);
	t = rp_table_new("growth", table_caption(c, any_rate ?
	    "各规划期年均增速（%；比率类为变化百分点）" :
	    "各规划期年均增速（%）"), 1 + m.nperiods, head);
	for (i = 0; i < m.ninds; i++) {
		int rate = is_rate(c, m.inds[i]);

		row = rp_table_row(t);
		rp_table_set(t, row, 0, rp_indicator_name(c->r, m.inds[i]));
		for (j = 0; j < m.nperiods; j++) {
			const char *const *ms = rate ? points : real;
			const struct rp_rec *rec = rp_get_any(c, m.inds[i], ms,
			    m.periods[j]);

			bad |= cell_value(c, t, row, 1 + j, rec, m.inds[i], ms[0],
			    m.periods[j], 1, rate ? "百分点" : "%");
		}
	}
	t->note = xstrdup(any_rate ? "注：地区生产总值及各产业增加值按可比"
	    "价格计算，其余指标按当年价格计算；比率类指标为规划期内变化的"
	    "百分点。" : "注：地区生产总值及各产业增加值按可比价格计算，其余"
	    "指标按当年价格计算。");
	for (j = 0; j < m.nperiods; j++)
		free(labels[j]);
	free(labels);
	free(head);
	mix_free(&m);
	if (bad) {
		rp_table_free(t);
		return NULL;
	}
	return t;
}

/* ---- {{table structure YEAR...}}: three-sector structure ------------------- */

static struct rp_table *
table_structure(struct rp_ctx *c)
{
	static const char *const head[] = {
		"年份", "地区生产总值（亿元）", "第一产业（%）", "第二产业（%）",
		"第三产业（%）", "三次产业结构"
	};
	static const char *const sec[3] = {
		"gdp.primary", "gdp.secondary", "gdp.tertiary"
	};
	struct mix m;
	struct rp_table *t;
	size_t j, row;
	int bad = 0, k;

	if (split_args(c, 1, &m) < 0 || m.nperiods == 0 || m.ninds != 0) {
		if (!c->bad)
			rp_bad(c, "write {{table structure YEAR...}}");
		mix_free(&m);
		return NULL;
	}
	t = rp_table_new("structure", table_caption(c, "三次产业结构"), 6, head);
	for (j = 0; j < m.nperiods; j++) {
		const struct rp_rec *s[3];
		char buf[3 * RP_NUMSZ];
		char *y = period_label(m.periods[j]);
		int ok = 1;

		row = rp_table_row(t);
		rp_table_set(t, row, 0, y);
		free(y);
		bad |= cell_value(c, t, row, 1, NULL, "gdp", "value",
		    m.periods[j], -1, NULL);
		for (k = 0; k < 3; k++) {
			s[k] = rp_get(c, sec[k], "share", m.periods[j]);
			bad |= cell_value(c, t, row, 2 + k, s[k], sec[k], "share",
			    m.periods[j], 1, NULL);
			ok = ok && s[k];
		}
		if (ok) {
			char a[RP_NUMSZ], b[RP_NUMSZ], d[RP_NUMSZ];

			rp_round(s[0]->value, 1, a);
			rp_round(s[1]->value, 1, b);
			rp_round(s[2]->value, 1, d);
			snprintf(buf, sizeof buf, "%s:%s:%s", a, b, d);
			rp_table_set_num(t, row, 5, buf, rp_keep(c, xasprintf(
			    "gdp.primary, gdp.secondary, gdp.tertiary share %s",
			    m.periods[j])));
		} else {
			rp_table_set(t, row, 5, "—");
		}
	}
	mix_free(&m);
	if (bad) {
		rp_table_free(t);
		return NULL;
	}
	return t;
}

/* ---- {{table pull PERIOD...}}: contribution and pull of the sectors -------- */

static struct rp_table *
table_pull(struct rp_ctx *c)
{
	static const char *const head[] = {
		"时期", "GDP增长（%）", "第一产业贡献率（%）", "第一产业拉动（百分点）",
		"第二产业贡献率（%）", "第二产业拉动（百分点）",
		"第三产业贡献率（%）", "第三产业拉动（百分点）"
	};
	static const char *const sec[3] = {
		"gdp.primary", "gdp.secondary", "gdp.tertiary"
	};
	static const char *const year_growth[] = { "yoy_real", "real_growth", NULL };
	static const char *const span_growth[] = { "cagr_real", "real_growth", NULL };
	struct mix m;
	struct rp_table *t;
	size_t j, row;
	int bad = 0, k;

	if (split_args(c, 1, &m) < 0 || m.nperiods == 0 || m.ninds != 0) {
		if (!c->bad)
			rp_bad(c, "write {{table pull PERIOD...}}");
		mix_free(&m);
		return NULL;
	}
	t = rp_table_new("pull", table_caption(c,
	    "三次产业对经济增长的贡献率和拉动"), 8, head);
	for (j = 0; j < m.nperiods; j++) {
		int from, to;
		char *label = period_label(m.periods[j]);
		const char *const *g;

		yp_period_parse(m.periods[j], &from, &to);
		g = from == to ? year_growth : span_growth;
		row = rp_table_row(t);
		rp_table_set(t, row, 0, label);
		free(label);
		bad |= cell_value(c, t, row, 1, rp_get_any(c, "gdp", g,
		    m.periods[j]), "gdp", g[0], m.periods[j], 1, "%");
		for (k = 0; k < 3; k++) {
			bad |= cell_value(c, t, row, 2 + 2 * k, NULL, sec[k],
			    "contribution", m.periods[j], 1, "%");
			/* one decimal, as the text says the pull and as
			 * communiqués print it */
			bad |= cell_value(c, t, row, 3 + 2 * k, NULL, sec[k],
			    "pull", m.periods[j], 1, "百分点");
		}
	}
	t->note = xstrdup("注：按可比价格计算。规划期一行为年均增速、"
	    "全期贡献率和年均拉动。");
	mix_free(&m);
	if (bad) {
		rp_table_free(t);
		return NULL;
	}
	return t;
}

/* ---- {{table targets PLAN binding|indicative}} ----------------------------- */

/* One target: a row of config/targets.csv when there is one, else what
 * its record's note says. */

/* The attribute of a target record from its note ("十四五 约束性 ..."). */
static int
note_is(const struct rp_rec *t, const char *attr)
{
	return strstr(t->note, strcmp(attr, "binding") == 0 ? "约束性" :
	    "预期性") != NULL;
}

/* The plan's Chinese name of a span ("十四五" of 2021-2025), or NULL. */
static const char *
plan_of(const char *period)
{
	int from, to;

	yp_period_parse(period, &from, &to);
	return plan_name(from, to);
}

static size_t
targets_of(struct rp_ctx *c, const char *plan, const char *attr,
	struct rp_target **out)
{
	struct yp_table *cfg = c->r->targets;
	const char *zh = strcmp(attr, "binding") == 0 ? "约束性" : "预期性";
	const char *pname = plan_of(plan);
	struct rp_target *v = NULL;
	size_t n = 0, i, first, nr;

	if (cfg && pname) {
		int cr = yp_table_col(cfg, "region"), ci = yp_table_col(cfg, "indicator");
		int cp = yp_table_col(cfg, "plan"), cc = yp_table_col(cfg, "category");
		int cn = yp_table_col(cfg, "name"), ct = yp_table_col(cfg, "type");
		int cu = yp_table_col(cfg, "unit"), ca = yp_table_col(cfg, "attribute");

		for (i = 0; i < cfg->nrows; i++) {
			const struct yp_region *reg;
			const char *rn = yp_table_cell(cfg, i, cr);

			reg = yp_region_match(c->r->cfg, rn);
			if (strcmp(reg ? reg->name : rn, c->region) != 0 ||
			    strcmp(yp_table_cell(cfg, i, cp), pname) != 0 ||
			    strcmp(yp_table_cell(cfg, i, ca), zh) != 0)
				continue;
			v = xrealloc(v, (n + 1) * sizeof *v);
			v[n].indicator = yp_table_cell(cfg, i, ci);
			{
				const struct yp_indicator *ind =
				    yp_indicator_match(c->r->cfg, v[n].indicator);

				if (ind)
					v[n].indicator = ind->code;
			}
			v[n].category = yp_table_cell(cfg, i, cc);
			v[n].name = yp_table_cell(cfg, i, cn);
			v[n].type = yp_table_cell(cfg, i, ct);
			v[n].unit = yp_table_cell(cfg, i, cu);
			v[n].rec = rp_store_get(&c->r->store, c->region,
			    v[n].indicator, "target", plan);
			n++;
		}
		if (n > 0) {
			*out = v;
			return n;
		}
	}
	/* no config table for this region: the target records themselves */
	nr = rp_store_range(&c->r->store, c->region, NULL, NULL, &first);
	for (i = first; i < first + nr; i++) {
		const struct rp_rec *r = c->r->store.recs[i];

		if (strcmp(r->measure, "target") != 0 ||
		    strcmp(r->period, plan) != 0 || !note_is(r, attr))
			continue;
		v = xrealloc(v, (n + 1) * sizeof *v);
		v[n].indicator = r->indicator;
		v[n].category = "";
		v[n].name = rp_indicator_name(c->r, r->indicator);
		v[n].type = strstr(r->note, "cumulative") ? "cumulative" :
		    strstr(r->note, "average annual growth") ? "growth" :
		    strstr(r->note, "in step") ? "in_step" :
		    strstr(r->note, "upper bound") ? "max" :
		    strstr(r->note, "lower bound") ? "min" : "level";
		v[n].unit = r->unit;
		v[n].rec = r;
		n++;
	}
	*out = v;
	return n;
}

int
rp_target_find(struct rp_ctx *c, const char *indicator, const char *plan,
	struct rp_target *out)
{
	static const char *const attrs[] = { "binding", "indicative" };
	struct rp_target *v;
	size_t n, i;
	int k, found = 0;

	for (k = 0; k < 2 && !found; k++) {
		n = targets_of(c, plan, attrs[k], &v);
		for (i = 0; i < n; i++)
			if (strcmp(v[i].indicator, indicator) == 0) {
				*out = v[i];
				found = 1;
				break;
			}
		free(v);
	}
	return found;
}

/* A target or actual value as plan tables print it: 〔14.5〕 for a
 * cumulative change (the size of a fall when the name says 降低/下降),
 * ≤35 and ≥85 for bounds, the value for levels and rates. */
static void
target_text(const struct rp_target *tg, double v, int is_target, char *buf,
	size_t sz)
{
	char num[RP_NUMSZ];
	const char *t = tg->type;
	int falls = strstr(tg->name, "降低") || strstr(tg->name, "下降") ||
	    strstr(tg->name, "减少");
	int dec;

	if (strcmp(t, "cumulative") == 0) {
		rp_round(falls ? -v : v, 1, num);
		snprintf(buf, sz, "〔%s〕", num);
		return;
	}
	if (strcmp(t, "cumulative_abs") == 0) {
		rp_round(v, rp_default_decimals(tg->unit, v), num);
		snprintf(buf, sz, "〔%s〕", num);
		return;
	}
	dec = strcmp(t, "growth") == 0 || strcmp(t, "in_step") == 0 ? 1 :
	    rp_default_decimals(tg->unit, v);
	rp_round(v, dec, num);
	if (is_target && strcmp(t, "max") == 0)
		snprintf(buf, sz, "≤%s", num);
	else if (is_target && strcmp(t, "min") == 0)
		snprintf(buf, sz, "≥%s", num);
	else
		snprintf(buf, sz, "%s", num);
}

static const char *
target_unit(const struct rp_target *tg)
{
	if (strcmp(tg->type, "growth") == 0 || strcmp(tg->type, "in_step") == 0 ||
	    strcmp(tg->type, "cumulative") == 0)
		return "%";
	return tg->unit;
}

/* A cell from a record that may be absent or M: "—" then. */
static const struct rp_rec *
optional(struct rp_ctx *c, struct rp_table *t, size_t row, size_t col,
	const char *ind, const char *measure, const char *plan)
{
	const struct rp_rec *r = rp_store_get(&c->r->store, c->region, ind,
	    measure, plan);

	if (!r || !r->has_value) {
		if (r)
			rp_table_set_prov(t, row, col, "—", rp_keep(c,
			    rp_prov(&c->r->store, r)));
		else
			rp_table_set(t, row, col, "—");
		return NULL;
	}
	return r;
}

/* The base and target cells of a target row, in columns col and col + 1,
 * as both plan tables show them: a level target's base value, "—" for a
 * rate or cumulative 〔〕 target (it has no level of its own), and the
 * target itself.  Returns 0, or -1 after an error it reported. */
static int
base_and_target_cells(struct rp_ctx *c, struct rp_table *t, size_t row,
	size_t col, const struct rp_target *tg, const char *plan)
{
	const struct rp_rec *r;
	char buf[4 * RP_NUMSZ];
	int level = strcmp(tg->type, "level") == 0 || strcmp(tg->type, "max") == 0 ||
	    strcmp(tg->type, "min") == 0;

	if (level && (r = optional(c, t, row, col, tg->indicator, "target.base",
	    plan)) != NULL) {
		target_text(tg, r->value, 0, buf, sizeof buf);
		rp_table_set_num(t, row, col, buf, rp_val_of(c, r).prov);
	} else if (!level) {
		rp_table_set(t, row, col, "—");
	}
	if (strcmp(tg->type, "in_step") == 0)
		rp_table_set_prov(t, row, col + 1, "与经济增长同步", tg->rec ?
		    rp_val_of(c, tg->rec).prov : NULL);
	else if (tg->rec && tg->rec->has_value) {
		target_text(tg, tg->rec->value, 1, buf, sizeof buf);
		rp_table_set_num(t, row, col + 1, buf, rp_val_of(c, tg->rec).prov);
	} else if (cell_value(c, t, row, col + 1, NULL, tg->indicator, "target",
	    plan, -1, NULL) < 0)
		return -1;
	return 0;
}

static int
target_row_ended(struct rp_ctx *c, struct rp_table *t, size_t row,
	const struct rp_target *tg, const char *plan)
{
	const struct rp_rec *r;
	char buf[RP_NUMSZ + 16];

	if (base_and_target_cells(c, t, row, 4, tg, plan) < 0)
		return -1;
	r = rp_get(c, tg->indicator, "actual", plan);
	if (!r) {
		if (cell_value(c, t, row, 6, NULL, tg->indicator, "actual", plan,
		    -1, NULL) < 0)
			return -1;
	} else {
		target_text(tg, r->value, 0, buf, sizeof buf);
		rp_table_set_num(t, row, 6, buf, rp_val_of(c, r).prov);
	}
	r = rp_get(c, tg->indicator, "achieved", plan);
	if (r)
		rp_table_set_prov(t, row, 7, r->value >= 0.5 ? "已完成" : "未完成",
		    rp_val_of(c, r).prov);
	else if (cell_value(c, t, row, 7, NULL, tg->indicator, "achieved",
	    plan, 0, NULL) < 0)
		return -1;
	r = optional(c, t, row, 8, tg->indicator, "completion", plan);
	if (r) {
		rp_round(r->value * 100, 1, buf);
		rp_table_set_num(t, row, 8, buf, rp_val_of(c, r).prov);
	}
	return 0;
}

/* Decimals of a required or achieved yearly rate: one for a growth in
 * %, two for a change of a rate in 百分点. */
static int
rate_decimals(const struct rp_rec *r)
{
	return strcmp(r->unit, "%") == 0 ? 1 : 2;
}

static int
target_row_next(struct rp_ctx *c, struct rp_table *t, size_t row,
	const struct rp_target *tg, const char *plan)
{
	static const char *const verdict[] = { "", "符合趋势", "需加力", "难度较大" };
	const struct rp_rec *r, *lo, *hi;
	char buf[4 * RP_NUMSZ];

	if (base_and_target_cells(c, t, row, 3, tg, plan) < 0)
		return -1;
	/* growth rates with one decimal as percentages are printed; a
	 * yearly change of a rate in 百分点 with two, since such changes
	 * are small (R&D intensity: 0.08 a year) */
	if ((r = optional(c, t, row, 5, tg->indicator, "required_rate", plan)))
		cell_value(c, t, row, 5, r, tg->indicator, "required_rate", plan,
		    rate_decimals(r), NULL);
	if ((r = optional(c, t, row, 6, tg->indicator, "hist_rate.14", plan)))
		cell_value(c, t, row, 6, r, tg->indicator, "hist_rate.14", plan,
		    rate_decimals(r), NULL);
	if ((r = optional(c, t, row, 7, tg->indicator, "rate_ratio.14", plan)))
		cell_value(c, t, row, 7, r, tg->indicator, "rate_ratio.14", plan,
		    2, NULL);
	if (strcmp(tg->type, "growth") == 0 || strcmp(tg->type, "in_step") == 0 ||
	    strncmp(tg->type, "cumulative", 10) == 0) {
		/* the projection of a rate or 〔〕 target is a level (of GDP,
		 * of energy per unit of GDP), not comparable with the target:
		 * the forecasts table has it */
		rp_table_set(t, row, 8, "—");
		r = NULL;
	} else {
		r = optional(c, t, row, 8, tg->indicator, "projection", plan);
	}
	lo = rp_store_get(&c->r->store, c->region, tg->indicator,
	    "projection.lo95", plan);
	hi = rp_store_get(&c->r->store, c->region, tg->indicator,
	    "projection.hi95", plan);
	if (r && lo && hi && lo->has_value && hi->has_value) {
		char a[RP_NUMSZ], b[RP_NUMSZ], d[RP_NUMSZ];
		int dec = rp_default_decimals(r->unit, r->value);

		rp_round(r->value, dec, a);
		rp_round(lo->value, dec, b);
		rp_round(hi->value, dec, d);
		snprintf(buf, sizeof buf, "%s（%s～%s）", a, b, d);
		rp_table_set_num(t, row, 8, buf, rp_val_of(c, r).prov);
	}
	r = rp_get(c, tg->indicator, "verdict", plan);
	if (!r)
		return cell_value(c, t, row, 9, NULL, tg->indicator, "verdict",
		    plan, 0, NULL);
	{
		int code = (int)r->value;

		rp_table_set_prov(t, row, 9, rp_label(c->r, "verdict", code,
		    code >= 1 && code <= 3 ? verdict[code] : r->note),
		    rp_val_of(c, r).prov);
	}
	return 0;
}

/* The unit of the required rates of targets v: "%", "百分点", or NULL
 * when both occur (the note says which rows are which; a heading that
 * named both was too wide for the page). */
static const char *
rate_unit_heading(struct rp_ctx *c, const struct rp_target *v, size_t n,
	const char *plan)
{
	int pct = 0, pp = 0;
	size_t i;

	for (i = 0; i < n; i++) {
		const struct rp_rec *r = rp_store_get(&c->r->store, c->region,
		    v[i].indicator, "required_rate", plan);

		if (!r)
			continue;
		if (strcmp(r->unit, "%") == 0)
			pct = 1;
		else
			pp = 1;
	}
	return pct && pp ? NULL : pp ? "百分点" : "%";
}

static struct rp_table *
table_targets(struct rp_ctx *c)
{
	static const char *const head14[] = {
		"序号", "类别", "指标", "单位", "基期值", "目标值", "实际值",
		"完成情况", "完成度（%）"
	};
	const char *head15[] = {
		"序号", "指标", "单位", "基期值", "目标值", "所需年均增速",
		"“十四五”年均", "速度比", "2030年预测（95%区间）", "研判"
	};
	char req_head[64], hist_head[64];
	const char *plan, *attr;
	struct rp_target *v;
	struct rp_table *t;
	size_t n, i, row;
	int next, bad = 0;
	char *caption, *pl, buf[32];

	if (c->p->nargs != 3 || !rp_is_period(c->p->args[1]) ||
	    (strcmp(c->p->args[2], "binding") != 0 &&
	    strcmp(c->p->args[2], "indicative") != 0)) {
		rp_bad(c, "write {{table targets PLAN binding}} or "
		    "{{table targets PLAN indicative}}");
		return NULL;
	}
	plan = c->p->args[1];
	attr = c->p->args[2];
	n = targets_of(c, plan, attr, &v);
	if (n == 0) {
		free(v);
		c->missing = xasprintf("%s: no %s targets for %s (config/"
		    "targets.csv and yp-trend --targets)", c->region, attr, plan);
		return NULL;
	}
	/* a plan that is to come has required rates, one that ended actuals */
	next = 0;
	for (i = 0; i < n; i++)
		if (rp_store_get(&c->r->store, c->region, v[i].indicator,
		    "required_rate", plan))
			next = 1;
	pl = period_label(plan);
	caption = xasprintf("%s规划%s指标%s", pl, strcmp(attr, "binding") == 0 ?
	    "约束性" : "预期性", next ? "目标可行性研判" : "完成情况");
	free(pl);
	if (next) {
		/* the rates' unit in their headings: % for growth, 百分点 for
		 * the yearly change of a rate, both named when both occur */
		const char *u = rate_unit_heading(c, v, n, plan);

		snprintf(req_head, sizeof req_head, "所需年均增速%s%s%s",
		    u ? "（" : "", u ? u : "", u ? "）" : "");
		snprintf(hist_head, sizeof hist_head, "“十四五”年均%s%s%s",
		    u ? "（" : "", u ? u : "", u ? "）" : "");
		head15[5] = req_head;
		head15[6] = hist_head;
	}
	t = rp_table_new(next ? "targets-next" : "targets",
	    table_caption(c, caption), next ? 10 : 9, next ? head15 : head14);
	free(caption);
	for (i = 0; i < n && !bad; i++) {
		/* the next plan's table is wide: no category column */
		size_t k = 0;

		row = rp_table_row(t);
		snprintf(buf, sizeof buf, "%zu", i + 1);
		rp_table_set(t, row, k++, buf);
		if (!next)
			rp_table_set(t, row, k++, v[i].category);
		rp_table_set(t, row, k++, v[i].name);
		rp_table_set(t, row, k++, target_unit(&v[i]));
		bad = (next ? target_row_next : target_row_ended)(c, t, row, &v[i],
		    plan) < 0;
	}
	if (next)
		t->note = xstrdup("注：〔〕内为五年累计数。所需年均增速为自2025年"
		    "实际值达到2030年目标所需的年均增速（%，比率类指标为年均变化"
		    "百分点），“十四五”年均为同口径的实际值；速度比为二者之比；"
		    "2030年预测为指标水平值的趋势外推，与增速类和累计类目标不可"
		    "比，不列；研判规则见 config/verdicts.csv。");
	else
		t->note = xstrdup("注：〔〕内为五年累计数；年均增长类指标的实际值"
		    "为“十四五”时期实际年均增速；完成度为实际进展与目标进展之比"
		    "（上下限类指标只判断是否完成）。");
	free(v);
	if (bad) {
		rp_table_free(t);
		return NULL;
	}
	return t;
}

/* ---- {{table peers}} {{table shortboards [N]}} ----------------------------- */

/* A statistic of yp-compare that may be not computable (too few peers):
 * then "—", its reason in the provenance. */
static void
cell_stat(struct rp_ctx *c, struct rp_table *t, size_t row, size_t col,
	const char *ind, const char *prefix, const char *stat,
	const char *period, int decimals)
{
	const struct rp_rec *r;
	char m[160];

	snprintf(m, sizeof m, "%s.%s", prefix, stat);
	r = rp_store_get(&c->r->store, c->region, ind, m, period);
	if (!r) {
		rp_table_set(t, row, col, "—");
		return;
	}
	if (!r->has_value) {
		rp_table_set_prov(t, row, col, "—", rp_keep(c, rp_prov(&c->r->store,
		    r)));
		return;
	}
	if (strcmp(stat, "rank") == 0) {
		char buf[32];
		int of = rp_rank_of(r);

		if (of > 0)
			snprintf(buf, sizeof buf, "%.0f/%d", r->value, of);
		else
			snprintf(buf, sizeof buf, "%.0f", r->value);
		rp_table_set_num(t, row, col, buf, rp_val_of(c, r).prov);
		return;
	}
	cell_value(c, t, row, col, r, ind, m, period, decimals, NULL);
}

static char *
compare_period(const char *period)
{
	return period_label(period);
}

/* One row of the peer table from a region_value record. */
static void
peer_row(struct rp_ctx *c, struct rp_table *t, const struct rp_rec *rv,
	const char *prefix)
{
	size_t row = rp_table_row(t);
	char *pl = compare_period(rv->period);

	rp_table_set(t, row, 0, rp_compare_label(c->r, rv->indicator, prefix));
	rp_table_set(t, row, 1, pl);
	free(pl);
	rp_table_set(t, row, 2, rv->unit);
	cell_value(c, t, row, 3, rv, rv->indicator, rv->measure, rv->period, -1,
	    NULL);
	cell_stat(c, t, row, 4, rv->indicator, prefix, "peer_mean", rv->period, -1);
	cell_stat(c, t, row, 5, rv->indicator, prefix, "rank", rv->period, 0);
	cell_stat(c, t, row, 6, rv->indicator, prefix, "parent_ratio",
	    rv->period, 2);
	cell_stat(c, t, row, 7, rv->indicator, prefix, "zscore", rv->period, 2);
}

static struct rp_table *
table_peers(struct rp_ctx *c)
{
	static const char *const head[] = {
		"指标", "时期", "单位", "本地", "对标地区均值", "排名",
		"与上级地区之比", "标准化差距"
	};
	struct rp_table *t;
	size_t first, n, i;
	char prefix[128];

	n = rp_store_range(&c->r->store, c->region, NULL, NULL, &first);
	t = rp_table_new("peers", table_caption(c, "与对标地区比较"), 8, head);
	/* in the record order (indicator code), every compared measure */
	for (i = first; i < first + n; i++) {
		const struct rp_rec *r = c->r->store.recs[i];

		if (r->has_value && rp_compare_stat(r->measure, "region_value",
		    prefix, sizeof prefix))
			peer_row(c, t, r, prefix);
	}
	if (t->nrows == 0) {
		rp_table_free(t);
		c->missing = xasprintf("%s: no peer comparison (<measure>."
		    "region_value records of yp-compare) in the inputs",
		    c->region);
		return NULL;
	}
	t->note = xstrdup("注：排名为本地在对标地区（含本地）中的位次，1为最好"
	    "（按指标方向）；与上级地区之比为本地值除以上级地区值；标准化差距为"
	    "本地值与对标地区均值之差除以对标地区标准差；“—”为对标地区数据不足"
	    "无法计算。");
	return t;
}

/* A short board's standardised gap with the sign of its direction, so
 * that below zero is worse for every indicator, as the note says:
 * yp-compare's zscore, negated for an indicator where lower is better
 * (its short_board record's source says short_board(zscore;lower)). */
static void
directed_zscore(struct rp_ctx *c, struct rp_table *t, size_t row, size_t col,
	const struct rp_rec *board, const char *prefix)
{
	const struct rp_rec *z;
	char m[160], buf[RP_NUMSZ];
	int lower = board->source && strstr(board->source, ";lower") != NULL;

	snprintf(m, sizeof m, "%s.zscore", prefix);
	z = rp_store_get(&c->r->store, c->region, board->indicator, m,
	    board->period);
	if (!z || !z->has_value) {
		rp_table_set(t, row, col, "—");
		return;
	}
	rp_round(lower ? -z->value : z->value, 2, buf);
	rp_table_set_num(t, row, col, buf, rp_val_of(c, z).prov);
}

static struct rp_table *
table_shortboards(struct rp_ctx *c)
{
	static const char *const head[] = {
		"序号", "指标", "时期", "单位", "本地", "对标地区均值", "排名",
		"标准化差距（按方向调整）"
	};
	const struct rp_rec **b;
	struct rp_table *t;
	size_t n, i, row, want = 5;
	char buf[32], prefix[128], m[160];
	long w;

	if (c->p->nargs >= 2) {
		if (!yp_parse_long(c->p->args[1], 1, 100, &w)) {
			rp_bad(c, "%s: how many rows (1-100)", c->p->args[1]);
			return NULL;
		}
		want = (size_t)w;
	}
	b = rp_short_boards(c, &n);
	if (n == 0) {
		free(b);
		c->missing = xasprintf("%s: no short-board records (<measure>."
		    "short_board of yp-compare) in the inputs", c->region);
		return NULL;
	}
	if (n > want)
		n = want;
	t = rp_table_new("shortboards", table_caption(c, "短板弱项"), 8, head);
	for (i = 0; i < n; i++) {
		const char *ind = b[i]->indicator, *period = b[i]->period;
		const struct rp_rec *v;
		char *pl;

		rp_compare_stat(b[i]->measure, "short_board", prefix, sizeof prefix);
		row = rp_table_row(t);
		snprintf(buf, sizeof buf, "%zu", i + 1);
		rp_table_set_num(t, row, 0, buf, rp_val_of(c, b[i]).prov);
		rp_table_set(t, row, 1, rp_compare_label(c->r, ind, prefix));
		pl = compare_period(period);
		rp_table_set(t, row, 2, pl);
		free(pl);
		snprintf(m, sizeof m, "%s.region_value", prefix);
		v = rp_get(c, ind, m, period);
		rp_table_set(t, row, 3, v ? v->unit : "");
		if (cell_value(c, t, row, 4, v, ind, m, period, -1, NULL) < 0) {
			free(b);
			rp_table_free(t);
			return NULL;
		}
		cell_stat(c, t, row, 5, ind, prefix, "peer_mean", period, -1);
		cell_stat(c, t, row, 6, ind, prefix, "rank", period, 0);
		directed_zscore(c, t, row, 7, b[i], prefix);
	}
	free(b);
	t->note = xstrdup("注：标准化差距为本地值与对标地区均值之差除以对标"
	    "地区标准差，已按指标方向调整（越小越差：逆向指标取相反数）；短板"
	    "弱项为调整后标准化差距为负的指标，由差到好排列。");
	return t;
}

/* ---- {{table forecasts YEAR IND...}} ---------------------------------------- */

static struct rp_table *
table_forecasts(struct rp_ctx *c)
{
	static const char *const names[] = {
		"", "线性趋势", "对数线性", "Logistic", "GM(1,1)", "Holt",
		"阻尼Holt"
	};
	const char *head[8];
	char h2[32], h3[32];
	struct mix m;
	struct rp_table *t;
	size_t i, row;
	int bad = 0;

	if (split_args(c, 1, &m) < 0 || m.nperiods != 1 || m.ninds == 0) {
		if (!c->bad)
			rp_bad(c, "write {{table forecasts YEAR INDICATOR...}}");
		mix_free(&m);
		return NULL;
	}
	snprintf(h2, sizeof h2, "%s年预测", m.periods[0]);
	snprintf(h3, sizeof h3, "最新实际值");
	head[0] = "指标";
	head[1] = "单位";
	head[2] = h3;
	head[3] = h2;
	head[4] = "80%预测区间";
	head[5] = "95%预测区间";
	head[6] = "选用模型";
	head[7] = "样本外误差（%）";
	t = rp_table_new("forecasts", table_caption(c, "主要指标趋势预测"), 8,
	    head);
	for (i = 0; i < m.ninds; i++) {
		const char *ind = m.inds[i], *y = m.periods[0];
		const struct rp_rec *f, *lo8, *hi8, *lo9, *hi9, *last, *mdl, *err;
		char a[RP_NUMSZ], b[RP_NUMSZ], buf[3 * RP_NUMSZ + 16];
		int dec;

		row = rp_table_row(t);
		rp_table_set(t, row, 0, rp_indicator_name(c->r, ind));
		f = rp_get(c, ind, "forecast", y);
		rp_table_set(t, row, 1, f ? f->unit : rp_indicator_unit(c->r, ind));
		last = rp_latest(c, ind, "value");
		if (last) {
			dec = rp_default_decimals(last->unit, last->value);
			rp_round(last->value, dec, a);
			snprintf(buf, sizeof buf, "%s（%s年）", a, last->period);
			rp_table_set_num(t, row, 2, buf, rp_val_of(c, last).prov);
		} else {
			rp_table_set(t, row, 2, "—");
		}
		bad |= cell_value(c, t, row, 3, f, ind, "forecast", y, -1, NULL);
		lo8 = rp_get(c, ind, "forecast.lo80", y);
		hi8 = rp_get(c, ind, "forecast.hi80", y);
		lo9 = rp_get(c, ind, "forecast.lo95", y);
		hi9 = rp_get(c, ind, "forecast.hi95", y);
		if (!f || !lo8 || !hi8 || !lo9 || !hi9) {
			if (!c->r->opt.gaps) {
				bad = -1;
				continue;
			}
			rp_table_set_gap(t, row, 4, "interval");
			rp_table_set_gap(t, row, 5, "interval");
			free(c->missing);
			c->missing = NULL;
		} else {
			dec = rp_default_decimals(f->unit, f->value);
			rp_round(lo8->value, dec, a);
			rp_round(hi8->value, dec, b);
			snprintf(buf, sizeof buf, "%s～%s", a, b);
			rp_table_set_num(t, row, 4, buf, rp_val_of(c, lo8).prov);
			rp_round(lo9->value, dec, a);
			rp_round(hi9->value, dec, b);
			snprintf(buf, sizeof buf, "%s～%s", a, b);
			rp_table_set_num(t, row, 5, buf, rp_val_of(c, lo9).prov);
		}
		mdl = rp_latest(c, ind, "model");
		if (mdl) {
			int code = (int)mdl->value;

			rp_table_set_prov(t, row, 6, code >= 1 && code <= 6 ?
			    names[code] : mdl->note, rp_val_of(c, mdl).prov);
			{
				size_t ef, en = rp_store_range(&c->r->store,
				    c->region, ind, "model_error", &ef);

				err = en ? c->r->store.recs[ef + en - 1] : NULL;
			}
			if (err && err->has_value) {
				/* the header says %; an error in another unit
				 * (not MAPE) says its own */
				int pct = strstr(err->note, "MAPE") ||
				    !strcmp(err->unit, "%");

				rp_round(err->value, 1, a);
				snprintf(buf, sizeof buf, "%s%s", a, pct ? "" :
				    rp_unit_suffix(err->unit));
				rp_table_set_num(t, row, 7, buf, rp_val_of(c, err).prov);
			} else {
				rp_table_set(t, row, 7, "—");
			}
		} else {
			rp_table_set(t, row, 6, "—");
			rp_table_set(t, row, 7, "—");
		}
	}
	t->note = xstrdup("注：预测按历史趋势外推，未考虑规划期政策变化；"
	    "模型按滚动样本外误差在线性、对数线性、Logistic、GM(1,1)、"
	    "Holt 等模型中选取；样本外误差为滚动预测的平均绝对百分比误差"
	    "（MAPE）。");
	mix_free(&m);
	if (bad) {
		rp_table_free(t);
		return NULL;
	}
	return t;
}

/* ---- appendix tables: quality, sources, programs, footnotes, changes ------- */

/* Read a CSV table with a header (quality.csv, manifest.csv). */
struct csvtab {
	size_t ncols, nrows;
	char **head;
	char **cells;
	unsigned long *lines;
};

static int
csvtab_load(const char *path, struct csvtab *t)
{
	struct yp_csv *c;
	struct yp_row row;
	size_t i, cap = 0;
	int got;

	memset(t, 0, sizeof *t);
	c = yp_csv_open(path, YP_ENC_UTF8);
	if (!c)
		return -1;
	while ((got = yp_csv_next(c, &row)) > 0) {
		if (!t->head) {
			t->ncols = row.n;
			t->head = xcalloc(row.n, sizeof *t->head);
			for (i = 0; i < row.n; i++)
				t->head[i] = xstrdup(row.f[i]);
			continue;
		}
		t->cells = xgrow(t->cells, &cap, (t->nrows + 1) * t->ncols,
		    sizeof *t->cells);
		t->lines = xrealloc(t->lines, (t->nrows + 1) * sizeof *t->lines);
		for (i = 0; i < t->ncols; i++)
			t->cells[t->nrows * t->ncols + i] =
			    xstrdup(i < row.n ? row.f[i] : "");
		t->lines[t->nrows++] = row.line;
	}
	yp_csv_close(c);
	if (got < 0 || !t->head) {
		if (got == 0)
			yp_warn_at(path, 1, "empty table; expected a header line");
		return -1;
	}
	return 0;
}

static int
csvtab_col(const struct csvtab *t, const char *name)
{
	size_t i;

	for (i = 0; i < t->ncols; i++)
		if (strcmp(t->head[i], name) == 0)
			return (int)i;
	return -1;
}

static const char *
csvtab_cell(const struct csvtab *t, size_t r, int col)
{
	return col < 0 ? "" : t->cells[r * t->ncols + (size_t)col];
}

static void
csvtab_free(struct csvtab *t)
{
	size_t i;

	for (i = 0; i < t->ncols; i++)
		free(t->head[i]);
	for (i = 0; i < t->nrows * t->ncols; i++)
		free(t->cells[i]);
	free(t->head);
	free(t->cells);
	free(t->lines);
}

static const char *
severity_zh(const char *s)
{
	if (strcmp(s, "error") == 0)
		return "错误";
	if (strcmp(s, "warning") == 0)
		return "警告";
	if (strcmp(s, "info") == 0)
		return "处理说明";
	return s;
}

/* What a check of yp-clean is, in Chinese: its kind in config/rules.csv,
 * else the built-in checks by name. */
static const char *
rule_kind(struct rp_ctx *c, const char *rule)
{
	static const struct { const char *prefix, *zh; } builtin[] = {
		{ "revision-large", "新版本修订幅度超过1%" },
		{ "revision", "新版本修订" },
		{ "edition-duplicate", "多个版本数值相同" },
		{ "missing", "缺失值（年鉴符号或空白）" },
		{ "gap-filled", "中间缺失年份插补" },
		{ "unit-converted", "计量单位换算" },
		{ "jump", "年际异常跳变" },
		{ "derived", "公布值与推算值比对" },
	};
	static const struct { const char *check, *zh; } checks[] = {
		{ "range", "取值范围检查" }, { "identity", "加总关系检查" },
		{ "derived", "公布值与推算值比对" }, { "jump", "年际异常跳变" },
	};
	size_t i, k;
	int cr, cc;

	if (c->r->rules) {
		cr = yp_table_col(c->r->rules, "rule");
		cc = yp_table_col(c->r->rules, "check");
		for (i = 0; cr >= 0 && cc >= 0 && i < c->r->rules->nrows; i++)
			if (strcmp(yp_table_cell(c->r->rules, i, cr), rule) == 0)
				for (k = 0; k < sizeof checks / sizeof checks[0]; k++)
					if (strcmp(checks[k].check, yp_table_cell(
					    c->r->rules, i, cc)) == 0)
						return checks[k].zh;
	}
	for (i = 0; i < sizeof builtin / sizeof builtin[0]; i++)
		if (yp_starts_with(rule, builtin[i].prefix))
			return builtin[i].zh;
	return "";
}

/* A source list without the folder of every file ("data/raw/"), which
 * the sources table gives once: the appendix is read on paper. */
static const char *
short_source(const char *s, char *buf, size_t sz)
{
	size_t o = 0;
	const char *p;

	while (*s && o + 1 < sz) {
		p = strstr(s, "data/raw/");
		if (p == s) {
			s += strlen("data/raw/");
			continue;
		}
		buf[o++] = *s++;
	}
	buf[o] = '\0';
	return buf;
}

/* {{table quality}}: the findings of yp-clean by severity and rule;
 * {{table quality warning}}: the warnings themselves, row by row. */
static struct rp_table *
table_quality(struct rp_ctx *c)
{
	static const char *const head_sum[] = {
		"类别", "检查规则", "检查内容", "条数", "示例"
	};
	static const char *const head_rows[] = {
		"检查规则", "数据", "数值", "来源", "处理"
	};
	const char *path = c->r->opt.quality_path;
	const char *only = c->p->nargs >= 2 ? c->p->args[1] : NULL;
	struct csvtab q;
	struct rp_table *t;
	size_t i, row;
	int cs, cr, creg, cind, cp, cv, csrc, ca;
	char buf[64], src[1024];

	if (!path) {
		c->missing = xstrdup("the data-quality table (give --quality "
		    "out/quality.csv)");
		return NULL;
	}
	if (csvtab_load(path, &q) < 0) {
		c->missing = xasprintf("%s: cannot be read", path);
		return NULL;
	}
	cs = csvtab_col(&q, "severity");
	cr = csvtab_col(&q, "rule");
	creg = csvtab_col(&q, "region");
	cind = csvtab_col(&q, "indicator");
	cp = csvtab_col(&q, "period");
	cv = csvtab_col(&q, "values");
	csrc = csvtab_col(&q, "source");
	ca = csvtab_col(&q, "action");
	if (cs < 0 || cr < 0) {
		yp_warn_at(path, 1, "not a quality table: no severity and rule "
		    "columns");
		csvtab_free(&q);
		c->missing = xasprintf("%s: not a quality table", path);
		return NULL;
	}
	if (only) {
		t = rp_table_new("quality-rows", table_caption(c,
		    "数据质量检查发现的问题"), 5, head_rows);
		for (i = 0; i < q.nrows; i++) {
			const char *reg = csvtab_cell(&q, i, creg);

			if (strcmp(csvtab_cell(&q, i, cs), only) != 0)
				continue;
			if (*reg && !rp_store_keeps(&c->r->store, reg))
				continue;
			char *what;

			row = rp_table_row(t);
			rp_table_set(t, row, 0, csvtab_cell(&q, i, cr));
			/* region, indicator and period in one cell: the
			 * narrow columns of a wide table wrap every character */
			what = xasprintf("%s %s %s", reg, *csvtab_cell(&q, i, cind) ?
			    rp_indicator_name(c->r, csvtab_cell(&q, i, cind)) : "",
			    csvtab_cell(&q, i, cp));
			rp_table_set(t, row, 1, what);
			free(what);
			rp_table_set(t, row, 2, csvtab_cell(&q, i, cv));
			rp_table_set(t, row, 3, short_source(csvtab_cell(&q, i,
			    csrc), src, sizeof src));
			rp_table_set(t, row, 4, csvtab_cell(&q, i, ca));
		}
		if (t->nrows == 0) {
			row = rp_table_row(t);
			rp_table_set(t, row, 0, "（无）");
		}
		csvtab_free(&q);
		return t;
	}
	t = rp_table_new("quality", table_caption(c, "数据质量检查结果汇总"), 5,
	    head_sum);
	/* quality.csv is sorted by severity and rule: count the runs */
	for (i = 0; i < q.nrows;) {
		size_t j = i, n = 0;
		char *prov;

		while (j < q.nrows && strcmp(csvtab_cell(&q, j, cs),
		    csvtab_cell(&q, i, cs)) == 0 && strcmp(csvtab_cell(&q, j, cr),
		    csvtab_cell(&q, i, cr)) == 0) {
			n++;
			j++;
		}
		row = rp_table_row(t);
		rp_table_set(t, row, 0, severity_zh(csvtab_cell(&q, i, cs)));
		rp_table_set(t, row, 1, csvtab_cell(&q, i, cr));
		rp_table_set(t, row, 2, rule_kind(c, csvtab_cell(&q, i, cr)));
		snprintf(buf, sizeof buf, "%zu", n);
		prov = xasprintf("source: %s:%lu-%lu", path, q.lines[i],
		    q.lines[j - 1]);
		rp_table_set_num(t, row, 3, buf, prov);
		free(prov);
		{
			char *ex = xasprintf("%s %s %s %s", csvtab_cell(&q, i, creg),
			    *csvtab_cell(&q, i, cind) ? rp_indicator_name(c->r,
			    csvtab_cell(&q, i, cind)) : "", csvtab_cell(&q, i, cp),
			    csvtab_cell(&q, i, cv));

			rp_table_set(t, row, 4, ex);
			free(ex);
		}
		i = j;
	}
	if (t->nrows == 0) {
		row = rp_table_row(t);
		rp_table_set(t, row, 0, "（无）");
		rp_table_set(t, row, 1, "未发现数据质量问题");
		rp_table_set(t, row, 3, "0");
	}
	csvtab_free(&q);
	return t;
}

/* {{table sources}}: every raw table with its department and SHA-256
 * (from the run's manifest); {{table programs}}: the programs and tools. */
static struct rp_table *
table_manifest(struct rp_ctx *c, int programs)
{
	static const char *const head_in[] = {
		"序号", "文件", "提供部门", "字节数", "SHA-256"
	};
	static const char *const head_prog[] = {
		"程序或工具", "版本", "SHA-256"
	};
	const char *path = c->r->opt.manifest_path;
	struct csvtab m;
	struct rp_table *t;
	size_t i, row, k = 0;
	int ck, cn, cs, cb, cd;
	char buf[32];

	if (!path) {
		c->missing = xstrdup("the run's manifest with the inputs' "
		    "checksums (give --manifest out/manifest.csv)");
		return NULL;
	}
	if (csvtab_load(path, &m) < 0) {
		c->missing = xasprintf("%s: cannot be read", path);
		return NULL;
	}
	ck = csvtab_col(&m, "kind");
	cn = csvtab_col(&m, "name");
	cs = csvtab_col(&m, "sha256");
	cb = csvtab_col(&m, "bytes");
	cd = csvtab_col(&m, "detail");
	if (ck < 0 || cn < 0 || cs < 0) {
		yp_warn_at(path, 1, "not a manifest: no kind, name and sha256 "
		    "columns");
		csvtab_free(&m);
		c->missing = xasprintf("%s: not a manifest", path);
		return NULL;
	}
	if (programs)
		t = rp_table_new("programs", table_caption(c,
		    "本报告使用的程序与工具"), 3, head_prog);
	else
		t = rp_table_new("sources", table_caption(c,
		    "原始数据文件及其SHA-256校验值"), 5, head_in);
	for (i = 0; i < m.nrows; i++) {
		const char *kind = csvtab_cell(&m, i, ck);
		const char *name = csvtab_cell(&m, i, cn);
		char *prov = xasprintf("source: %s:%lu", path, m.lines[i]);

		if (programs && (strcmp(kind, "program") == 0 ||
		    strcmp(kind, "tool") == 0)) {
			row = rp_table_row(t);
			rp_table_set(t, row, 0, name);
			rp_table_set(t, row, 1, csvtab_cell(&m, i, cd));
			if (*csvtab_cell(&m, i, cs))
				rp_table_set_code(t, row, 2, csvtab_cell(&m, i, cs),
				    prov);
			else
				rp_table_set(t, row, 2, "—");
		} else if (!programs && (strcmp(kind, "input") == 0 ||
		    strcmp(kind, "config") == 0)) {
			const struct yp_source *src = yp_source_for(c->r->cfg, name);

			row = rp_table_row(t);
			snprintf(buf, sizeof buf, "%zu", ++k);
			rp_table_set(t, row, 0, buf);
			rp_table_set(t, row, 1, name);
			rp_table_set(t, row, 2, strcmp(kind, "config") == 0 ?
			    "（配置表）" : src && *src->department ?
			    src->department : "");
			rp_table_set_num(t, row, 3, csvtab_cell(&m, i, cb), prov);
			rp_table_set_code(t, row, 4, csvtab_cell(&m, i, cs), prov);
		}
		free(prov);
	}
	csvtab_free(&m);
	return t;
}

/* {{table footnotes}}: the statistics bureau's notes under the tables. */
static struct rp_table *
table_footnotes(struct rp_ctx *c)
{
	static const char *const head[] = { "来源", "时期", "注释" };
	struct rp_table *t;
	const char *regions[2] = { c->region, "*" };
	size_t first, n, i, row;
	int k;

	t = rp_table_new("footnotes", table_caption(c, "原始资料注释"), 3, head);
	for (k = 0; k < 2; k++) {
		n = rp_store_range(&c->r->store, regions[k], NULL, NULL, &first);
		for (i = first; i < first + n; i++) {
			const struct rp_rec *r = c->r->store.recs[i];

			if (strcmp(r->measure, "footnote") != 0)
				continue;
			row = rp_table_row(t);
			rp_table_set(t, row, 0, r->source);
			rp_table_set(t, row, 1, r->period);
			rp_table_set(t, row, 2, r->note);
		}
	}
	if (t->nrows == 0) {
		row = rp_table_row(t);
		rp_table_set(t, row, 0, "（无）");
	}
	return t;
}

/* {{table changes}}: what changed since the last published run (yp-diff). */
static struct rp_table *
table_changes(struct rp_ctx *c)
{
	static const char *const head[] = { "指标", "度量", "时期", "变化", "来源" };
	struct rp_table *t;
	struct yp_reader *rd;
	struct yp_rec rec;
	size_t row;
	int got;

	t = rp_table_new("changes", table_caption(c, "与上次发布相比变化的数据"),
	    5, head);
	if (c->r->opt.diff_path) {
		rd = yp_reader_open(c->r->opt.diff_path);
		if (!rd) {
			rp_table_free(t);
			c->missing = xasprintf("%s: cannot be read",
			    c->r->opt.diff_path);
			return NULL;
		}
		while ((got = yp_read(rd, &rec)) > 0) {
			if (strcmp(rec.region, c->region) != 0)
				continue;
			row = rp_table_row(t);
			rp_table_set(t, row, 0, rp_indicator_name(c->r, rec.indicator));
			rp_table_set(t, row, 1, rec.measure);
			rp_table_set(t, row, 2, rec.period);
			rp_table_set(t, row, 3, rec.note);
			rp_table_set(t, row, 4, rec.source);
		}
		yp_reader_close(rd);
		if (got < 0) {
			rp_table_free(t);
			c->missing = xasprintf("%s: cannot be read",
			    c->r->opt.diff_path);
			return NULL;
		}
	}
	if (t->nrows == 0) {
		row = rp_table_row(t);
		rp_table_set(t, row, 0, c->r->opt.diff_path ? "（无变化）" :
		    "（本次未与上次发布比较）");
	}
	return t;
}

/* ---- dispatch --------------------------------------------------------------- */

static const struct {
	const char *name;
	struct rp_table *(*build)(struct rp_ctx *c);
} table_kinds[] = {
	{ "indicators", table_indicators },
	{ "growth", table_growth },
	{ "structure", table_structure },
	{ "pull", table_pull },
	{ "targets", table_targets },
	{ "peers", table_peers },
	{ "shortboards", table_shortboards },
	{ "forecasts", table_forecasts },
	{ "quality", table_quality },
	{ "footnotes", table_footnotes },
	{ "changes", table_changes },
	{ NULL, NULL }
};

static struct rp_table *
table_sources(struct rp_ctx *c)
{
	return table_manifest(c, 0);
}

static struct rp_table *
table_programs(struct rp_ctx *c)
{
	return table_manifest(c, 1);
}

int
rp_fill_table(struct rp_ctx *c)
{
	struct rp_table *t = NULL;
	const char *kind = c->p->args[0], *name;
	size_t i;

	if (strcmp(kind, "sources") == 0)
		t = table_sources(c);
	else if (strcmp(kind, "programs") == 0)
		t = table_programs(c);
	else {
		for (i = 0; table_kinds[i].name; i++)
			if (strcmp(table_kinds[i].name, kind) == 0)
				break;
		if (!table_kinds[i].name) {
			rp_bad(c, "no table \"%s\"; the tables are indicators, "
			    "growth, structure, pull, targets, peers, shortboards, "
			    "forecasts, quality, sources, programs, footnotes, "
			    "changes", kind);
			return -1;
		}
		t = table_kinds[i].build(c);
	}
	if (!t)
		return -1;
	name = rp_placeholder_opt(c->p, "name");
	{
		/* the CSV's name: name=, else the kind and its words */
		struct yp_sbuf b = YP_SBUF_INIT;

		if (name) {
			yp_sbuf_add(&b, name);
		} else {
			yp_sbuf_add(&b, t->name);
			for (i = 1; i < c->p->nargs; i++) {
				const char *a = c->p->args[i], *p;

				if (strcmp(kind, "indicators") == 0 ||
				    strcmp(kind, "growth") == 0 ||
				    strcmp(kind, "forecasts") == 0)
					break;	/* long lists: the kind is enough */
				yp_sbuf_addc(&b, '-');
				for (p = a; *p; p++)
					yp_sbuf_addc(&b, *p == '/' ? '_' : *p);
			}
		}
		free(t->name);
		t->name = yp_sbuf_take(&b);
	}
	/* two tables of one name: number the later ones */
	for (i = 0; i < c->r->ntables; i++)
		if (strcmp(c->r->tables[i]->name, t->name) == 0) {
			char *n = xasprintf("%s-%zu", t->name, c->r->ntables + 1);

			free(t->name);
			t->name = n;
			break;
		}
	c->r->tables = xrealloc(c->r->tables,
	    (c->r->ntables + 1) * sizeof *c->r->tables);
	c->r->tables[c->r->ntables++] = t;
	t->number = (int)c->r->ntables;
	rp_table_markdown(t, c->o);
	return 0;
}
