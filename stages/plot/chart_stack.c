/* yp-plot: stacked bars by year: a 100 % structure (三次产业结构, age
 * groups) with its shares written on the bars, or parts that add up to a
 * total (sectors' pulls adding up to GDP growth), negative parts below
 * zero. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "charts.h"
#include "xalloc.h"

/* One year's bar: each part's bottom and top, as drawn. */
struct bar {
	int year;
	double *v;		/* the parts' values as plotted */
	double *bottom, *top;
	double total;		/* the total marker, NaN if none */
	double up, down;	/* the ends of the positive and negative stacks */
	double label_y;		/* where the total's value is written */
};

struct stack {
	struct bar *bars;
	size_t nbars;
	size_t nparts;
	int side;		/* thin parts labelled beside the bar */
};

static const struct point *
point_at(const struct point *p, size_t n, int year)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (p[i].year == year)
			return p[i].has ? &p[i] : NULL;
	return NULL;
}

static void
stack_free(struct stack *s)
{
	size_t i;

	for (i = 0; i < s->nbars; i++) {
		free(s->bars[i].v);
		free(s->bars[i].bottom);
		free(s->bars[i].top);
	}
	free(s->bars);
}

/* Gather the years in which every part has a value. */
static void
gather(struct plot_ctx *ctx, const struct chart *c, struct stack *s,
    int normalise)
{
	const char *region = c->regions[0];
	struct point **pts = xcalloc(c->nseries, sizeof *pts), *tot = NULL;
	size_t *npts = xcalloc(c->nseries, sizeof *npts), ntot = 0, i, k;

	memset(s, 0, sizeof *s);
	s->nparts = c->nseries;
	for (k = 0; k < c->nseries; k++)
		npts[k] = plot_series(ctx, region, &c->series[k], c->from, c->to,
		    &pts[k]);
	if (c->has_total)
		ntot = plot_series(ctx, region, &c->total, c->from, c->to, &tot);
	s->bars = xcalloc(npts[0] ? npts[0] : 1, sizeof *s->bars);
	for (i = 0; i < npts[0]; i++) {
		int year = pts[0][i].year;
		struct bar *b;
		const struct point *t;
		double sum = 0, up = 0, down = 0;

		if (!chart_shows_year(c, year))
			continue;
		for (k = 0; k < c->nseries; k++)
			if (!point_at(pts[k], npts[k], year))
				break;
		if (k < c->nseries)
			continue;
		b = &s->bars[s->nbars++];
		b->year = year;
		b->v = xcalloc(c->nseries, sizeof *b->v);
		b->bottom = xcalloc(c->nseries, sizeof *b->bottom);
		b->top = xcalloc(c->nseries, sizeof *b->top);
		for (k = 0; k < c->nseries; k++) {
			b->v[k] = point_at(pts[k], npts[k], year)->v;
			sum += b->v[k];
		}
		for (k = 0; k < c->nseries; k++) {
			if (normalise)
				b->v[k] = sum != 0 ? b->v[k] / sum * 100 : NAN;
			/* Positive parts stack up from zero, negative
			 * ones down from it, so a drag shows as a drag. */
			if (b->v[k] >= 0) {
				b->bottom[k] = up;
				up += b->v[k];
				b->top[k] = up;
			} else {
				b->top[k] = down;
				down += b->v[k];
				b->bottom[k] = down;
			}
		}
		t = c->has_total ? point_at(tot, ntot, year) : NULL;
		b->total = t ? t->v : NAN;
		b->up = up;
		b->down = down;
		b->label_y = NAN;
	}
	for (k = 0; k < c->nseries; k++)
		free(pts[k]);
	free(pts);
	free(npts);
	free(tot);
}

/* side: whether a part too thin for its value has it beside the bar
 * instead (when the bars are few, so the gaps are wide enough). */
static void
write_data(FILE *fp, const struct chart *c, const struct stack *s,
    int labels, double min_label, int dec, int side)
{
	size_t i, k;
	int *inside = xcalloc(s->nparts, sizeof *inside);

	/* A part's values go on the bars in every year or in none, so a
	 * reader never wonders why one year lacks its number: on the bars
	 * when its thinnest piece holds one. */
	for (k = 0; k < s->nparts; k++) {
		inside[k] = labels;
		for (i = 0; i < s->nbars; i++)
			if (fabs(s->bars[i].top[k] - s->bars[i].bottom[k]) < min_label)
				inside[k] = 0;
	}
	fputs("# Data: year, then per part its value, bottom, top, its label "
	    "on the bar (empty\n# where the part is too thin) and beside it, "
	    "then the total and where its\n# value goes\n", fp);
	fputs("$data << EOD\n", fp);
	for (i = 0; i < s->nbars; i++) {
		const struct bar *b = &s->bars[i];

		fprintf(fp, "%d", b->year);
		for (k = 0; k < s->nparts; k++) {
			fputc(' ', fp);
			gp_number(fp, b->v[k]);
			fputc(' ', fp);
			gp_number(fp, b->bottom[k]);
			fputc(' ', fp);
			gp_number(fp, b->top[k]);
			if (inside[k])
				fprintf(fp, " \"%.*f\" \"\"", dec, b->v[k]);
			else if (labels && side)
				fprintf(fp, " \"\" \"%.*f\"", dec, b->v[k]);
			else
				fputs(" \"\" \"\"", fp);
		}
		fputc(' ', fp);
		gp_number(fp, b->total);
		fputc(' ', fp);
		gp_number(fp, b->label_y);
		fputc('\n', fp);
	}
	fputs("EOD\n", fp);
	free(inside);
	(void)c;
}

static void
write_parts(struct plot_ctx *ctx, const struct chart *c, FILE *cmd,
    const struct stack *s)
{
	const struct plot_style *st = ctx->style;
	size_t k;

	fputs("plot ", cmd);
	for (k = 0; k < s->nparts; k++) {
		size_t col = 2 + 5 * k;
		char *name = short_name(series_name(ctx, &c->series[k]));

		fprintf(cmd, "%s$data using 1:(($%zu+$%zu)/2):($1-0.3):($1+0.3):"
		    "%zu:%zu with boxxyerror lt %zu notitle", k ? ", \\\n  " : "",
		    col + 1, col + 2, col + 1, col + 2, k % PLOT_NCOLORS + 1);
		key_box(ctx, legend_name(c, k, name), st->colors[k % PLOT_NCOLORS],
		    1);
		fprintf(cmd, ", \\\n  $data using 1:(($%zu+$%zu)/2):%zu with "
		    "labels font \",%d\" textcolor rgb \"%s\" notitle", col + 1,
		    col + 2, col + 3, st->label_size,
		    text_on(st->colors[k % PLOT_NCOLORS]));
		if (s->side)
			fprintf(cmd, ", \\\n  $data using ($1+0.3):(($%zu+$%zu)/2):"
			    "%zu with labels left offset 0.4,0 font \",%d\" "
			    "textcolor rgb \"%s\" notitle", col + 1, col + 2,
			    col + 4, st->label_size, st->text);
		free(name);
	}
}

static size_t
write_thresholds(FILE *fp, struct plot_ctx *ctx, const struct chart *c,
    const struct stack *s)
{
	const struct plot_style *st = ctx->style;
	struct threshold *th;
	struct box *boxes;
	size_t k, i, nth;
	char name[32];

	th = chart_thresholds(ctx, c, &nth);
	if (!nth) {
		thresholds_free(th, nth);
		return 0;
	}
	boxes = xcalloc(s->nbars, sizeof *boxes);
	for (i = 0; i < s->nbars; i++) {
		boxes[i].x0 = s->bars[i].year - 0.3;
		boxes[i].x1 = s->bars[i].year + 0.3;
		boxes[i].y0 = s->bars[i].down;
		boxes[i].y1 = s->bars[i].up;
	}
	for (k = 0; k < nth; k++) {
		snprintf(name, sizeof name, "threshold%zu", k + 1);
		gp_broken_line(fp, name, 0, th[k].value,
		    s->bars[0].year - 0.7, s->bars[s->nbars - 1].year + 0.7,
		    boxes, s->nbars);
	}
	free(boxes);
	/* The lines run behind the bars, so they never strike through a
	 * share written on a bar, and show in the gaps; their names stand
	 * in the right margin. */
	fputs("set rmargin 17\n", fp);
	for (k = 0; k < nth; k++) {
		fprintf(fp, "set label %zu ", k + 10);
		gp_string(fp, th[k].label);
		fprintf(fp, " at graph 1, first %g left offset 0.8,0 font \",%d\" "
		    "textcolor rgb \"#000000\"\n", th[k].value, st->label_size);
	}
	thresholds_free(th, nth);
	return nth;
}

static void
write_threshold_lines(FILE *cmd, size_t nth)
{
	size_t k;

	for (k = 0; k < nth; k++)
		fprintf(cmd, ", \\\n  $threshold%zu using 1:2 with lines dt (6,4) "
		    "lw 1.5 lc rgb \"#000000\" notitle", k + 1);
}

static const char *
kind_of_parts(const struct chart *c)
{
	size_t k;
	int gdp = 1, pop = 1;

	for (k = 0; k < c->nseries; k++) {
		if (strncmp(c->series[k].indicator, "gdp.", 4) != 0)
			gdp = 0;
		if (strncmp(c->series[k].indicator, "pop.", 4) != 0)
			pop = 0;
	}
	return gdp ? "三次产业" : pop ? "人口年龄" : "";
}

static int
skip_no_years(const struct chart *c, struct stack *s)
{
	char period[64], spec[256];

	chart_period_text(c, period, sizeof period);
	stack_free(s);
	return chart_skip(c, "no year with a value of every part (%s first) for "
	    "%s (years %s)", spec_text(&c->series[0], spec, sizeof spec),
	    c->regions[0], period);
}

int
chart_stack100(struct plot_ctx *ctx, const struct chart *c, FILE *fp, FILE *cmd)
{
	struct stack s;
	size_t k, nth;
	int normalise = 0, labels;
	char *label;

	/* Levels are turned into shares of their sum; measures that are
	 * shares already (yp-structure's share) are drawn as they are. */
	for (k = 0; k < c->nseries; k++)
		if (strcmp(c->series[k].measure, "value") == 0)
			normalise = 1;
	gather(ctx, c, &s, normalise);
	if (s.nbars == 0)
		return skip_no_years(c, &s);
	ctx->first_year = s.bars[0].year;
	ctx->last_year = s.bars[s.nbars - 1].year;
	labels = c->labels >= 0 ? c->labels : s.nbars <= 16;
	write_data(fp, c, &s, labels, 4.5, chart_decimals(c, 1), 0);
	gp_year_tics(fp, "x", ctx->first_year, ctx->last_year);
	fprintf(fp, "set xrange [%g:%g]\n", ctx->first_year - 0.7,
	    ctx->last_year + 0.7);
	fputs("set yrange [0:100]\nset ytics 20\n", fp);
	label = *c->ylabel ? xstrdup(c->ylabel) : xstrdup("比重（%）");
	fputs("set ylabel ", fp);
	gp_string(fp, label);
	fputc('\n', fp);
	free(label);
	nth = write_thresholds(fp, ctx, c, &s);
	write_parts(ctx, c, cmd, &s);
	write_threshold_lines(cmd, nth);
	fputs("\n", cmd);
	ctx->default_title = xasprintf("{region}{from}—{to}年%s结构",
	    kind_of_parts(c));
	stack_free(&s);
	return 0;
}

int
chart_stack(struct plot_ctx *ctx, const struct chart *c, FILE *fp, FILE *cmd)
{
	const struct plot_style *st = ctx->style;
	struct stack s;
	size_t i, k, nth;
	double lo = 0, hi = 0, pad, step;
	int labels, dec, has_total = 0;
	char *label, *unit;

	gather(ctx, c, &s, 0);
	if (s.nbars == 0)
		return skip_no_years(c, &s);
	ctx->first_year = s.bars[0].year;
	ctx->last_year = s.bars[s.nbars - 1].year;
	for (i = 0; i < s.nbars; i++) {
		for (k = 0; k < s.nparts; k++) {
			if (s.bars[i].bottom[k] < lo)
				lo = s.bars[i].bottom[k];
			if (s.bars[i].top[k] > hi)
				hi = s.bars[i].top[k];
		}
		if (!isnan(s.bars[i].total)) {
			has_total = 1;
			if (s.bars[i].total < lo)
				lo = s.bars[i].total;
			if (s.bars[i].total > hi)
				hi = s.bars[i].total;
		}
	}
	/* Room above the bars for the total's label. */
	pad = (hi - lo) * 0.15;
	step = nice_step(hi - lo + 2 * pad, 6);
	lo = lo < 0 ? floor((lo - pad / 2) / step) * step : 0;
	hi = ceil((hi + pad) / step) * step;
	labels = c->labels >= 0 ? c->labels : s.nbars <= 12;
	dec = chart_decimals(c, 1);
	/* The total's value above the whole bar, or below it when the
	 * total is negative. */
	for (i = 0; i < s.nbars; i++) {
		struct bar *b = &s.bars[i];

		if (isnan(b->total))
			continue;
		b->label_y = b->total >= 0 ?
		    fmax(b->total, b->up) + (hi - lo) * 0.05 :
		    fmin(b->total, b->down) - (hi - lo) * 0.05;
	}
	/* With up to 8 bars the gaps hold a thin part's value. */
	s.side = labels && s.nbars <= 8;
	write_data(fp, c, &s, labels, (hi - lo) * 0.05, dec, s.side);
	gp_year_tics(fp, "x", ctx->first_year, ctx->last_year);
	fprintf(fp, "set xrange [%g:%g]\n", ctx->first_year - 0.7,
	    ctx->last_year + 0.7);
	fprintf(fp, "set yrange [%g:%g]\nset ytics %g\n", lo, hi, step);
	fprintf(fp, "set xzeroaxis lt -1 lc rgb \"%s\" lw 1\n", st->text);
	unit = xstrdup(display_unit(series_unit(ctx, c->regions[0],
	    &c->series[0])));
	if (*c->ylabel)
		label = xstrdup(c->ylabel);
	else if (strcmp(c->series[0].measure, "pull") == 0)
		label = axis_title("拉动经济增长", unit);
	else if (strcmp(c->series[0].measure, "contribution") == 0)
		label = axis_title("对经济增长的贡献率", unit);
	else
		label = xstrdup(unit);
	fputs("set ylabel ", fp);
	gp_string(fp, label);
	fputc('\n', fp);
	free(label);
	nth = write_thresholds(fp, ctx, c, &s);
	write_parts(ctx, c, cmd, &s);
	write_threshold_lines(cmd, nth);
	if (has_total) {
		size_t col = 2 + 5 * s.nparts;

		fprintf(cmd, ", \\\n  $data using 1:%zu with points pt 13 "
		    "ps 1.6*pointscale lc rgb \"#000000\" notitle", col);
		key_point(ctx, legend_name(c, s.nparts, series_name(ctx,
		    &c->total)), "#000000", 13, 1.6);
		fprintf(cmd, ", \\\n  $data using 1:%zu:(sprintf(\"%%.%df\", $%zu))"
		    " with labels font \",%d\" notitle", col + 1, dec, col,
		    st->label_size);
	}
	fputs("\n", cmd);
	ctx->default_title = strcmp(c->series[0].measure, "pull") == 0 ?
	    xstrdup("{region}{from}—{to}年三次产业对经济增长的拉动") :
	    xasprintf("{region}{from}—{to}年%s", series_name(ctx, &c->series[0]));
	free(unit);
	stack_free(&s);
	return 0;
}
