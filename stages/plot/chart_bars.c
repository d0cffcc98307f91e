/* yp-plot: level bars with the growth rate as a line on the second axis
 * (地区生产总值及其增长速度, the statistical communiqué's first figure). */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "charts.h"
#include "xalloc.h"

static const struct point *
point_at(const struct point *p, size_t n, int year)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (p[i].year == year)
			return p[i].has ? &p[i] : NULL;
	return NULL;
}

int
chart_bar_line(struct plot_ctx *ctx, const struct chart *c, FILE *fp, FILE *cmd)
{
	const struct plot_style *st = ctx->style;
	const char *region = c->regions[0];
	struct point *lv = NULL, *gr = NULL;
	size_t nlv, ngr = 0, i, nyears = 0;
	int *years, first = 0, last = 0, labels, dec, has_growth = 0;
	double lmax = 0, lmin = 0, gmin = INFINITY, gmax = -INFINITY;
	double ytop, ybot, step, lo, hi, span, a, b;
	char *ylabel, *y2label, period[64], spec[256];

	nlv = plot_series(ctx, region, &c->series[0], c->from, c->to, &lv);
	if (c->nseries > 1)
		ngr = plot_series(ctx, region, &c->series[1], c->from, c->to, &gr);
	years = xcalloc(nlv ? nlv : 1, sizeof *years);
	for (i = 0; i < nlv; i++) {
		if (!lv[i].has || !chart_shows_year(c, lv[i].year))
			continue;
		years[nyears++] = lv[i].year;
		if (lv[i].v > lmax)
			lmax = lv[i].v;
		if (lv[i].v < lmin)
			lmin = lv[i].v;
	}
	if (nyears == 0) {
		chart_period_text(c, period, sizeof period);
		free(lv);
		free(gr);
		free(years);
		return chart_skip(c, "no values of %s for %s (years %s)",
		    spec_text(&c->series[0], spec, sizeof spec), region, period);
	}
	first = years[0];
	last = years[nyears - 1];
	ctx->first_year = first;
	ctx->last_year = last;
	for (i = 0; i < nyears; i++) {
		const struct point *g = point_at(gr, ngr, years[i]);

		if (!g)
			continue;
		has_growth = 1;
		if (g->v < gmin)
			gmin = g->v;
		if (g->v > gmax)
			gmax = g->v;
	}
	/* Labels on every bar fit up to about 13 bars on 800 px. */
	labels = c->labels >= 0 ? c->labels : nyears <= 13;
	dec = chart_decimals(c, auto_decimals(fmax(lmax, -lmin)));

	fprintf(fp, "# Data: year, %s (%s), %s (%%)\n", c->series[0].indicator,
	    series_unit(ctx, region, &c->series[0]),
	    c->nseries > 1 ? c->series[1].indicator : "none");
	fputs("$data << EOD\n", fp);
	for (i = 0; i < nyears; i++) {
		const struct point *l = point_at(lv, nlv, years[i]);
		const struct point *g = point_at(gr, ngr, years[i]);

		fprintf(fp, "%d ", years[i]);
		gp_number(fp, l->v);
		fputc(' ', fp);
		gp_number(fp, g ? g->v : NAN);
		fputc('\n', fp);
	}
	fputs("EOD\n", fp);

	fputs("# Layout: bars fill the lower 60 %, the growth line the band "
	    "above them,\n# so that the two never cross.\n", fp);
	gp_year_tics(fp, "x", first, last);
	fprintf(fp, "set xrange [%g:%g]\n", first - 0.7, last + 0.7);
	ytop = nice_ceil(lmax / 0.6);
	ybot = lmin < 0 ? -nice_ceil(-lmin * 1.2) : 0;
	step = nice_step(ytop - ybot, 5);
	fprintf(fp, "set yrange [%g:%g]\n", ybot, ytop);
	fprintf(fp, "set ytics %g\n", step);
	ylabel = *c->ylabel ? xstrdup(c->ylabel) :
	    axis_title(series_name(ctx, &c->series[0]),
	    series_unit(ctx, region, &c->series[0]));
	fputs("set ylabel ", fp);
	gp_string(fp, ylabel);
	fputs("\n", fp);
	if (has_growth) {
		/* Growth tics cover the line's own band only, from lo at
		 * 66 % of the height to hi at 94 %. */
		span = gmax - gmin;
		step = nice_step(span > 0 ? span : fabs(gmax) + 1, 3);
		lo = floor(gmin / step) * step;
		hi = ceil(gmax / step) * step;
		if (hi - lo < step)
			hi = lo + step;
		b = (hi - lo) / 0.28;
		a = lo - 0.66 * b;
		fprintf(fp, "set y2range [%g:%g]\n", a, a + b);
		fprintf(fp, "set y2tics %g, %g, %g nomirror out\n", lo, step, hi);
		fputs("set border 11 lc rgb ", fp);
		gp_string(fp, st->text);
		fputs("\nset rmargin 10\n", fp);
		y2label = *c->y2label ? xstrdup(c->y2label) :
		    axis_title(legend_name(c, 1, series_name(ctx, &c->series[1])),
		    series_unit(ctx, region, &c->series[1]));
		fputs("set y2label ", fp);
		gp_string(fp, y2label);
		fputs("\n", fp);
		free(y2label);
	}
	fputs("set boxwidth 0.6\n", fp);
	ctx->default_title = xasprintf("{region}{from}—{to}年%s%s",
	    series_name(ctx, &c->series[0]), has_growth ? "及其增长速度" : "");

	fputs("plot $data using 1:2 with boxes lt 1 notitle", cmd);
	key_box(ctx, legend_name(c, 0, series_name(ctx, &c->series[0])),
	    st->colors[0], 1);
	if (labels)
		fprintf(cmd, ", \\\n  $data using 1:2:(sprintf(\"%%.%df\", $2)) "
		    "with labels offset 0,0.6 font \",%d\" textcolor rgb \"%s\" "
		    "notitle", dec, st->label_size, st->text);
	if (has_growth) {
		/* The line in the third colour (red): apart from the bars'
		 * blue in colour and in grey. */
		fputs(", \\\n  $data using 1:3 axes x1y2 with linespoints lt 3 "
		    "lw 2.5 pt 7 ps 1.3*pointscale notitle", cmd);
		key_line(ctx, legend_name(c, 1, "比上年增长"), st->colors[2], 2.5,
		    NULL, 7, 1.3);
		if (labels)
			fprintf(cmd, ", \\\n  $data using 1:3:(sprintf(\"%%.%df\", "
			    "$3)) axes x1y2 with labels offset 0,1.1 font \",%d\" "
			    "textcolor rgb \"%s\" notitle", chart_decimals(c, 1),
			    st->label_size,
			    st->colors[2]);
	}
	fputs("\n", cmd);
	free(ylabel);
	free(lv);
	free(gr);
	free(years);
	return 0;
}
