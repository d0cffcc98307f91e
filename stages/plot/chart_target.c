/* yp-plot: plan targets from yp-trend's target records: 十四五 completion
 * (achieved or not, completion ratio), 十五五 feasibility (the annual rate
 * a target requires against the rates achieved in 十四五 and 十三五).
 * Binding (约束性) and indicative (预期性) targets stand in separate
 * groups, never mixed. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "charts.h"
#include "text.h"
#include "xalloc.h"

enum attr { ATTR_BINDING, ATTR_INDICATIVE, ATTR_OTHER };

static const char *const attr_heading[] = {
	"【约束性指标】", "【预期性指标】", "【其他指标】"
};

struct target_row {
	const char *indicator;
	enum attr attr;
	double a, b, c;		/* 14: completion, -, -; 15: required, 14, 13 */
	int has_a, has_b, has_c;
	int code;		/* 14: achieved 0/1, -1 unknown; 15: verdict */
	const char *verdict;	/* 15: the verdict's label */
	const char *name;	/* the plan's own wording, from the note */
	const char *bound;	/* "≥" or "≤" for a bound target, else "" */
	const char *unit;
};

/* The record of (region, indicator, measure) for the plan span, or NULL. */
static const struct obs *
span_record(struct plot_ctx *ctx, const char *region, const char *indicator,
    const char *measure, int from, int to)
{
	const struct obs_run *run = store_run(ctx->store, region, indicator,
	    yp_intern(ctx->strings, measure));
	size_t i;

	for (i = 0; run && i < run->n; i++)
		if (run->v[i].from == from && run->v[i].to == to)
			return &run->v[i];
	return NULL;
}

static int
span_value(struct plot_ctx *ctx, const char *region, const char *indicator,
    const char *measure, int from, int to, double *v)
{
	const struct obs *o = span_record(ctx, region, indicator, measure, from,
	    to);

	if (!o || !o->has_value)
		return 0;
	*v = o->value;
	plot_note_origin(ctx, o);
	return 1;
}

/* The target's attribute, from the note of its target record ("十四五
 * 约束性 绿色生态: 空气质量优良天数比率 (lower bound)" as yp-trend writes
 * it), and the plan's name for it, the text after ": " up to " (". */
static enum attr
target_attr(struct plot_ctx *ctx, const char *region, const char *indicator,
    int from, int to, const char **name, const char **bound)
{
	const struct obs_run *run = store_run(ctx->store, region, indicator,
	    yp_intern(ctx->strings, "target"));
	size_t i;

	(void)from;
	(void)to;
	for (i = 0; run && i < run->n; i++) {
		const struct obs *o = &run->v[i];
		const char *note = o->note;

		if (o->from != from || o->to != to || !note)
			continue;
		if (strstr(note, "lower bound") || strstr(note, "下限"))
			*bound = "≥";
		else if (strstr(note, "upper bound") || strstr(note, "上限"))
			*bound = "≤";
		if (strstr(note, ": ")) {
			const char *a = strstr(note, ": ") + 2, *b = strstr(a, " (");
			char *copy = b ? xstrndup(a, (size_t)(b - a)) : xstrdup(a);

			if (*copy)
				*name = yp_intern(ctx->strings, copy);
			free(copy);
		}
		if (strstr(note, "约束性") || strstr(note, "binding"))
			return ATTR_BINDING;
		if (strstr(note, "预期性") || strstr(note, "indicative"))
			return ATTR_INDICATIVE;
	}
	return ATTR_OTHER;
}

static int
cmp_row(const void *a, const void *b)
{
	const struct target_row *x = a, *y = b;

	if (x->attr != y->attr)
		return x->attr < y->attr ? -1 : 1;
	return strcmp(x->indicator, y->indicator);
}

static int
listed(const struct chart *c, const char *indicator)
{
	size_t i;

	if (c->nseries == 0)
		return 1;
	for (i = 0; i < c->nseries; i++)
		if (strcmp(c->series[i].indicator, indicator) == 0)
			return 1;
	return 0;
}

/* The rows of the chart: every indicator of the region with the key
 * measure for the span, in attribute then code order. */
static struct target_row *
gather_rows(struct plot_ctx *ctx, const struct chart *c, const char *key,
    int from, int to, size_t *nrows)
{
	const struct store *s = ctx->store;
	const char *region = c->regions[0];
	const char *mkey = yp_intern(ctx->strings, key);
	struct target_row *rows = NULL;
	size_t cap = 0, i;

	*nrows = 0;
	for (i = 0; i < s->nruns; i++) {
		const struct obs *o = s->run_list[i].v;
		struct target_row *r;

		if (o->region != region || o->measure != mkey ||
		    strcmp(o->indicator, "*") == 0 || !listed(c, o->indicator) ||
		    !span_record(ctx, region, o->indicator, key, from, to))
			continue;
		rows = xgrow(rows, &cap, *nrows + 1, sizeof *rows);
		r = &rows[*nrows];
		memset(r, 0, sizeof *r);
		r->indicator = o->indicator;
		r->bound = "";
		r->attr = target_attr(ctx, region, o->indicator, from, to,
		    &r->name, &r->bound);
		r->code = -1;
		/* attribute=binding or indicative: one group only. */
		if (c->attribute && (int)r->attr != c->attribute - 1)
			continue;
		(*nrows)++;
	}
	if (*nrows)
		qsort(rows, *nrows, sizeof *rows, cmp_row);
	return rows;
}

static const char *
indicator_name(const struct plot_ctx *ctx, const char *code)
{
	const struct yp_indicator *ind = yp_indicator_get(ctx->cfg, code);

	if (ind && *ind->name_zh)
		return ind->name_zh;
	return yp_starts_with(code, "x.") ? code + 2 : code;
}

/* Row positions top down with a heading row before each attribute group;
 * returns the number of rows drawn (headings included). */
static size_t
layout(const struct target_row *rows, size_t n, double *pos, double *headpos,
    int *heads)
{
	size_t i, k = 0, total;
	int last = -1;

	total = n;
	for (i = 0; i < n; i++)
		if ((int)rows[i].attr != last) {
			total++;
			last = (int)rows[i].attr;
		}
	last = -1;
	for (i = 0; i < 3; i++)
		heads[i] = 0;
	for (i = 0; i < n; i++) {
		if ((int)rows[i].attr != last) {
			last = (int)rows[i].attr;
			heads[last] = 1;
			headpos[last] = (double)(total - 1 - k++);
		}
		pos[i] = (double)(total - 1 - k++);
	}
	return total;
}

/* The row names as y tics, then a left margin that holds the longest. */
static void
write_ytics(struct plot_ctx *ctx, FILE *fp, const struct target_row *rows,
    size_t n, const double *pos, const double *headpos, const int *heads,
    int with_units)
{
	double widest = 0;
	size_t i;
	int k, sep = 0;

	fputs("set ytics nomirror out scale 0 (", fp);
	for (k = 0; k < 3; k++)
		if (heads[k]) {
			fprintf(fp, "%s", sep++ ? ", " : "");
			gp_string(fp, attr_heading[k]);
			fprintf(fp, " %g", headpos[k]);
		}
	for (i = 0; i < n; i++) {
		const char *name = rows[i].name ? rows[i].name :
		    indicator_name(ctx, rows[i].indicator);
		char *label = with_units && rows[i].unit &&
		    (strcmp(rows[i].unit, "百分点") == 0 ||
		    strcmp(rows[i].unit, "pp") == 0) ?
		    xasprintf("%s（百分点）", name) : xstrdup(name);

		fprintf(fp, "%s", sep++ ? ", " : "");
		gp_string(fp, label);
		fprintf(fp, " %g", pos[i]);
		widest = fmax(widest, text_width(label, ctx->style->font_size));
		free(label);
	}
	fputs(")\n", fp);
	fprintf(fp, "set lmargin %d\n", margin_chars(ctx->style, widest));
}

int
chart_target14(struct plot_ctx *ctx, const struct chart *c, FILE *fp,
    FILE *cmd)
{
	const struct plot_style *st = ctx->style;
	const char *region = c->regions[0];
	int from = c->from ? c->from : 2021, to = c->to ? c->to : 2025;
	struct target_row *rows;
	size_t n, i, total;
	double *pos, headpos[3], xmax = 100, xmin = 0, cap = 200, v, inside;
	struct box *boxes;
	int heads[3], dec = chart_decimals(c, 1), ninside = 0, noutside = 0,
	    nbars = 0;

	rows = gather_rows(ctx, c, "achieved", from, to, &n);
	if (n == 0) {
		free(rows);
		return chart_skip(c, "no target records (achieved, %d-%d) for %s; "
		    "run yp-trend --targets", from, to, region);
	}
	for (i = 0; i < n; i++) {
		struct target_row *r = &rows[i];

		if (span_value(ctx, region, r->indicator, "achieved", from, to, &v))
			r->code = v != 0;
		if (span_value(ctx, region, r->indicator, "completion", from, to,
		    &r->a)) {
			r->a *= 100;
			r->has_a = 1;
			xmax = fmax(xmax, fmin(r->a, cap));
			xmin = fmin(xmin, r->a);
		}
		/* Bounds have no completion ratio: their actual value and
		 * target stand where the bar would. */
		r->has_b = span_value(ctx, region, r->indicator, "actual", from,
		    to, &r->b);
		r->has_c = span_value(ctx, region, r->indicator, "target", from,
		    to, &r->c);
	}
	pos = xcalloc(n, sizeof *pos);
	total = layout(rows, n, pos, headpos, heads);
	/* 26 px a row: a plan's 20-30 targets make the chart taller. */
	ctx->height = 170 + 26 * (int)total;
	ctx->first_year = from;
	ctx->last_year = to;
	xmax = ceil(xmax * 1.1 / 20) * 20;
	inside = xmax * 0.18;

	fputs("# Data: row, completion (% of the target, the bar stops at 200), "
	    "achieved 1/0 (-1 not\n# judged), the value written, the verdict, "
	    "where the value goes, 1 inside the bar\n", fp);
	fputs("$data << EOD\n", fp);
	for (i = 0; i < n; i++) {
		const struct target_row *r = &rows[i];
		const char *word = r->code == 1 ? "已完成" : r->code == 0 ?
		    "未完成" : "未评价";
		char *label;

		if (r->has_a)
			label = xasprintf("%.*f%%", dec, r->a);
		else if (r->has_b && r->has_c) {
			/* Decimals by size (公顷 none, 万吨 one) unless
			 * decimals= says. */
			int d = chart_decimals(c, auto_decimals(fmax(fabs(r->b),
			    fabs(r->c))));

			label = xasprintf("实际%.*f，目标%s%.*f", d, r->b,
			    r->bound, d, r->c);
		}
		else
			label = xstrdup("");
		fprintf(fp, "%g ", pos[i]);
		gp_number(fp, r->has_a ? fmin(r->a, cap) : NAN);
		fprintf(fp, " %d ", r->code);
		gp_string(fp, label);
		fputc(' ', fp);
		gp_string(fp, word);
		fputc(' ', fp);
		/* A value outside its bar starts at the bar's end, or at
		 * zero for a negative completion (a rate that went the other
		 * way). */
		gp_number(fp, r->has_a ? fmax(fmin(r->a, cap), 0) : 0);
		fprintf(fp, " %d\n", r->has_a && r->a >= inside);
		nbars += r->has_a;
		if (r->has_a && r->a >= inside)
			ninside++;
		else if (*label)
			noutside++;
		free(label);
	}
	fputs("EOD\n", fp);
	fprintf(fp, "set yrange [-0.7:%g]\n", total - 0.3);
	write_ytics(ctx, fp, rows, n, pos, headpos, heads, 0);
	xmin = xmin < 0 ? floor(xmin / 20) * 20 : 0;
	/* About six tics, so that "100" and "120" do not run together. */
	fprintf(fp, "set xrange [%g:%g]\nset xtics %g nomirror out\n", xmin,
	    xmax, nice_step(xmax - xmin, 6));
	fputs("set grid noytics xtics\nset rmargin 11\n"
	    "set key off\n", fp);
	ctx->bmargin = 5;
	fputs("set xlabel ", fp);
	gp_string(fp, *c->xlabel ? c->xlabel : "完成程度（%，目标=100）");
	fputs(" offset 0,0.3\n", fp);
	/* The target line between the bars, the values inside the bars'
	 * ends: the line crosses none of them. */
	boxes = xcalloc(n, sizeof *boxes);
	for (i = 0; i < n; i++) {
		/* A row without a bar holds "实际…，目标…" across the line:
		 * the line skips the whole row. */
		boxes[i].x0 = rows[i].has_a ? 0 : xmin;
		boxes[i].x1 = rows[i].has_a ? fmin(rows[i].a, cap) : xmax;
		boxes[i].y0 = pos[i] - 0.32;
		boxes[i].y1 = pos[i] + 0.32;
	}
	gp_broken_line(fp, "target", 1, 100, -0.7, total - 0.3, boxes, n);
	free(boxes);
	fprintf(fp, "set label 1 \"目标\" at 100, graph 1 center offset 0,0.7 "
	    "font \",%d\" textcolor rgb \"%s\"\n", st->note_size, st->text);
	/* Only the clauses that have points, so gnuplot has nothing to
	 * warn about. */
	fprintf(cmd, "plot $target using 1:2 with lines dt (6,4) lw 1.5 lc rgb "
	    "\"%s\" notitle, \\\n  ", st->text);
	if (nbars)
		fprintf(cmd, "$data using ($2/2):1:(0):2:($1-0.32):($1+0.32):"
		    "($3 == 1 ? 0x%s : 0x%s) with boxxyerror lc rgb variable "
		    "notitle, \\\n  ", st->positive + 1, st->negative + 1);
	if (ninside)
		fprintf(cmd, "$data using 6:($7 == 1 ? $1 : NaN):4 with labels "
		    "right offset -0.5,0 font \",%d\" textcolor rgb \"#FFFFFF\" "
		    "notitle, \\\n  ", st->label_size);
	if (noutside)
		fprintf(cmd, "$data using 6:($7 == 0 ? $1 : NaN):4 with labels "
		    "left offset 0.5,0 font \",%d\" textcolor rgb \"%s\" "
		    "notitle, \\\n  ", st->label_size, st->text);
	fprintf(cmd, "$data using (%g):1:5:($3 == 1 ? 0x%s : $3 == 0 ? 0x%s : "
	    "0x666666) with labels left offset 1,0 font \",%d\" textcolor rgb "
	    "variable notitle\n", xmax, st->positive + 1, st->negative + 1,
	    st->font_size);
	ctx->default_title = xstrdup("{region}“十四五”规划主要指标完成情况");
	free(rows);
	free(pos);
	return 0;
}

/* Where the required rate's value is written: beyond the farthest of
 * the row's bars on the side of the required rate, clear of all three. */
static double
row_end(const struct target_row *r)
{
	double e = r->a;

	if (!r->has_a)
		return NAN;
	if (r->has_b)
		e = r->a >= 0 ? fmax(e, r->b) : fmin(e, r->b);
	if (r->has_c)
		e = r->a >= 0 ? fmax(e, r->c) : fmin(e, r->c);
	return e;
}

static const char *
verdict_color(const struct plot_style *st, int code)
{
	return code == 1 ? st->positive : code == 2 ? "#B07800" :
	    code == 3 ? st->negative : "#666666";
}

int
chart_target15(struct plot_ctx *ctx, const struct chart *c, FILE *fp,
    FILE *cmd)
{
	const struct plot_style *st = ctx->style;
	const char *region = c->regions[0];
	int from = c->from ? c->from : 2026, to = c->to ? c->to : 2030;
	static const char *const verdicts[] = { "", "符合趋势", "需加力",
	    "难度较大" };
	struct target_row *rows;
	size_t n, i, total;
	double *pos, headpos[3], lo = 0, hi = 0, v, step;
	int heads[3], dec = chart_decimals(c, 1), has13 = 0;

	rows = gather_rows(ctx, c, "required_rate", from, to, &n);
	if (n == 0) {
		free(rows);
		return chart_skip(c, "no target records (required_rate, %d-%d) "
		    "for %s; run yp-trend --targets", from, to, region);
	}
	for (i = 0; i < n; i++) {
		struct target_row *r = &rows[i];
		const struct obs *o;

		r->has_a = span_value(ctx, region, r->indicator, "required_rate",
		    from, to, &r->a);
		r->has_b = span_value(ctx, region, r->indicator, "hist_rate.14",
		    from, to, &r->b);
		r->has_c = span_value(ctx, region, r->indicator, "hist_rate.13",
		    from, to, &r->c);
		has13 |= r->has_c;
		o = span_record(ctx, region, r->indicator, "required_rate", from,
		    to);
		r->unit = o ? display_unit(o->unit) : "";
		if (span_value(ctx, region, r->indicator, "verdict", from, to, &v) &&
		    v >= 1 && v <= 3)
			r->code = (int)v;
		r->verdict = r->code > 0 ? verdicts[r->code] : "";
		if (r->has_a) {
			lo = fmin(lo, r->a);
			hi = fmax(hi, r->a);
		}
		if (r->has_b) {
			lo = fmin(lo, r->b);
			hi = fmax(hi, r->b);
		}
		if (r->has_c) {
			lo = fmin(lo, r->c);
			hi = fmax(hi, r->c);
		}
	}
	pos = xcalloc(n, sizeof *pos);
	total = layout(rows, n, pos, headpos, heads);
	/* Three bars a row need 34 px. */
	ctx->height = 200 + 34 * (int)total;
	ctx->first_year = from;
	ctx->last_year = to;

	fputs("# Data: row, required annual rate, 十四五 rate, 十三五 rate, "
	    "verdict code, verdict,\n# where the required rate's value goes "
	    "(beyond the row's longest bar)\n", fp);
	fputs("$data << EOD\n", fp);
	for (i = 0; i < n; i++) {
		const struct target_row *r = &rows[i];

		fprintf(fp, "%g ", pos[i]);
		gp_number(fp, r->has_a ? r->a : NAN);
		fputc(' ', fp);
		gp_number(fp, r->has_b ? r->b : NAN);
		fputc(' ', fp);
		gp_number(fp, r->has_c ? r->c : NAN);
		fprintf(fp, " %d ", r->code);
		gp_string(fp, r->verdict);
		fputc(' ', fp);
		gp_number(fp, row_end(r));
		fputc('\n', fp);
	}
	fputs("EOD\n", fp);
	step = nice_step((hi - lo) * 1.3, 6);
	lo = lo < 0 ? floor(lo * 1.15 / step) * step : 0;
	hi = ceil(hi * 1.3 / step) * step;
	fprintf(fp, "set xrange [%g:%g]\nset xtics %g nomirror out\n", lo, hi,
	    step);
	fprintf(fp, "set yrange [-0.7:%g]\n", total - 0.3);
	write_ytics(ctx, fp, rows, n, pos, headpos, heads, 1);
	fputs("set grid noytics xtics\nset rmargin 12\n", fp);
	fprintf(fp, "set label 1 \"研判\" at graph 1, graph 1 left offset 1,0.7 "
	    "font \",%d\" textcolor rgb \"%s\"\n", st->note_size, st->text);
	fprintf(fp, "set arrow 1 from 0, graph 0 to 0, graph 1 nohead lc rgb "
	    "\"%s\" lw 1 front\n", st->text);
	fputs("set xlabel ", fp);
	gp_string(fp, *c->xlabel ? c->xlabel : "年均增速（%；比率类指标为百分点）");
	fputs(" offset 0,0.3\n", fp);
	ctx->bmargin = 7.5;

	/* The required rate's value beyond its bar's end: right of a
	 * positive bar, left of a negative one. */
	fputs("plot $data using ($2/2):($1+0.22):(0):2:($1+0.1):($1+0.34) "
	    "with boxxyerror lt 1 notitle", cmd);
	key_box(ctx, "“十五五”目标所需", st->colors[0], 1);
	fprintf(cmd, ", \\\n"
	    "  $data using 7:($2 >= 0 ? $1+0.22 : NaN):(sprintf(\"%%.%df\", $2)) "
	    "with labels left offset 0.4,0 font \",%d\" notitle, \\\n"
	    "  $data using 7:($2 < 0 ? $1+0.22 : NaN):(sprintf(\"%%.%df\", $2)) "
	    "with labels right offset -0.4,0 font \",%d\" notitle, \\\n"
	    "  $data using ($3/2):1:(0):3:($1-0.1):($1+0.1) with boxxyerror "
	    "lt 2 notitle", dec, st->label_size, dec, st->label_size);
	key_box(ctx, "“十四五”实际", st->colors[1], 1);
	if (has13) {
		fputs(", \\\n  $data using ($4/2):($1-0.22):(0):4:($1-0.34):"
		    "($1-0.1) with boxxyerror lt 3 notitle", cmd);
		key_box(ctx, "“十三五”实际", st->colors[2], 1);
	}
	fprintf(cmd, ", \\\n  $data using (%g):1:6:($5 == 1 ? 0x%s : $5 == 2 ? "
	    "0x%s : $5 == 3 ? 0x%s : 0x666666) with labels left offset 1,0 font "
	    "\",%d\" textcolor rgb variable notitle\n", hi, verdict_color(st, 1) + 1,
	    verdict_color(st, 2) + 1, verdict_color(st, 3) + 1, st->font_size);
	ctx->default_title = xstrdup("{region}“十五五”规划目标所需增速与历史增速比较");
	free(rows);
	free(pos);
	return 0;
}
