/* yp-plot: line trends, history solid and projection dashed on a shaded
 * background with its 80 % and 95 % bands, plan targets marked. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "charts.h"
#include "xalloc.h"

/* Projections and their bands for one series, by year. */
struct projection {
	int year;
	double fc, lo80, hi80, lo95, hi95;
};

struct line_series {
	const struct series_spec *sp;
	const char *unit;
	int axis;		/* 1 or 2 */
	struct point *hist;
	size_t nhist;
	struct projection *proj;
	size_t nproj;
	struct point *targets;
	size_t ntargets;
	int last_hist;		/* last year with a value, 0 if none */
	/* for placing the targets' names: pixels per unit of the series'
	 * axis, the threshold lines drawn across it, the label's size */
	double ppu;
	const double *lines;
	size_t nlines;
	double label_near, label_far;	/* pixels from the diamond */
};

static double
band_at(const struct point *p, size_t n, int year)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (p[i].year == year && p[i].has)
			return p[i].v;
	return NAN;
}

static void
load_projection(struct plot_ctx *ctx, const struct chart *c, const char *region,
    struct line_series *ls)
{
	static const char *const bands[] = { "lo80", "hi80", "lo95", "hi95" };
	struct point *fc, *band[4];
	size_t nfc, nband[4], i, k;
	char *m;

	nfc = plot_measure(ctx, region, ls->sp->indicator, c->forecast, c->from,
	    c->to, &fc);
	for (k = 0; k < 4; k++) {
		m = xasprintf("%s.%s", c->forecast, bands[k]);
		nband[k] = plot_measure(ctx, region, ls->sp->indicator,
		    yp_intern(ctx->strings, m), c->from, c->to, &band[k]);
		free(m);
	}
	ls->proj = xcalloc(nfc ? nfc : 1, sizeof *ls->proj);
	for (i = 0; i < nfc; i++) {
		struct projection *p;

		/* Only projections beyond the history: a forecast record
		 * for an observed year would draw the future over the past. */
		if (!fc[i].has || fc[i].year <= ls->last_hist)
			continue;
		p = &ls->proj[ls->nproj++];
		p->year = fc[i].year;
		p->fc = fc[i].v;
		p->lo80 = band_at(band[0], nband[0], p->year);
		p->hi80 = band_at(band[1], nband[1], p->year);
		p->lo95 = band_at(band[2], nband[2], p->year);
		p->hi95 = band_at(band[3], nband[3], p->year);
	}
	free(fc);
	for (k = 0; k < 4; k++)
		free(band[k]);
}

/* Targets of the series (yp-trend's target records, period a plan span)
 * that are levels in the series' own unit: a rate or a cumulative change
 * cannot be marked on a line of levels. */
static void
load_targets(struct plot_ctx *ctx, const struct chart *c, const char *region,
    struct line_series *ls)
{
	const struct obs_run *run;
	size_t i;

	if (!c->target)
		return;
	run = store_run(ctx->store, region, ls->sp->indicator, c->target);
	if (!run)
		return;
	ls->targets = xcalloc(run->n, sizeof *ls->targets);
	for (i = 0; i < run->n; i++) {
		const struct obs *o = &run->v[i];
		struct point *p;

		if (!o->has_value || strcmp(o->unit, ls->unit) != 0 ||
		    (c->from && o->to < c->from) || (c->to && o->to > c->to))
			continue;
		p = &ls->targets[ls->ntargets++];
		p->year = o->to;
		p->v = o->value;
		p->has = 1;
		plot_note_origin(ctx, o);
	}
}

static void
free_series(struct line_series *ls, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		free(ls[i].hist);
		free(ls[i].proj);
		free(ls[i].targets);
	}
	free(ls);
}

/* The line's value in a year: history, else the projection; NaN. */
static double
line_value(const struct line_series *ls, int year)
{
	size_t k;

	for (k = 0; k < ls->nhist; k++)
		if (ls->hist[k].year == year && ls->hist[k].has)
			return ls->hist[k].v;
	for (k = 0; k < ls->nproj; k++)
		if (ls->proj[k].year == year)
			return ls->proj[k].fc;
	return NAN;
}

/* Whether a target's name, above (side 1) or below its diamond, would
 * lie on a threshold line. */
static int
name_on_line(const struct line_series *ls, double v, int side)
{
	size_t i;

	for (i = 0; i < ls->nlines; i++) {
		double d = (ls->lines[i] - v) * ls->ppu * (side ? 1 : -1);

		if (d >= ls->label_near && d <= ls->label_far)
			return 1;
	}
	return 0;
}

/* Whether a target's name goes above its diamond: on the side away
 * from the series' line (which runs left and right of the diamond),
 * unless a threshold line runs there and not on the other side. */
static int
target_above(const struct line_series *ls, size_t k)
{
	double v = ls->targets[k].v, at = line_value(ls, ls->targets[k].year);
	int side = isnan(at) || v >= at;

	/* The other side only when it is clear of the series' line too;
	 * else the threshold line is cut where the name stands. */
	if (name_on_line(ls, v, side) && !name_on_line(ls, v, !side) &&
	    fabs(v - at) * ls->ppu >= ls->label_far)
		side = !side;
	return side;
}

/* The boxes of the targets' names of the series on the first axis, in
 * data units, so that a threshold line is cut where one stands; ppx is
 * pixels per year, text the size of a name.  Returns how many. */
static size_t
target_name_boxes(const struct line_series *ls, size_t nseries, double ppx,
    int label_size, int dec, struct box *boxes)
{
	size_t i, k, n = 0;
	char text[64];

	for (i = 0; i < nseries; i++) {
		if (ls[i].axis != 1 || !(ls[i].ppu > 0))
			continue;
		for (k = 0; k < ls[i].ntargets; k++) {
			double v = ls[i].targets[k].v, hw, sign;

			snprintf(text, sizeof text, "目标 %.*f", dec, v);
			hw = (text_width(text, label_size) / 2 + 6) / ppx;
			sign = target_above(&ls[i], k) ? 1 : -1;
			boxes[n].x0 = ls[i].targets[k].year - hw;
			boxes[n].x1 = ls[i].targets[k].year + hw;
			boxes[n].y0 = v + sign * ls[i].label_near / ls[i].ppu;
			boxes[n].y1 = v + sign * ls[i].label_far / ls[i].ppu;
			n++;
		}
	}
	return n;
}

/* How many targets have their name above (above = 1) or below. */
static size_t
targets_above(const struct line_series *ls, int above)
{
	size_t k, n = 0;

	for (k = 0; k < ls->ntargets; k++)
		n += target_above(ls, k) == above;
	return n;
}

static void
write_data(FILE *fp, const struct line_series *ls, size_t i)
{
	size_t k;
	int prev = 0;
	const struct point *last = NULL;

	fprintf(fp, "# %s:%s, history: year value (a blank line is a gap)\n",
	    ls->sp->indicator, ls->sp->measure);
	fprintf(fp, "$hist%zu << EOD\n", i + 1);
	for (k = 0; k < ls->nhist; k++) {
		const struct point *p = &ls->hist[k];

		if (!p->has)
			continue;
		if (prev && p->year != prev + 1)
			fputc('\n', fp);
		fprintf(fp, "%d ", p->year);
		gp_number(fp, p->v);
		fputc('\n', fp);
		prev = p->year;
		last = p;
	}
	fputs("EOD\n", fp);
	if (ls->nproj) {
		fputs("# projection: year forecast lo80 hi80 lo95 hi95, from the "
		    "last observed year\n", fp);
		fprintf(fp, "$proj%zu << EOD\n", i + 1);
		if (last) {
			fprintf(fp, "%d", last->year);
			for (k = 0; k < 5; k++) {
				fputc(' ', fp);
				gp_number(fp, last->v);
			}
			fputc('\n', fp);
		}
		for (k = 0; k < ls->nproj; k++) {
			const struct projection *p = &ls->proj[k];

			fprintf(fp, "%d ", p->year);
			gp_number(fp, p->fc);
			fputc(' ', fp);
			gp_number(fp, p->lo80);
			fputc(' ', fp);
			gp_number(fp, p->hi80);
			fputc(' ', fp);
			gp_number(fp, p->lo95);
			fputc(' ', fp);
			gp_number(fp, p->hi95);
			fputc('\n', fp);
		}
		fputs("EOD\n", fp);
	}
	if (ls->ntargets) {
		fputs("# plan targets: year value, 1 when the line passes below "
		    "it (its name goes above)\n", fp);
		fprintf(fp, "$target%zu << EOD\n", i + 1);
		for (k = 0; k < ls->ntargets; k++) {
			fprintf(fp, "%d ", ls->targets[k].year);
			gp_number(fp, ls->targets[k].v);
			fprintf(fp, " %d\n", target_above(ls, k));
		}
		fputs("EOD\n", fp);
	}
}

/* The lowest and highest value the series draws: history, projection,
 * bands, targets. */
static void
series_extent(const struct line_series *ls, double *lo, double *hi)
{
	size_t k;
	double v[5];
	int j;

	for (k = 0; k < ls->nhist; k++)
		if (ls->hist[k].has) {
			*lo = fmin(*lo, ls->hist[k].v);
			*hi = fmax(*hi, ls->hist[k].v);
		}
	for (k = 0; k < ls->nproj; k++) {
		v[0] = ls->proj[k].fc;
		v[1] = ls->proj[k].lo80;
		v[2] = ls->proj[k].hi80;
		v[3] = ls->proj[k].lo95;
		v[4] = ls->proj[k].hi95;
		for (j = 0; j < 5; j++)
			if (!isnan(v[j])) {
				*lo = fmin(*lo, v[j]);
				*hi = fmax(*hi, v[j]);
			}
	}
	for (k = 0; k < ls->ntargets; k++) {
		*lo = fmin(*lo, ls->targets[k].v);
		*hi = fmax(*hi, ls->targets[k].v);
	}
}

static int
has_bands(const struct line_series *ls, int lo)
{
	size_t k;

	for (k = 0; k < ls->nproj; k++)
		if (!isnan(lo ? ls->proj[k].lo95 : ls->proj[k].lo80))
			return 1;
	return 0;
}

int
chart_line(struct plot_ctx *ctx, const struct chart *c, FILE *fp, FILE *cmd)
{
	const struct plot_style *st = ctx->style;
	const char *region = c->regions[0], *units[2] = { NULL, NULL };
	struct line_series *ls = xcalloc(c->nseries, sizeof *ls);
	size_t i, k, nwith = 0, nth, nthdrawn = 0;
	struct threshold *th;
	double ylo[2] = { 0, 0 }, yhi[2] = { 0, 0 };
	int first = 0, last = 0, hist_end = 0, any_proj = 0, any_target = 0;
	int banded = 0, sep = 0, dec;
	double *lines;
	size_t nlines = 0, ntboxes = 0;
	struct box *tboxes;
	char *label, period[64], spec[256];

	for (i = 0; i < c->nseries; i++) {
		struct line_series *s = &ls[i];

		s->sp = &c->series[i];
		s->unit = series_unit(ctx, region, s->sp);
		if (!units[0] || strcmp(units[0], s->unit) == 0) {
			units[0] = s->unit;
			s->axis = 1;
		} else if (!units[1] || strcmp(units[1], s->unit) == 0) {
			units[1] = s->unit;
			s->axis = 2;
		} else {
			free_series(ls, c->nseries);
			return chart_skip(c, "series %s is in %s, a third unit "
			    "after %s and %s; chart it apart", s->sp->indicator,
			    s->unit, units[0], units[1]);
		}
		s->nhist = plot_series(ctx, region, s->sp, c->from, c->to,
		    &s->hist);
		for (k = 0; k < s->nhist; k++)
			if (s->hist[k].has) {
				s->last_hist = s->hist[k].year;
				if (!first || s->hist[k].year < first)
					first = s->hist[k].year;
				if (s->hist[k].year > last)
					last = s->hist[k].year;
			}
		if (s->last_hist)
			nwith++;
		else
			continue;
		load_projection(ctx, c, region, s);
		load_targets(ctx, c, region, s);
		if (s->nproj) {
			any_proj = 1;
			if (s->last_hist > hist_end)
				hist_end = s->last_hist;
			if (s->proj[s->nproj - 1].year > last)
				last = s->proj[s->nproj - 1].year;
		}
		for (k = 0; k < s->ntargets; k++) {
			any_target = 1;
			if (s->targets[k].year > last)
				last = s->targets[k].year;
		}
	}
	if (nwith == 0) {
		chart_period_text(c, period, sizeof period);
		free_series(ls, c->nseries);
		return chart_skip(c, "no values of %s for %s (years %s)",
		    spec_text(&c->series[0], spec, sizeof spec), region, period);
	}
	ctx->first_year = first;
	ctx->last_year = last;
	dec = chart_decimals(c, 1);
	gp_year_tics(fp, "x", first, last);
	fprintf(fp, "set xrange [%g:%g]\n", first - 0.5, last + 0.5);
	/* The value axes span what is drawn, thresholds near it included,
	 * with a margin, on whole steps; a threshold far from the data is
	 * left out rather than squash the lines. */
	th = chart_thresholds(ctx, c, &nth);
	lines = xcalloc(nth ? nth : 1, sizeof *lines);
	for (k = 0; k < 2; k++) {
		double lo = INFINITY, hi = -INFINITY, span, step;

		for (i = 0; i < c->nseries; i++)
			if (ls[i].axis == (int)k + 1)
				series_extent(&ls[i], &lo, &hi);
		if (!(lo <= hi))
			continue;
		span = hi - lo > 0 ? hi - lo : fabs(hi) > 0 ? fabs(hi) : 1;
		for (i = 0; k == 0 && i < nth; i++)
			if (th[i].value >= lo - 0.25 * span &&
			    th[i].value <= hi + 0.25 * span) {
				lo = fmin(lo, th[i].value);
				hi = fmax(hi, th[i].value);
			}
		span = hi - lo > 0 ? hi - lo : fabs(hi) > 0 ? fabs(hi) : 1;
		step = nice_step(span * 1.15, 5);
		ylo[k] = floor((lo - 0.04 * span) / step) * step;
		yhi[k] = ceil((hi + 0.1 * span) / step) * step;
		fprintf(fp, "set %srange [%g:%g]\nset %stics %g\n", k ? "y2" : "y",
		    ylo[k], yhi[k], k ? "y2" : "y", step);
	}
	/* Where the targets' names go depends on the pixels: the plot's
	 * height estimated with the title's room (the smaller of the two
	 * files' plots), a name's middle 1.1 lines from its diamond. */
	{
		double plot_h = st->svg_height - (ctx->tmargin + ctx->bmargin) *
		    1.2 * st->font_size, mid = 1.1 * 1.2 * st->font_size;

		for (k = 0; k < nth; k++)
			if (th[k].value >= ylo[0] && th[k].value <= yhi[0])
				lines[nlines++] = th[k].value;
		for (i = 0; i < c->nseries; i++) {
			int a = ls[i].axis - 1;

			ls[i].ppu = yhi[a] > ylo[a] ? plot_h / (yhi[a] - ylo[a]) : 0;
			ls[i].lines = a == 0 ? lines : NULL;
			ls[i].nlines = a == 0 ? nlines : 0;
			ls[i].label_near = mid - 0.6 * st->label_size - 3;
			ls[i].label_far = mid + 0.6 * st->label_size + 3;
			if (ls[i].last_hist)
				write_data(fp, &ls[i], i);
		}
	}
	label = *c->ylabel ? xstrdup(c->ylabel) : c->nseries == 1 ?
	    axis_title(series_name(ctx, &c->series[0]), units[0]) :
	    axis_title("", units[0]);
	fputs("set ylabel ", fp);
	gp_string(fp, label);
	fputc('\n', fp);
	free(label);
	if (units[1]) {
		label = *c->y2label ? xstrdup(c->y2label) : axis_title("", units[1]);
		fputs("set y2label ", fp);
		gp_string(fp, label);
		fputs("\nset y2tics nomirror out\nset border 11 lc rgb ", fp);
		gp_string(fp, st->text);
		fputs("\nset rmargin 10\n", fp);
		free(label);
	}
	if (any_proj) {
		/* The projection years sit on a grey ground under a "预测"
		 * mark, so they cannot be taken for history even in grey
		 * print. */
		fputs("# Projection years: grey ground, dashed lines\n", fp);
		fprintf(fp, "set object 1 rect from %d, graph 0 to graph 1, "
		    "graph 1 behind fillcolor rgb \"#EFEFEF\" fillstyle solid "
		    "1.0 noborder\n", hist_end);
		fprintf(fp, "set label 1 \"预测\" at %g, graph 0.96 left "
		    "font \",%d\" textcolor rgb \"#666666\"\n", hist_end + 0.3,
		    st->label_size);
	}
	for (i = 0; i < c->nseries; i++)
		ntboxes += ls[i].ntargets;
	tboxes = xcalloc(ntboxes ? ntboxes : 1, sizeof *tboxes);
	ntboxes = target_name_boxes(ls, c->nseries, st->svg_width * 0.82 /
	    (last - first + 1), st->label_size, dec, tboxes);
	for (k = 0; k < nth; k++) {
		char name[32];

		if (th[k].value < ylo[0] || th[k].value > yhi[0])
			continue;
		snprintf(name, sizeof name, "threshold%zu", k + 1);
		gp_broken_line(fp, name, 0, th[k].value, first - 0.5, last + 0.5,
		    tboxes, ntboxes);
		nthdrawn++;
		fprintf(fp, "set label %zu ", k + 10);
		gp_string(fp, th[k].label);
		fprintf(fp, " at graph 0.01, first %g left offset 0,0.6 font "
		    "\",%d\" textcolor rgb \"#555555\"\n", th[k].value,
		    st->label_size);
	}

	fputs("plot ", cmd);
	for (k = 0; k < nth; k++)
		if (th[k].value >= ylo[0] && th[k].value <= yhi[0])
			fprintf(cmd, "%s$threshold%zu using 1:2 with lines dt 3 lw 1.5 "
			    "lc rgb \"#555555\" notitle", sep++ ? ", \\\n  " : "",
			    k + 1);
	(void)nthdrawn;
	/* Bands first, so the lines lie on them; their key entries come
	 * last, after the lines'. */
	for (i = 0; i < c->nseries; i++) {
		const char *axes = ls[i].axis == 2 ? " axes x1y2" : "";

		if (has_bands(&ls[i], 1))
			fprintf(cmd, "%s$proj%zu using 1:5:6%s with filledcurves "
			    "fc rgb \"%s\" fillstyle transparent solid 0.18 "
			    "noborder notitle", sep++ ? ", \\\n  " : "", i + 1,
			    axes, st->colors[i % PLOT_NCOLORS]);
		if (has_bands(&ls[i], 0))
			fprintf(cmd, "%s$proj%zu using 1:3:4%s with filledcurves "
			    "fc rgb \"%s\" fillstyle transparent solid 0.35 "
			    "noborder notitle", sep++ ? ", \\\n  " : "", i + 1,
			    axes, st->colors[i % PLOT_NCOLORS]);
		if (!banded && (has_bands(&ls[i], 0) || has_bands(&ls[i], 1)))
			banded = (int)i + 1;
	}
	for (i = 0; i < c->nseries; i++) {
		const char *axes = ls[i].axis == 2 ? " axes x1y2" : "";
		const char *name = legend_name(c, i, series_name(ctx, ls[i].sp));

		if (!ls[i].last_hist)
			continue;
		fprintf(cmd, "%s$hist%zu using 1:2%s with linespoints lt %zu "
		    "lw 2.5 pt 7 ps 1*pointscale notitle", sep++ ? ", \\\n  " :
		    "", i + 1, axes, i % PLOT_NCOLORS + 1);
		key_line(ctx, name, st->colors[i % PLOT_NCOLORS], 2.5, NULL, 7, 1);
		if (ls[i].nproj) {
			fprintf(cmd, ", \\\n  $proj%zu using 1:2%s with linespoints "
			    "lt %zu lw 2.5 dt (7,5) pt 6 ps 1.1*pointscale "
			    "notitle", i + 1, axes, i % PLOT_NCOLORS + 1);
			if (c->labels > 0)
				fprintf(cmd, ", \\\n  $proj%zu using 1:2:"
				    "(sprintf(\"%%.%df\", $2)) every ::1%s with "
				    "labels offset 0,1 font \",%d\" notitle",
				    i + 1, dec, axes, st->label_size);
		}
		if (ls[i].ntargets) {
			/* The name of a target above its diamond when the
			 * line passes below it, else below: never on the
			 * line, which runs left and right of the diamond.
			 * At the right end it is set to the left, so that
			 * it stays inside the chart. */
			fprintf(cmd, ", \\\n  $target%zu using 1:2%s with points "
			    "lc rgb \"#000000\" pt 13 ps 1.6*pointscale notitle",
			    i + 1, axes);
			/* Only clauses with points, so that gnuplot has
			 * nothing to warn about. */
			if (targets_above(&ls[i], 1))
				fprintf(cmd, ", \\\n  $target%zu using 1:($3 > 0 ? "
				    "$2 : NaN):(sprintf(\"目标 %%.%df\", $2))%s "
				    "with labels center offset 0,1.1 font \",%d\" "
				    "notitle", i + 1, dec, axes, st->label_size);
			if (targets_above(&ls[i], 0))
				fprintf(cmd, ", \\\n  $target%zu using 1:($3 > 0 ? "
				    "NaN : $2):(sprintf(\"目标 %%.%df\", $2))%s "
				    "with labels center offset 0,-1.1 font \",%d\" "
				    "notitle", i + 1, dec, axes, st->label_size);
		}
	}
	/* The key: one entry per series (solid), then one each for the
	 * projection, the targets and the bands, whatever the number of
	 * series, so it stays on one or two lines. */
	/* The projection's entry in the series' colour when one series
	 * has projections, else in grey for them all. */
	if (any_proj) {
		size_t nproj = 0, which = 0;

		for (i = 0; i < c->nseries; i++)
			if (ls[i].nproj) {
				nproj++;
				which = i;
			}
		key_line(ctx, "预测值", nproj == 1 ?
		    st->colors[which % PLOT_NCOLORS] : "#555555", 2.5, "(7,5)",
		    6, 1.1);
	}
	if (any_target)
		key_point(ctx, "规划目标", "#000000", 13, 1.6);
	if (banded) {
		const char *color = st->colors[(banded - 1) % PLOT_NCOLORS];

		if (has_bands(&ls[banded - 1], 0))
			key_box(ctx, "80%预测区间", color, 0.35);
		if (has_bands(&ls[banded - 1], 1))
			key_box(ctx, "95%预测区间", color, 0.18);
	}
	fputs("\n", cmd);
	ctx->default_title = c->nseries == 1 ?
	    xasprintf("{region}{from}—{to}年%s走势%s", series_name(ctx, &c->series[0]),
	    any_proj ? "及预测" : "") :
	    xasprintf("{region}{from}—{to}年主要指标走势%s", any_proj ? "及预测" : "");
	thresholds_free(th, nth);
	free(lines);
	free(tboxes);
	free_series(ls, c->nseries);
	return 0;
}
