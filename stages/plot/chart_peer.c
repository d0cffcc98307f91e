/* yp-plot: peer comparison (对标): one indicator across the region and its
 * peers as horizontal bars, the region highlighted, the parent region's
 * value and the peers' mean as lines. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "charts.h"
#include "xalloc.h"

struct peer_bar {
	const char *region;
	double v;
	int focus;
};

/* Largest first; equal values by name, so the order never depends on
 * the input's. */
static int
cmp_bar(const void *a, const void *b)
{
	const struct peer_bar *x = a, *y = b;

	if (x->v != y->v)
		return x->v > y->v ? -1 : 1;
	return strcmp(x->region, y->region);
}

/* The latest year in the period in which the focus region has a value. */
static int
latest_year(const struct plot_ctx *ctx, const struct chart *c)
{
	const struct obs_run *run = store_run(ctx->store, c->regions[0],
	    c->series[0].indicator, c->series[0].measure);
	int year = 0;
	size_t i;

	for (i = 0; run && i < run->n; i++) {
		const struct obs *o = &run->v[i];

		if (o->from == o->to && o->has_value &&
		    (!c->from || o->from >= c->from) &&
		    (!c->to || o->from <= c->to) && o->from > year)
			year = o->from;
	}
	return year;
}

int
chart_peer(struct plot_ctx *ctx, const struct chart *c, FILE *fp, FILE *cmd)
{
	const struct plot_style *st = ctx->style;
	const struct series_spec *sp = &c->series[0];
	struct peer_bar *bars;
	struct box *boxes;
	size_t n = 0, npeers = 0, i;
	int year, dec, has_parent, has_mean = 0, short_bars = 0;
	double v, parent = NAN, mean = 0, xmax = 0, xmin = 0, step;
	char period[64], spec[256], *xl;

	if (c->nregions < 2)
		return chart_skip(c, "%s has no peers: name them in the region "
		    "column or give it a row in config/peers.csv", c->regions[0]);
	bars = xcalloc(c->nregions, sizeof *bars);

	year = c->year ? c->year : latest_year(ctx, c);
	if (!year || !plot_value(ctx, c->regions[0], sp->indicator, sp->measure,
	    year, &v)) {
		free(bars);
		chart_period_text(c, period, sizeof period);
		if (c->year)
			snprintf(period, sizeof period, "%d", c->year);
		return chart_skip(c, "no value of %s for %s (years %s)",
		    spec_text(sp, spec, sizeof spec), c->regions[0], period);
	}
	ctx->year = ctx->first_year = ctx->last_year = year;
	for (i = 0; i < c->nregions; i++) {
		if (!plot_value(ctx, c->regions[i], sp->indicator, sp->measure,
		    year, &v))
			continue;
		bars[n].region = c->regions[i];
		bars[n].v = v;
		bars[n].focus = i == 0;
		if (i > 0) {
			mean += v;
			npeers++;
		}
		n++;
	}
	if (npeers == 0) {
		free(bars);
		return chart_skip(c, "none of the peers of %s has a value of %s "
		    "in %d", c->regions[0], spec_text(sp, spec, sizeof spec),
		    year);
	}
	/* The peers' mean as yp-compare computed it (MEASURE.peer_mean, over
	 * the peers that have the year, the region itself left out), else
	 * the same mean over the bars drawn. */
	{
		char *m = xasprintf("%s.peer_mean", sp->measure);

		if (!plot_value(ctx, c->regions[0], sp->indicator,
		    yp_intern(ctx->strings, m), year, &v))
			v = mean / (double)npeers;
		free(m);
	}
	mean = v;
	has_mean = 1;
	has_parent = c->parent && plot_value(ctx, c->parent, sp->indicator,
	    sp->measure, year, &parent);
	qsort(bars, n, sizeof *bars, cmp_bar);
	for (i = 0; i < n; i++) {
		xmax = fmax(xmax, bars[i].v);
		xmin = fmin(xmin, bars[i].v);
	}
	if (has_parent) {
		xmax = fmax(xmax, parent);
		xmin = fmin(xmin, parent);
	}
	dec = chart_decimals(c, auto_decimals(fmax(xmax, -xmin)));

	fprintf(fp, "# Data: row (top = largest), region, %s:%s in %d, "
	    "1 for the region itself\n", sp->indicator, sp->measure, year);
	fputs("$data << EOD\n", fp);
	for (i = 0; i < n; i++) {
		fprintf(fp, "%zu ", n - 1 - i);
		gp_string(fp, bars[i].region);
		fputc(' ', fp);
		gp_number(fp, bars[i].v);
		fprintf(fp, " %d\n", bars[i].focus);
	}
	fputs("EOD\n", fp);

	step = nice_step((xmax - xmin) * 1.05, 5);
	xmin = xmin < 0 ? floor(xmin * 1.05 / step) * step : 0;
	xmax = ceil(xmax * 1.05 / step) * step;
	fprintf(fp, "set xrange [%g:%g]\n", xmin, xmax);
	fprintf(fp, "set xtics %g nomirror out\n", step);
	fprintf(fp, "set yrange [-0.6:%g]\n", n - 0.4);
	fputs("set ytics nomirror out (", fp);
	for (i = 0; i < n; i++) {
		fprintf(fp, "%s", i ? ", " : "");
		gp_string(fp, bars[i].region);
		fprintf(fp, " %zu", n - 1 - i);
	}
	fputs(")\nset grid noytics xtics\nset lmargin 12\n", fp);
	xl = *c->xlabel ? xstrdup(c->xlabel) : axis_title(series_name(ctx, sp),
	    series_unit(ctx, c->regions[0], sp));
	fputs("set xlabel ", fp);
	gp_string(fp, xl);
	fputs(" offset 0,0.3\n", fp);
	ctx->bmargin = 7.5;
	free(xl);
	/* The lines show between the bars, so they cross no bar and no
	 * value; the values stand inside the bars' ends. */
	boxes = xcalloc(n, sizeof *boxes);
	for (i = 0; i < n; i++) {
		boxes[i].x0 = 0;
		boxes[i].x1 = bars[i].v;
		boxes[i].y0 = (double)(n - 1 - i) - 0.32;
		boxes[i].y1 = (double)(n - 1 - i) + 0.32;
	}
	if (has_mean)
		gp_broken_line(fp, "mean", 1, mean, -0.6, n - 0.4, boxes, n);
	if (has_parent)
		gp_broken_line(fp, "parent", 1, parent, -0.6, n - 0.4, boxes, n);
	free(boxes);

	/* Bars: the region in the highlight colour, its peers muted. */
	fprintf(cmd, "plot $data using ($3/2):1:(0):3:($1-0.32):($1+0.32):"
	    "($4 > 0 ? 0x%s : 0x%s) with boxxyerror lc rgb variable notitle",
	    st->highlight + 1, st->muted + 1);
	/* Values inside the bars' ends; a bar too short to hold its value
	 * (under a fifth of the axis) has it just outside. */
	for (i = 0; i < n; i++)
		if (bars[i].v < xmax * 0.2)
			short_bars = 1;
	if (c->labels != 0)
		fprintf(cmd, ", \\\n  $data using 3:($3 >= %g ? $1 : NaN):"
		    "(sprintf(\"%%.%df\", $3)):($4 > 0 ? 0x%s : 0x%s) with labels "
		    "right offset -0.5,0 font \",%d\" textcolor rgb variable "
		    "notitle", xmax * 0.2, dec, text_on(st->highlight) + 1,
		    text_on(st->muted) + 1, st->label_size);
	if (c->labels != 0 && short_bars)
		fprintf(cmd, ", \\\n  $data using 3:($3 >= %g ? NaN : $1):"
		    "(sprintf(\"%%.%df\", $3)) with labels left offset 0.5,0 "
		    "font \",%d\" textcolor rgb \"%s\" notitle", xmax * 0.2,
		    dec, st->label_size, st->text);
	/* The lines' names and values go in the key, where they cannot
	 * collide with each other or with the bars. */
	if (has_mean) {
		char *t = xasprintf("对标地区平均 %.*f", dec, mean);

		fputs(", \\\n  $mean using 1:2 with lines dt (2,3) lw 2.5 lc rgb "
		    "\"#000000\" notitle", cmd);
		key_line(ctx, t, "#000000", 2.5, "(2,3)", 0, 0);
		free(t);
	}
	if (has_parent) {
		char *t = xasprintf("%s %.*f", c->parent, dec, parent);

		fprintf(cmd, ", \\\n  $parent using 1:2 with lines dt (8,4) lw 2 "
		    "lc rgb \"%s\" notitle", st->colors[0]);
		key_line(ctx, t, st->colors[0], 2, "(8,4)", 0, 0);
		free(t);
	}
	fputs("\n", cmd);
	ctx->default_title = xasprintf("{region}与对标地区%s比较（{year}年）",
	    series_name(ctx, sp));
	free(bars);
	return 0;
}
