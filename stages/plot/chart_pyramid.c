/* yp-plot: the population pyramid: 5-year age groups by sex for one
 * year, men left and women right, with the 65-year line and the ageing
 * stage it puts the region in. */
#include <ctype.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "charts.h"
#include "xalloc.h"

struct age_group {
	const char *code;	/* "00_04", "85p": the indicator's suffix */
	int lo, hi;		/* ages; hi -1 for an open group */
	double men, women;
	int has_men, has_women;
};

/* "00_04" is ages 0 to 4, "85p" 85 and over.  Returns 1 when understood. */
static int
parse_group(const char *code, int *lo, int *hi)
{
	char *end;
	long a, b;

	if (!isdigit((unsigned char)*code))
		return 0;
	a = strtol(code, &end, 10);
	if (strcmp(end, "p") == 0 || strcmp(end, "+") == 0) {
		*lo = (int)a;
		*hi = -1;
		return 1;
	}
	if (*end != '_' && *end != '-')
		return 0;
	b = strtol(end + 1, &end, 10);
	if (*end || b < a)
		return 0;
	*lo = (int)a;
	*hi = (int)b;
	return 1;
}

static int
cmp_group(const void *a, const void *b)
{
	const struct age_group *x = a, *y = b;

	return (x->lo > y->lo) - (x->lo < y->lo);
}

static struct age_group *
find_group(struct age_group *g, size_t n, const char *code)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (strcmp(g[i].code, code) == 0)
			return &g[i];
	return NULL;
}

/* The age groups under both prefixes, with their values in year (0: not
 * yet chosen; then the values are left empty). */
static struct age_group *
collect(struct plot_ctx *ctx, const struct chart *c, int year, size_t *ngroups)
{
	const struct store *s = ctx->store;
	struct age_group *g = NULL;
	size_t cap = 0, i, k, plen;
	int lo, hi;

	*ngroups = 0;
	for (i = 0; i < s->nruns; i++) {
		const struct obs_run *run = &s->run_list[i];
		const struct obs *o = run->v;

		if (o->region != c->regions[0])
			continue;
		for (k = 0; k < 2; k++) {
			const struct series_spec *sp = &c->series[k];
			struct age_group *a;
			const char *code;
			size_t j;

			plen = strlen(sp->indicator);
			if (strncmp(o->indicator, sp->indicator, plen) != 0 ||
			    o->measure != sp->measure)
				continue;
			code = o->indicator + plen;
			if (!parse_group(code, &lo, &hi))
				continue;
			a = find_group(g, *ngroups, code);
			if (!a) {
				g = xgrow(g, &cap, *ngroups + 1, sizeof *g);
				a = &g[(*ngroups)++];
				memset(a, 0, sizeof *a);
				a->code = code;
				a->lo = lo;
				a->hi = hi;
			}
			for (j = 0; year && j < run->n; j++) {
				const struct obs *r = &run->v[j];

				if (r->from != year || r->to != year ||
				    !r->has_value)
					continue;
				if (k == 0) {
					a->men = r->value;
					a->has_men = 1;
				} else {
					a->women = r->value;
					a->has_women = 1;
				}
				plot_note_origin(ctx, r);
			}
		}
	}
	if (*ngroups)
		qsort(g, *ngroups, sizeof *g, cmp_group);
	return g;
}

/* The latest year in the chart's period in which every group of both
 * sexes has a value. */
static int
complete_year(const struct plot_ctx *ctx, const struct chart *c,
    const struct age_group *g, size_t ng)
{
	int best = 0, y;
	size_t i, k, j;

	/* Candidate years: those of the first group's men. */
	for (i = 0; i < ctx->store->nruns; i++) {
		const struct obs_run *run = &ctx->store->run_list[i];
		const struct obs *o = run->v;
		char *want;

		if (o->region != c->regions[0] || o->measure != c->series[0].measure)
			continue;
		want = xasprintf("%s%s", c->series[0].indicator, g[0].code);
		if (strcmp(o->indicator, want) != 0) {
			free(want);
			continue;
		}
		free(want);
		for (j = 0; j < run->n; j++) {
			int ok = 1;

			y = run->v[j].from;
			if (run->v[j].to != y || !run->v[j].has_value ||
			    (c->from && y < c->from) || (c->to && y > c->to) ||
			    y <= best)
				continue;
			for (k = 0; k < ng && ok; k++) {
				int s;

				for (s = 0; s < 2 && ok; s++) {
					char *ind = xasprintf("%s%s",
					    c->series[s].indicator, g[k].code);
					const struct obs_run *r = store_run(
					    ctx->store, c->regions[0],
					    yp_intern(ctx->strings, ind),
					    c->series[s].measure);
					size_t m;

					free(ind);
					ok = 0;
					for (m = 0; r && m < r->n; m++)
						if (r->v[m].from == y &&
						    r->v[m].to == y &&
						    r->v[m].has_value)
							ok = 1;
				}
			}
			if (ok)
				best = y;
		}
	}
	return best;
}

/* "0-4", "85+": short, since 18 of them stand on the axis under the
 * axis title 年龄（岁）. */
static void
group_label(const struct age_group *g, char *buf, size_t n)
{
	if (g->hi < 0)
		snprintf(buf, n, "%d+", g->lo);
	else
		snprintf(buf, n, "%d-%d", g->lo, g->hi);
}

int
chart_pyramid(struct plot_ctx *ctx, const struct chart *c, FILE *fp, FILE *cmd)
{
	const struct plot_style *st = ctx->style;
	struct age_group *g;
	size_t ng, i, k;
	int year, dec, labels, at65 = -1;
	double total = 0, old = 0, xmax = 0, step, scale, share65, x;
	const struct threshold *stage = NULL;
	/* The ageing stages by the 65+ share, as yp-structure classes
	 * them (config/labels.csv ageing_stage: 7, 14, 20 %). */
	const struct threshold *th = c->nthresholds ? c->thresholds :
	    ctx->style->labels.ageing;
	size_t nth = c->nthresholds ? c->nthresholds : 3;
	char label[64], period[64], *unit, *xl;

	g = collect(ctx, c, 0, &ng);
	year = c->year;
	if (ng && !year)
		year = complete_year(ctx, c, g, ng);
	free(g);
	if (ng == 0 || !year) {
		chart_period_text(c, period, sizeof period);
		return chart_skip(c, "no year with every age group of %s* and "
		    "%s* for %s (years %s)", c->series[0].indicator,
		    c->series[1].indicator, c->regions[0], period);
	}
	g = collect(ctx, c, year, &ng);
	for (i = 0; i < ng; i++)
		if (!g[i].has_men || !g[i].has_women) {
			const char *code = g[i].code;	/* interned */

			free(g);
			return chart_skip(c, "age group %s has no value for both "
			    "sexes in %d for %s", code, year, c->regions[0]);
		}
	ctx->year = ctx->first_year = ctx->last_year = year;
	for (i = 0; i < ng; i++) {
		total += g[i].men + g[i].women;
		if (g[i].lo >= 65)
			old += g[i].men + g[i].women;
		if (g[i].lo == 65)
			at65 = (int)i;
	}
	if (!(total > 0)) {
		free(g);
		return chart_skip(c, "the age groups of %d add up to zero", year);
	}
	scale = c->share ? 100 / total : 1;
	for (i = 0; i < ng; i++) {
		if (g[i].men * scale > xmax)
			xmax = g[i].men * scale;
		if (g[i].women * scale > xmax)
			xmax = g[i].women * scale;
	}
	dec = chart_decimals(c, c->share ? 1 : 0);
	labels = c->labels != 0;

	fprintf(fp, "# Data: row, age group, men, women (%s), %d\n",
	    c->share ? "% of the whole population" : "persons", year);
	fputs("$data << EOD\n", fp);
	for (i = 0; i < ng; i++) {
		group_label(&g[i], label, sizeof label);
		fprintf(fp, "%zu \"%s\" ", i, label);
		gp_number(fp, g[i].men * scale);
		fputc(' ', fp);
		gp_number(fp, g[i].women * scale);
		fputc('\n', fp);
	}
	fputs("EOD\n", fp);

	/* Room beyond the longest bar for its value. */
	step = nice_step(xmax * 1.25, 3);
	xmax = ceil(xmax * 1.25 / step) * step;
	fprintf(fp, "set xrange [%g:%g]\n", -xmax, xmax);
	fputs("set xtics nomirror out (", fp);
	for (x = -xmax, k = 0; x <= xmax + step / 2; x += step, k++) {
		char buf[32];
		double ax = fabs(x) < step / 1e6 ? 0 : fabs(x);

		snprintf(buf, sizeof buf, "%g", ax);
		fprintf(fp, "%s\"%s\" %g", k ? ", " : "", buf, x);
	}
	fputs(")\n", fp);
	/* A row 22 px high holds its value (12 px) clear of the 65-year
	 * line on the row's edge: 18 groups make the chart 646 px high. */
	ctx->height = 250 + 22 * (int)ng;
	fprintf(fp, "set yrange [-0.6:%g]\n", ng - 0.4);
	fprintf(fp, "set ytics nomirror out font \",%d\" (", st->label_size - 1);
	for (i = 0; i < ng; i++) {
		group_label(&g[i], label, sizeof label);
		fprintf(fp, "%s\"%s\" %zu", i ? ", " : "", label, i);
	}
	fputs(")\nset grid noytics xtics\nset lmargin 10\n", fp);
	fprintf(fp, "set arrow 1 from 0, graph 0 to 0, graph 1 nohead lc rgb "
	    "\"%s\" lw 1 front\n", st->text);
	unit = xstrdup(c->share ? "%" : display_unit(series_unit(ctx,
	    c->regions[0], &c->series[0])));
	xl = *c->xlabel ? xstrdup(c->xlabel) : c->share ?
	    xstrdup("占总人口比重（%）") : axis_title("人口", unit);
	fputs("set xlabel ", fp);
	gp_string(fp, xl);
	fputs(" offset 0,0.3\n", fp);
	ctx->bmargin = 6.8;
	fputs("set ylabel ", fp);
	gp_string(fp, *c->ylabel ? c->ylabel : "年龄（岁）");
	fputc('\n', fp);

	share65 = old / total * 100;
	for (k = 0; k < nth; k++)
		if (share65 >= th[k].value)
			stage = &th[k];
	if (at65 >= 0) {
		/* The 65-year line between the bars (behind them), named in
		 * the right margin; the 65+ share and the ageing stage in
		 * the top left corner, where the oldest groups leave room. */
		fprintf(fp, "set arrow 2 from graph 0, first %g to graph 1, first "
		    "%g nohead dt (6,4) lw 1.5 lc rgb \"#000000\" back\n",
		    at65 - 0.5, at65 - 0.5);
		fprintf(fp, "set label 5 \"65岁\" at graph 1, first %g left "
		    "offset 0.6,0 font \",%d\" textcolor rgb \"#000000\"\n",
		    at65 - 0.5, st->label_size);
		fputs("set rmargin 7\n", fp);
	}
	{
		char *text = stage ?
		    xasprintf("65岁及以上人口占%.1f%%（%s）", share65, stage->label) :
		    xasprintf("65岁及以上人口占%.1f%%", share65);

		/* Under the title, above the bars: the oldest groups'
		 * values leave no room inside for a line this long. */
		fputs("set label 4 ", fp);
		gp_string(fp, text);
		fprintf(fp, " at graph 0.5, graph 1 center offset 0,1.1 font "
		    "\",%d\" textcolor rgb \"#000000\" front\n", st->label_size);
		free(text);
		ctx->tmargin = 5;
	}

	fputs("plot $data using (-$3/2):1:(-$3):(0):($1-0.4):($1+0.4) "
	    "with boxxyerror lt 1 notitle", cmd);
	key_box(ctx, "男", st->colors[0], 1);
	fputs(", \\\n  $data using ($4/2):1:(0):($4):($1-0.4):($1+0.4) with "
	    "boxxyerror lt 2 notitle", cmd);
	key_box(ctx, "女", st->colors[1], 1);
	if (labels)
		fprintf(cmd, ", \\\n  $data using (-$3):1:(sprintf(\"%%.%df\", $3)) "
		    "with labels right offset -0.4,0 font \",%d\" textcolor rgb "
		    "\"%s\" notitle, \\\n  $data using ($4):1:(sprintf(\"%%.%df\", "
		    "$4)) with labels left offset 0.4,0 font \",%d\" textcolor "
		    "rgb \"%s\" notitle", dec, st->label_size - 2, st->text, dec,
		    st->label_size - 2, st->text);
	fputs("\n", cmd);
	ctx->default_title = xstrdup("{region}{year}年人口年龄金字塔");
	free(unit);
	free(xl);
	free(g);
	return 0;
}
