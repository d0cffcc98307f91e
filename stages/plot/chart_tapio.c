/* yp-plot: the Tapio decoupling scatter: growth of GDP across, growth of
 * the pressure (energy, water, CO2) up, one point a year, on the eight
 * state regions cut by the elasticity lines 0.8 and 1.2. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "charts.h"
#include "xalloc.h"

/* Tapio (2005), Transport Policy 12(2) 137-151, table 1; the codes are
 * those of yp-structure's tapio_state (docs/METHODS.md). */
enum tapio_state {
	TAPIO_STRONG_DECOUPLING = 1,	/* ΔGDP > 0, ΔE < 0 */
	TAPIO_WEAK_DECOUPLING,		/* both > 0, 0 <= e < 0.8 */
	TAPIO_EXPANSIVE_COUPLING,	/* both > 0, 0.8 <= e <= 1.2 */
	TAPIO_EXPANSIVE_NEGATIVE,	/* both > 0, e > 1.2 */
	TAPIO_STRONG_NEGATIVE,		/* ΔGDP < 0, ΔE > 0 */
	TAPIO_WEAK_NEGATIVE,		/* both < 0, 0 <= e < 0.8 */
	TAPIO_RECESSIVE_COUPLING,	/* both < 0, 0.8 <= e <= 1.2 */
	TAPIO_RECESSIVE_DECOUPLING	/* both < 0, e > 1.2 */
};

/* The state of a point; 0 on the axes, where e is not defined. */
static int
tapio_state_of(double x, double y)
{
	double e;

	if (x == 0)
		return 0;
	e = y / x;
	if (x > 0) {
		if (y < 0)
			return TAPIO_STRONG_DECOUPLING;
		return e < 0.8 ? TAPIO_WEAK_DECOUPLING : e <= 1.2 ?
		    TAPIO_EXPANSIVE_COUPLING : TAPIO_EXPANSIVE_NEGATIVE;
	}
	if (y > 0)
		return TAPIO_STRONG_NEGATIVE;
	return e < 0.8 ? TAPIO_WEAK_NEGATIVE : e <= 1.2 ?
	    TAPIO_RECESSIVE_COUPLING : TAPIO_RECESSIVE_DECOUPLING;
}

/* Decoupling in the style's positive colour, coupling grey, negative
 * decoupling in its negative colour: the reading a planner wants at a
 * glance (good, neutral, bad). */
static const char *
state_fill(const struct plot_style *st, int s)
{
	switch (s) {
	case TAPIO_STRONG_DECOUPLING:
	case TAPIO_WEAK_DECOUPLING:
	case TAPIO_RECESSIVE_DECOUPLING:
		return st->positive;
	case TAPIO_EXPANSIVE_COUPLING:
	case TAPIO_RECESSIVE_COUPLING:
		return "#999999";
	default:
		return st->negative;
	}
}

static double
clamp(double v, double lo, double hi)
{
	return v < lo ? lo : v > hi ? hi : v;
}

static int
cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return (x > y) - (x < y);
}

/* The boundaries of the four regions on one side of the y axis as
 * columns x, then lower and upper y of each region, clipped to the
 * visible range; x runs over the ends and the points where a line
 * 0.8x or 1.2x leaves the range, so the clipped shapes are exact. */
static void
write_regions(FILE *fp, const char *name, double x0, double x1, double ymin,
    double ymax)
{
	double xs[16];
	size_t n = 0, i;
	static const double slopes[] = { 0.8, 1.2 };
	int right = x1 > 0;

	xs[n++] = x0;
	xs[n++] = x1;
	for (i = 0; i < 2; i++) {
		double a = ymin / slopes[i], b = ymax / slopes[i];

		if (a > x0 && a < x1)
			xs[n++] = a;
		if (b > x0 && b < x1)
			xs[n++] = b;
	}
	qsort(xs, n, sizeof *xs, cmp_double);
	fprintf(fp, "$%s << EOD\n", name);
	for (i = 0; i < n; i++) {
		double x = xs[i], l08 = clamp(0.8 * x, ymin, ymax),
		    l12 = clamp(1.2 * x, ymin, ymax);

		if (i > 0 && xs[i] == xs[i - 1])
			continue;
		gp_number(fp, x);
		if (right)	/* strong, weak decoupling, coupling, negative */
			fprintf(fp, " %.17g 0 0 %.17g %.17g %.17g %.17g %.17g\n",
			    ymin, l08, l08, l12, l12, ymax);
		else		/* strong neg., weak neg., recessive coupling,
				 * recessive decoupling */
			fprintf(fp, " 0 %.17g %.17g 0 %.17g %.17g %.17g %.17g\n",
			    ymax, l08, l12, l08, ymin, l12);
	}
	fputs("EOD\n", fp);
}

/* Label placement.  The chart is laid out in SVG pixels (an estimate of
 * the plot area: gnuplot's margins are not known before it draws), and
 * every label is placed where it overlaps the least of what is already
 * there: the points, the year labels, the trajectory. */
struct rect {
	double x0, y0, x1, y1;	/* pixels, y up */
};

struct layout {
	double xmin, ymin, sx, sy;	/* data to pixels */
	double w, h;			/* plot area in pixels */
	struct rect *obst;
	size_t nobst, cap;
	const double *px, *py;		/* the trajectory, in data units */
	size_t n;
};

static double
to_px(const struct layout *l, double x)
{
	return (x - l->xmin) * l->sx;
}

static double
to_py(const struct layout *l, double y)
{
	return (y - l->ymin) * l->sy;
}

static void
add_obstacle(struct layout *l, struct rect r)
{
	l->obst = xgrow(l->obst, &l->cap, l->nobst + 1, sizeof *l->obst);
	l->obst[l->nobst++] = r;
}

static double
overlap(struct rect a, struct rect b)
{
	double w = fmin(a.x1, b.x1) - fmax(a.x0, b.x0);
	double h = fmin(a.y1, b.y1) - fmax(a.y0, b.y0);

	return w > 0 && h > 0 ? w * h : 0;
}

/* Whether the segment (x0,y0)-(x1,y1) crosses r (Liang-Barsky). */
static int
crosses(struct rect r, double x0, double y0, double x1, double y1)
{
	double t0 = 0, t1 = 1, dx = x1 - x0, dy = y1 - y0;
	double p[4] = { -dx, dx, -dy, dy };
	double q[4] = { x0 - r.x0, r.x1 - x0, y0 - r.y0, r.y1 - y0 };
	double t;
	int i;

	for (i = 0; i < 4; i++) {
		if (p[i] == 0) {
			if (q[i] < 0)
				return 0;
			continue;
		}
		t = q[i] / p[i];

		if (p[i] < 0) {
			if (t > t1)
				return 0;
			if (t > t0)
				t0 = t;
		} else {
			if (t < t0)
				return 0;
			if (t < t1)
				t1 = t;
		}
	}
	return 1;
}

/* The cost of a label at r: what it covers, what runs through it, and
 * any part outside the plot. */
static double
cost(const struct layout *l, struct rect r)
{
	struct rect area = { 0, 0, l->w, l->h };
	double c = (r.x1 - r.x0) * (r.y1 - r.y0) - overlap(r, area);
	size_t i;

	c *= 10;
	for (i = 0; i < l->nobst; i++)
		c += overlap(r, l->obst[i]);
	for (i = 1; i < l->n; i++)
		if (crosses(r, to_px(l, l->px[i - 1]), to_py(l, l->py[i - 1]),
		    to_px(l, l->px[i]), to_py(l, l->py[i])))
			c += 30;
	return c;
}

/* "能源消费总量增长（%）"; for an index (上年=100) the name without its
 * 指数, since index − 100 is the growth of the quantity itself. */
static char *
growth_title(const struct plot_ctx *ctx, const struct series_spec *sp)
{
	const char *name = indicator_label(ctx, sp->indicator);
	size_t n = strlen(name), k = strlen("指数");

	if (sp->transform == XF_INDEX && n > k &&
	    strcmp(name + n - k, "指数") == 0)
		return xasprintf("%.*s增长（%%）", (int)(n - k), name);
	return xasprintf("%s增长（%%）", name);
}

/* Where a year's label goes relative to its point: the text starts
 * right of it (left-aligned), ends left of it, or is centred on it. */
enum { ALIGN_LEFT, ALIGN_RIGHT, ALIGN_CENTRE };

/* Place the year labels at the one of eight spots round each point (the
 * four corners, right, left, above, below) that covers least of the
 * points, the labels placed so far and the trajectory.  A label is taken
 * 1.45 em high, the height Noto Sans CJK gives a line (its ascent and
 * descent), so that labels that seem apart do not touch once drawn. */
static void
place_years(struct layout *l, const int *year, size_t n, int size,
    double *lx, double *ly, int *align)
{
	double w = text_width("2020", size), h = 1.45 * size;
	const double c = h / 2 + 2;
	const double dx[] = { 5, 5, -5, -5, 8, -8, 0, 0 };
	const double dy[] = { c, -c, c, -c, 0, 0, c + 2, -c - 2 };
	const int how[] = { ALIGN_LEFT, ALIGN_LEFT, ALIGN_RIGHT, ALIGN_RIGHT,
	    ALIGN_LEFT, ALIGN_RIGHT, ALIGN_CENTRE, ALIGN_CENTRE };
	size_t i, k;

	(void)year;
	for (i = 0; i < n; i++) {
		double x = to_px(l, l->px[i]), y = to_py(l, l->py[i]);
		struct rect r = { x - 6, y - 6, x + 6, y + 6 };

		add_obstacle(l, r);
	}
	for (i = 0; i < n; i++) {
		double x = to_px(l, l->px[i]), y = to_py(l, l->py[i]);
		double best = INFINITY;
		struct rect chosen = { 0, 0, 0, 0 };

		for (k = 0; k < sizeof dx / sizeof dx[0]; k++) {
			double x0 = how[k] == ALIGN_LEFT ? x + dx[k] :
			    how[k] == ALIGN_RIGHT ? x + dx[k] - w : x - w / 2;
			struct rect r = { x0 - 1, y + dy[k] - h / 2, x0 + w + 1,
			    y + dy[k] + h / 2 };
			double cst = cost(l, r);

			if (cst < best) {
				best = cst;
				chosen = r;
				align[i] = how[k];
				lx[i] = l->px[i] + dx[k] / l->sx;
				ly[i] = l->py[i] + dy[k] / l->sy;
			}
		}
		add_obstacle(l, chosen);
	}
}

/* The best place for a state's name inside its region: the spot whose
 * label rectangle lies wholly in the region and covers least, nearest
 * the region's middle on a tie.  Returns 0 when it does not fit. */
static int
place_state(struct layout *l, int state, const char *name, int size,
    double *x, double *y)
{
	double w = text_width(name, size) + 6, h = size + 4, best = INFINITY;
	double cx = 0, cy = 0, bestd = INFINITY;
	int a, b, cnt = 0, found = 0;
	const int N = 48;

	for (a = 0; a < N; a++)
		for (b = 0; b < N; b++) {
			double u = (a + 0.5) * l->w / N, v = (b + 0.5) * l->h / N;

			if (tapio_state_of(l->xmin + u / l->sx,
			    l->ymin + v / l->sy) == state) {
				cx += u;
				cy += v;
				cnt++;
			}
		}
	if (cnt == 0)
		return 0;
	cx /= cnt;
	cy /= cnt;
	for (a = 0; a < N; a++)
		for (b = 0; b < N; b++) {
			double u = (a + 0.5) * l->w / N, v = (b + 0.5) * l->h / N;
			struct rect r = { u - w / 2, v - h / 2, u + w / 2, v + h / 2 };
			double corner[4][2] = { { r.x0, r.y0 }, { r.x1, r.y0 },
			    { r.x0, r.y1 }, { r.x1, r.y1 } };
			double c, d;
			int k, inside = 1;

			if (r.x0 < 2 || r.y0 < 2 || r.x1 > l->w - 2 ||
			    r.y1 > l->h - 2)
				continue;
			/* The regions are convex: corners in, label in. */
			for (k = 0; k < 4 && inside; k++)
				inside = tapio_state_of(l->xmin + corner[k][0] /
				    l->sx, l->ymin + corner[k][1] / l->sy) ==
				    state;
			if (!inside)
				continue;
			c = cost(l, r);
			d = (u - cx) * (u - cx) + (v - cy) * (v - cy);
			if (c < best || (c == best && d < bestd)) {
				best = c;
				bestd = d;
				*x = l->xmin + u / l->sx;
				*y = l->ymin + v / l->sy;
				found = 1;
			}
		}
	if (found) {
		double u = to_px(l, *x), v = to_py(l, *y);
		struct rect r = { u - w / 2, v - h / 2, u + w / 2, v + h / 2 };

		add_obstacle(l, r);
	}
	return found;
}

int
chart_tapio(struct plot_ctx *ctx, const struct chart *c, FILE *fp, FILE *cmd)
{
	const struct plot_style *st = ctx->style;
	const char *region = c->regions[0];
	struct point *xs = NULL, *ys = NULL;
	struct layout l;
	size_t nx, ny, i, j, n = 0, s;
	double xmin = 0, xmax = 0, ymin = 0, ymax = 0, pad, *lx, *ly;
	int *year, *right, dec;
	double *px, *py;
	char period[64], spec[256], spec2[256], *label;

	nx = plot_series(ctx, region, &c->series[0], c->from, c->to, &xs);
	ny = plot_series(ctx, region, &c->series[1], c->from, c->to, &ys);
	px = xcalloc(nx ? nx : 1, sizeof *px);
	py = xcalloc(nx ? nx : 1, sizeof *py);
	year = xcalloc(nx ? nx : 1, sizeof *year);
	for (i = 0; i < nx; i++) {
		if (!xs[i].has || !chart_shows_year(c, xs[i].year))
			continue;
		for (j = 0; j < ny; j++)
			if (ys[j].year == xs[i].year && ys[j].has)
				break;
		if (j == ny)
			continue;
		px[n] = xs[i].v;
		py[n] = ys[j].v;
		year[n] = xs[i].year;
		xmin = fmin(xmin, px[n]);
		xmax = fmax(xmax, px[n]);
		ymin = fmin(ymin, py[n]);
		ymax = fmax(ymax, py[n]);
		n++;
	}
	free(xs);
	free(ys);
	if (n == 0) {
		chart_period_text(c, period, sizeof period);
		free(px);
		free(py);
		free(year);
		return chart_skip(c, "no year with both %s and %s for %s (years "
		    "%s)", spec_text(&c->series[0], spec, sizeof spec),
		    spec_text(&c->series[1], spec2, sizeof spec2), region,
		    period);
	}
	ctx->first_year = year[0];
	ctx->last_year = year[n - 1];

	/* Both axes show zero and a margin round the points; a strip of
	 * the other side of each axis stays visible so that the states
	 * there can be named. */
	pad = fmax(xmax - xmin, ymax - ymin) * 0.15 + 0.5;
	xmin = floor(xmin - pad);
	xmax = ceil(xmax + pad);
	ymin = floor(ymin - pad);
	ymax = ceil(ymax + pad);

	memset(&l, 0, sizeof l);
	l.xmin = xmin;
	l.ymin = ymin;
	l.w = st->svg_width * 0.82;
	l.h = st->svg_height * 0.66;
	l.sx = l.w / (xmax - xmin);
	l.sy = l.h / (ymax - ymin);
	l.px = px;
	l.py = py;
	l.n = n;
	lx = xcalloc(n, sizeof *lx);
	ly = xcalloc(n, sizeof *ly);
	right = xcalloc(n, sizeof *right);
	place_years(&l, year, n, st->label_size, lx, ly, right);
	dec = chart_decimals(c, 1);

	fputs("# Points: GDP growth (%), pressure growth (%), year, state code "
	    "(1-8, as yp-structure's\n# tapio_state), where the year's label "
	    "goes, and how it is aligned there (0 left,\n# 1 right, 2 centred)\n",
	    fp);
	fputs("$data << EOD\n", fp);
	for (i = 0; i < n; i++) {
		gp_number(fp, px[i]);
		fputc(' ', fp);
		gp_number(fp, py[i]);
		fprintf(fp, " %d %d %.6g %.6g %d\n", year[i],
		    tapio_state_of(px[i], py[i]), lx[i], ly[i], right[i]);
	}
	fputs("EOD\n", fp);
	fputs("# State regions, right of the y axis then left of it: x, then "
	    "low and high y of each\n", fp);
	if (xmax > 0)
		write_regions(fp, "right", 0, xmax, ymin, ymax);
	if (xmin < 0)
		write_regions(fp, "left", xmin, 0, ymin, ymax);

	fprintf(fp, "set xrange [%g:%g]\nset yrange [%g:%g]\n", xmin, xmax,
	    ymin, ymax);
	fprintf(fp, "set xtics %g nomirror out\nset ytics %g nomirror out\n",
	    nice_step(xmax - xmin, 6), nice_step(ymax - ymin, 6));
	fputs("set grid noxtics noytics\n", fp);
	fprintf(fp, "set xzeroaxis lt -1 lc rgb \"%s\" lw 1\n", st->text);
	fprintf(fp, "set yzeroaxis lt -1 lc rgb \"%s\" lw 1\n", st->text);
	fputs("set border 3\nset key off\n", fp);
	ctx->bmargin = 5;
	label = *c->xlabel ? xstrdup(c->xlabel) : growth_title(ctx,
	    &c->series[0]);
	fputs("set xlabel ", fp);
	gp_string(fp, label);
	fputs(" offset 0,0.3\n", fp);
	free(label);
	label = *c->ylabel ? xstrdup(c->ylabel) : growth_title(ctx,
	    &c->series[1]);
	fputs("set ylabel ", fp);
	gp_string(fp, label);
	fputc('\n', fp);
	free(label);

	/* The elasticity lines' names below their lines, towards where
	 * they leave the view: at the first of these spots along the line
	 * that covers least of the points, years and trajectory. */
	for (s = 0; s < 2; s++) {
		static const double along[] = { 0.85, 0.75, 0.95, 0.65, 0.55,
		    0.45 };
		double k = s ? 1.2 : 0.8, end = fmin(xmax, ymax / k), ex = 0;
		double best = INFINITY;
		struct rect r = { 0, 0, 0, 0 };
		char text[16];
		size_t a;

		for (a = 0; a < sizeof along / sizeof along[0]; a++) {
			double x = end * along[a], u = to_px(&l, x),
			    v = to_py(&l, k * x), cst;
			struct rect at = { u + 4, v - 20, u + 44, v - 4 };

			cst = cost(&l, at);
			if (cst < best) {
				best = cst;
				ex = x;
				r = at;
			}
		}
		snprintf(text, sizeof text, "e=%.1f", k);
		add_obstacle(&l, r);
		fprintf(fp, "set label %zu \"%s\" at %.6g, %.6g left offset "
		    "0.5,-0.7 font \",%d\" textcolor rgb \"#666666\"\n", s + 1,
		    text, ex, k * ex, st->note_size);
	}
	for (s = 1; s <= 8; s++) {
		double x, y;

		/* The names of config/labels.csv, as the report's text. */
		const char *name = st->labels.tapio[s];

		if (!place_state(&l, (int)s, name, st->label_size, &x, &y))
			continue;
		fprintf(fp, "set label %zu ", s + 10);
		gp_string(fp, name);
		fprintf(fp, " at %.6g, %.6g center font \",%d\" textcolor rgb "
		    "\"#555555\" front\n", x, y, st->label_size);
	}

	fputs("plot ", cmd);
	if (xmax > 0)
		for (s = 0; s < 4; s++)
			fprintf(cmd, "$right using 1:%zu:%zu with filledcurves fc "
			    "rgb \"%s\" fillstyle transparent solid 0.14 noborder "
			    "notitle, \\\n  ", 2 + 2 * s, 3 + 2 * s,
			    state_fill(st, (int)s + 1));
	if (xmin < 0)
		for (s = 0; s < 4; s++)
			fprintf(cmd, "$left using 1:%zu:%zu with filledcurves fc "
			    "rgb \"%s\" fillstyle transparent solid 0.14 noborder "
			    "notitle, \\\n  ", 2 + 2 * s, 3 + 2 * s,
			    state_fill(st, (int)s + 5));
	fprintf(cmd, "0.8*x with lines dt (6,4) lw 1.2 lc rgb \"#777777\" "
	    "notitle, \\\n  1.2*x with lines dt (6,4) lw 1.2 lc rgb "
	    "\"#777777\" notitle, \\\n  $data using 1:2 with lines lw 1 lc rgb "
	    "\"#AAAAAA\" notitle, \\\n  $data using 1:2 with points pt 7 "
	    "ps 1.7*pointscale lt 1 notitle");
	/* The years' labels by alignment, only the clauses that have
	 * points, so that gnuplot has nothing to warn about. */
	for (s = 0; s < 3; s++) {
		static const char *const word[] = { "left", "right", "center" };

		for (i = 0; i < n; i++)
			if (right[i] == (int)s)
				break;
		if (i == n)
			continue;
		fprintf(cmd, ", \\\n  $data using 5:($7 == %zu ? $6 : NaN):"
		    "(sprintf(\"%%d\", $3)) with labels %s font \",%d\" "
		    "textcolor rgb \"%s\" notitle", s, word[s], st->label_size,
		    st->text);
	}
	fputs("\n", cmd);
	(void)dec;
	ctx->default_title = xasprintf("{region}{from}—{to}年%s与经济增长的"
	    "脱钩状态", indicator_label(ctx, c->series[1].indicator));
	free(l.obst);
	free(lx);
	free(ly);
	free(right);
	free(px);
	free(py);
	free(year);
	return 0;
}
