/* yp-plot: what every chart's gnuplot script shares (style, title, whole
 * years, the source line, the two terminals), and running it. */
#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "msg.h"
#include "num.h"
#include "charts.h"
#include "plot.h"
#include "punct.h"
#include "text.h"
#include "xalloc.h"

/* ---- gnuplot text ------------------------------------------------------ */

void
gp_string(FILE *fp, const char *text)
{
	/* Text in Chinese brackets its asides in full-width brackets, even
	 * when a table wrote them in ASCII: 细颗粒物（PM2.5）年均浓度. */
	char *zh = yp_zh_brackets(text);
	const char *s;

	fputc('"', fp);
	for (s = zh; *s; s++) {
		if (*s == '"' || *s == '\\')
			fputc('\\', fp);
		if (*s == '\n')
			fputs("\\n", fp);
		else
			fputc(*s, fp);
	}
	fputc('"', fp);
	free(zh);
}

void
gp_number(FILE *fp, double v)
{
	char buf[YP_NUM_BUFSZ];

	if (isnan(v)) {
		fputs("NaN", fp);
		return;
	}
	yp_format_number(v, buf);
	fputs(buf, fp);
}

/* Label every year when there are few, else every 2nd or 5th (the
 * multiples, so 2000, 2005, 2010 ... as yearbooks do) with a small tic
 * on the others: always whole years, never 2012.5. */
void
gp_year_tics(FILE *fp, const char *axis, int first, int last)
{
	int n = last - first + 1, step, y;

	step = n <= 13 ? 1 : n <= 24 ? 2 : 5;
	fprintf(fp, "set %stics nomirror out (", axis);
	for (y = first; y <= last; y++) {
		if (y > first)
			fputs(", ", fp);
		if (y % step == 0)
			fprintf(fp, "\"%d\" %d", y, y);
		else
			fprintf(fp, "\"\" %d 1", y);
	}
	fputs(")\n", fp);
	fprintf(fp, "set m%stics 1\n", axis);
}

double
nice_step(double span, int ntics)
{
	double raw, e, f;

	if (!(span > 0) || ntics < 1)
		return 1;
	raw = span / ntics;
	e = pow(10, floor(log10(raw)));
	f = raw / e;
	if (f <= 1)
		f = 1;
	else if (f <= 2)
		f = 2;
	else if (f <= 2.5)
		f = 2.5;
	else if (f <= 5)
		f = 5;
	else
		f = 10;
	return f * e;
}

double
nice_ceil(double v)
{
	double step;

	if (!(v > 0))
		return 0;
	step = nice_step(v, 5);
	return ceil(v / step - 1e-9) * step;
}

/* ---- where values come from ------------------------------------------- */

static void
add_origin(struct plot_ctx *ctx, const char *origin)
{
	size_t i;

	for (i = 0; i < ctx->norigins; i++)
		if (ctx->origins[i] == origin)
			return;
	ctx->origins = xgrow(ctx->origins, &ctx->origincap, ctx->norigins + 1,
	    sizeof *ctx->origins);
	ctx->origins[ctx->norigins++] = origin;
}

void
plot_note_origin(struct plot_ctx *ctx, const struct obs *o)
{
	const struct obs_run *raw;
	size_t i;

	if (o->status == YP_STATUS_FORECAST) {
		if (!ctx->forecast_from || o->from < ctx->forecast_from)
			ctx->forecast_from = o->from;
		if (o->to > ctx->forecast_to)
			ctx->forecast_to = o->to;
	}
	if (o->origin) {
		add_origin(ctx, o->origin);
		return;
	}
	/* A derived record names a method, not a file: credit the files
	 * of the observations of the same indicator it was made from. */
	ctx->derived = 1;
	raw = store_run(ctx->store, o->region, o->indicator, "value");
	for (i = 0; raw && i < raw->n; i++)
		if (raw->v[i].origin)
			add_origin(ctx, raw->v[i].origin);
}

/* ---- series ------------------------------------------------------------ */

static int
in_range(int y, int from, int to)
{
	return (!from || y >= from) && (!to || y <= to);
}

size_t
plot_measure(struct plot_ctx *ctx, const char *region, const char *indicator,
    const char *measure, int from, int to, struct point **pts)
{
	const struct obs_run *run = store_run(ctx->store, region, indicator,
	    measure);
	size_t i, n = 0;

	*pts = NULL;
	if (!run)
		return 0;
	*pts = xcalloc(run->n, sizeof **pts);
	for (i = 0; i < run->n; i++) {
		const struct obs *o = &run->v[i];
		struct point *p;

		if (o->from != o->to || !in_range(o->from, from, to))
			continue;
		p = &(*pts)[n++];
		p->year = o->from;
		p->status = o->status;
		p->has = o->has_value;
		p->v = o->has_value ? o->value : NAN;
		if (p->has)
			plot_note_origin(ctx, o);
	}
	return n;
}

size_t
plot_series(struct plot_ctx *ctx, const char *region,
    const struct series_spec *sp, int from, int to, struct point **pts)
{
	const struct obs_run *run = store_run(ctx->store, region, sp->indicator,
	    sp->measure);
	const struct obs *prev = NULL;
	size_t i, n = 0;

	*pts = NULL;
	if (!run)
		return 0;
	*pts = xcalloc(run->n, sizeof **pts);
	for (i = 0; i < run->n; i++) {
		const struct obs *o = &run->v[i];
		struct point *p;

		if (o->from != o->to || o->status == YP_STATUS_FORECAST)
			continue;
		if (!in_range(o->from, from, to)) {
			prev = o;
			continue;
		}
		p = &(*pts)[n++];
		p->year = o->from;
		p->status = o->status;
		p->has = o->has_value;
		p->v = o->value;
		switch (sp->transform) {
		case XF_NONE:
			break;
		case XF_INDEX:
			p->v = o->value - 100;
			break;
		case XF_YOY:
			/* Growth needs the year before, with a value. */
			if (prev && prev->from == o->from - 1 &&
			    prev->has_value && prev->value != 0) {
				p->v = (o->value / prev->value - 1) * 100;
				if (p->has)
					plot_note_origin(ctx, prev);
			} else
				p->has = 0;
			break;
		}
		if (!p->has)
			p->v = NAN;
		else
			plot_note_origin(ctx, o);
		prev = o;
	}
	return n;
}

int
plot_value(struct plot_ctx *ctx, const char *region, const char *indicator,
    const char *measure, int year, double *v)
{
	const struct obs_run *run = store_run(ctx->store, region, indicator,
	    measure);
	size_t i;

	for (i = 0; run && i < run->n; i++)
		if (run->v[i].from == year && run->v[i].to == year &&
		    run->v[i].has_value) {
			*v = run->v[i].value;
			plot_note_origin(ctx, &run->v[i]);
			return 1;
		}
	return 0;
}

const char *
series_unit(const struct plot_ctx *ctx, const char *region,
    const struct series_spec *sp)
{
	const struct obs_run *run;
	const struct yp_indicator *ind;
	size_t i;

	if (sp->transform != XF_NONE)
		return "%";
	run = store_run(ctx->store, region, sp->indicator, sp->measure);
	for (i = 0; run && i < run->n; i++)
		if (*run->v[i].unit)
			return run->v[i].unit;
	ind = yp_indicator_get(ctx->cfg, sp->indicator);
	return ind ? ind->unit : "";
}

const char *
series_name(const struct plot_ctx *ctx, const struct series_spec *sp)
{
	const struct yp_indicator *ind = yp_indicator_get(ctx->cfg, sp->indicator);

	if (sp->transform != XF_NONE)
		return "比上年增长";
	if (ind && *ind->name_zh)
		return ind->name_zh;
	return yp_starts_with(sp->indicator, "x.") ? sp->indicator + 2 :
	    sp->indicator;
}

/* ---- the script -------------------------------------------------------- */

static int
chart_height(const struct plot_ctx *ctx)
{
	return ctx->height > ctx->style->svg_height ? ctx->height :
	    ctx->style->svg_height;
}

/* A taller chart keeps the PNG's proportions to the SVG. */
static int
png_height(const struct plot_ctx *ctx)
{
	const struct plot_style *st = ctx->style;

	return (int)((double)st->png_height * chart_height(ctx) /
	    st->svg_height + 0.5);
}

/* The title with {region}, {parent}, {from}, {to} and {year} filled. */
static char *
expand_title(const struct plot_ctx *ctx, const struct chart *c,
    const char *tmpl)
{
	char *out = NULL;
	size_t len = 0;
	FILE *fp = open_memstream(&out, &len);
	const char *p;

	for (p = tmpl; *p; p++) {
		if (*p == '{') {
			const char *end = strchr(p, '}');
			size_t n = end ? (size_t)(end - p - 1) : 0;

			if (end && n == 6 && strncmp(p + 1, "region", n) == 0) {
				fputs(c->regions[0], fp);
				p = end;
				continue;
			}
			if (end && n == 6 && strncmp(p + 1, "parent", n) == 0) {
				fputs(c->parent ? c->parent : "", fp);
				p = end;
				continue;
			}
			if (end && n == 4 && strncmp(p + 1, "from", n) == 0) {
				fprintf(fp, "%d", ctx->first_year);
				p = end;
				continue;
			}
			if (end && n == 2 && strncmp(p + 1, "to", n) == 0) {
				fprintf(fp, "%d", ctx->last_year);
				p = end;
				continue;
			}
			if (end && n == 4 && strncmp(p + 1, "year", n) == 0) {
				fprintf(fp, "%d", ctx->year);
				p = end;
				continue;
			}
		}
		fputc(*p, fp);
	}
	fclose(fp);
	return out;
}

/* The title drawn on the chart.  A catalogue title with placeholders is
 * expanded as written; a plain one (as the report's caption wants it,
 * "地区生产总值及其增长速度") gets the region and the years in front, as
 * a communiqué's figure titles have them, unless it starts with the
 * region already. */
static char *
chart_title(const struct plot_ctx *ctx, const struct chart *c)
{
	const char *prefix;
	char *tmpl, *title;

	if (!*c->title)
		return expand_title(ctx, c, ctx->default_title ?
		    ctx->default_title : c->id);
	if (strchr(c->title, '{') || yp_starts_with(c->title, c->regions[0]))
		return expand_title(ctx, c, c->title);
	switch (c->type) {
	case CHART_PYRAMID:
	case CHART_PEER:
		prefix = "{region}{year}年";
		break;
	case CHART_TARGET14:
	case CHART_TARGET15:
		prefix = "{region}";
		break;
	default:
		prefix = ctx->first_year == ctx->last_year ? "{region}{from}年" :
		    "{region}{from}—{to}年";
		break;
	}
	tmpl = xasprintf("%s%s", prefix, c->title);
	title = expand_title(ctx, c, tmpl);
	free(tmpl);
	return title;
}

/* The source line: "数据来源：" and the departments (or files) the values
 * came from, in the order first used, then which years are projections.
 * Wrapped at a "、" into as many lines as the chart's width needs;
 * *nlines says how many. */
static char *
source_text(const struct plot_ctx *ctx, const struct chart *c, int *nlines)
{
	const struct plot_style *st = ctx->style;
	double room = st->svg_width - 24, w;
	char *text = NULL;
	size_t len = 0, i;
	FILE *m = open_memstream(&text, &len);

	*nlines = 1;
	if (c->source && *c->source) {
		fputs(c->source, m);
		fclose(m);
		return text;
	}
	fputs("数据来源：", m);
	w = text_width("数据来源：", st->note_size);
	for (i = 0; i < ctx->norigins; i++) {
		double ow = text_width(ctx->origins[i], st->note_size) +
		    st->note_size;

		if (i > 0 && w + ow > room) {
			fputs("、\n", m);
			(*nlines)++;
			w = 0;
		} else if (i > 0)
			fputs("、", m);
		fputs(ctx->origins[i], m);
		w += ow;
	}
	if (ctx->norigins == 0)
		fputs("根据有关统计数据测算", m);
	fputs("。", m);
	if (ctx->forecast_from) {
		if (w + 12 * st->note_size > room) {
			fputc('\n', m);
			(*nlines)++;
		}
		if (ctx->forecast_from == ctx->forecast_to)
			fprintf(m, "%d年为预测值。", ctx->forecast_from);
		else
			fprintf(m, "%d—%d年为预测值。", ctx->forecast_from,
			    ctx->forecast_to);
	}
	fclose(m);
	return text;
}

/* The pixels a wrapped source line adds under the chart. */
static double
source_extra(const struct plot_ctx *ctx, int nlines)
{
	return (nlines - 1) * ctx->style->note_size * 1.3;
}

static void
write_source_line(FILE *fp, const struct plot_ctx *ctx, const char *text,
    int nlines)
{
	fputs("set label 99 ", fp);
	gp_string(fp, text);
	/* The first line 15 px above the bottom, whatever the chart's
	 * height, plus the lines that follow it. */
	fprintf(fp, " at screen 0.012, screen %.4g left front font \",%d\" "
	    "textcolor rgb \"#595959\"\n", (15.0 + source_extra(ctx, nlines)) /
	    chart_height(ctx), ctx->style->note_size);
}

/* ---- the key, points and the title per terminal ------------------------- */

/* Measured: gnuplot 5.4's SVG terminal draws a filled circle (pt 7) of
 * ps 1 about 13.3 px across at a 16 px font (its points grow with the
 * font), cairo's PNG terminal 7 px at any size and scale.  One unit of
 * ps is made 6 SVG pixels in both, so a PNG twice the SVG's size has
 * points twice as large, as it has text. */
double
svg_point_scale(const struct plot_style *st)
{
	return 6.0 / (13.3 * st->font_size / 16.0);
}

double
png_point_scale(const struct plot_style *st)
{
	return 6.0 * st->png_scale / 7.0;
}

/* Where this chart's title goes: --titles, else the chart's titles=,
 * else the style's. */
static int
title_mask(const struct plot_style *st, const struct chart *c)
{
	if (st->titles_forced >= 0)
		return st->titles_forced;
	return c->titles >= 0 ? c->titles : st->titles;
}

/* The middle of the key's last row, in pixels above the chart's
 * bottom: over the source line and its wrapped lines. */
static double
key_bottom(const struct plot_ctx *ctx, int nlines)
{
	return 52.5 + source_extra(ctx, nlines);
}

static void
write_style(FILE *fp, const struct plot_style *st)
{
	int i;

	fputs("# House style (config/style.csv): colours that stay apart in "
	    "greyscale, whole\n# years, a light grid.\n", fp);
	for (i = 0; i < PLOT_NCOLORS; i++)
		fprintf(fp, "set linetype %d lc rgb \"%s\" lw 2 pt 7 dt solid\n",
		    i + 1, st->colors[i]);
	fprintf(fp, "set linetype 9 lc rgb \"%s\" lw 2 pt 7\n", st->highlight);
	fprintf(fp, "set linetype 10 lc rgb \"%s\" lw 2 pt 7\n", st->muted);
	fprintf(fp, "set border 3 lc rgb \"%s\" lw 1\n", st->text);
	fprintf(fp, "set tics nomirror out scale 0.6 textcolor rgb \"%s\"\n",
	    st->text);
	fprintf(fp, "set grid ytics lc rgb \"%s\" lw 1 dt solid\n", st->grid);
	fputs("set grid noxtics\n", fp);
	/* No gnuplot key: yp-plot draws its own under the x axis (key.c),
	 * clear of the data, above the source line; the bottom margin holds
	 * tic labels, an axis title, the key and the source line. */
	fputs("set key off\n", fp);
	fputs("set style fill solid 1.0 noborder\n", fp);
	fputs("set lmargin 11\n", fp);
	fputs("set rmargin 4\n", fp);
	fputs("set format y \"%g\"\n", fp);
	fputs("set format x \"%g\"\n", fp);
	fputs("set datafile missing \"NaN\"\n", fp);
}

/* What differs between the two files: the point size, and the title
 * (with the room above the plot it takes) when this file has it. */
static void
write_frame(FILE *fp, const struct plot_ctx *ctx, const char *title,
    int with_title, double pointscale, int nlines)
{
	const struct plot_style *st = ctx->style;

	fprintf(fp, "pointscale = %.4g\n", pointscale);
	key_write(fp, ctx, key_bottom(ctx, nlines), chart_height(ctx), 1);
	if (with_title) {
		/* Centred on the whole chart, not on the plot area, as a
		 * communiqué figure's. */
		fputs("set label 98 ", fp);
		gp_string(fp, title);
		fprintf(fp, " at screen 0.5, screen %.4g center font \",%d\" "
		    "textcolor rgb \"%s\"\n", 1 - 30.0 / chart_height(ctx),
		    st->title_size, st->text);
		fprintf(fp, "set tmargin %g\n", ctx->tmargin);
	} else {
		fputs("unset label 98\n", fp);
		fprintf(fp, "set tmargin %g\n", ctx->tmargin - 2);
	}
}

static void
write_options(FILE *fp, const struct chart *c)
{
	size_t i;

	if (!c->ngnuplot)
		return;
	fputs("# From the catalogue's set= options\n", fp);
	for (i = 0; i < c->ngnuplot; i++)
		fprintf(fp, "%s\n", c->gnuplot[i]);
}

static const chart_fn chart_fns[CHART_NTYPES] = {
	[CHART_BAR_LINE] = chart_bar_line,
	[CHART_LINE] = chart_line,
	[CHART_STACK100] = chart_stack100,
	[CHART_STACK] = chart_stack,
	[CHART_PYRAMID] = chart_pyramid,
	[CHART_PEER] = chart_peer,
	[CHART_TAPIO] = chart_tapio,
	[CHART_TARGET14] = chart_target14,
	[CHART_TARGET15] = chart_target15,
};

int
plot_script(const struct store *store, const struct plot_style *st,
    const struct yp_config *cfg, struct yp_map *strings,
    const struct chart *c, char **script, size_t *len, char **titlep)
{
	struct plot_ctx ctx;
	char *body = NULL, *cmd = NULL, *title, *source;
	size_t bodylen = 0, cmdlen = 0;
	FILE *bfp, *cfp, *fp;
	int rc, nlines, where;

	memset(&ctx, 0, sizeof ctx);
	ctx.store = store;
	ctx.style = st;
	ctx.cfg = cfg;
	ctx.strings = strings;
	ctx.bmargin = 6;
	ctx.tmargin = 4;
	bfp = open_memstream(&body, &bodylen);
	cfp = open_memstream(&cmd, &cmdlen);
	rc = chart_fns[c->type](&ctx, c, bfp, cfp);
	fclose(bfp);
	fclose(cfp);
	if (rc != 0) {
		free(body);
		free(cmd);
		free(ctx.origins);
		free(ctx.default_title);
		key_free(&ctx);
		return rc;
	}

	fp = open_memstream(script, len);
	title = chart_title(&ctx, c);
	where = title_mask(st, c);
	fprintf(fp, "# %s: %s\n", c->id, title);
	fprintf(fp, "# yp-plot chart \"%s\" (type %s, %s:%lu).  Remake the SVG and "
	    "PNG\n# beside this file with: gnuplot %s.gp\n", c->id,
	    chart_type_name(c->type), c->file, c->line, c->id);
	source = source_text(&ctx, c, &nlines);
	fputs("reset session\nset encoding utf8\n", fp);
	write_style(fp, st);
	fputs("# The chart\n", fp);
	fwrite(body, 1, bodylen, fp);
	fputs("# Source line\n", fp);
	fprintf(fp, "set bmargin %.3g\n", ctx.bmargin + (source_extra(&ctx,
	    nlines) + key_extra(st, &ctx)) / (st->font_size * 1.2));
	write_source_line(fp, &ctx, source, nlines);
	key_write(fp, &ctx, key_bottom(&ctx, nlines), chart_height(&ctx), 0);
	free(source);
	fprintf(fp, "# SVG for the HTML report%s\n", where & PLOT_TITLE_SVG ?
	    "" : ", without the title: the report captions it (titles= in "
	    "style.csv)");
	fprintf(fp, "set terminal svg size %d,%d font \"%s,%d\" linewidth 1 "
	    "noenhanced background \"#ffffff\"\n", st->svg_width,
	    chart_height(&ctx), st->font, st->font_size);
	fprintf(fp, "set output \"%s.svg\"\n", c->id);
	write_frame(fp, &ctx, title, where & PLOT_TITLE_SVG, svg_point_scale(st),
	    nlines);
	write_options(fp, c);
	fwrite(cmd, 1, cmdlen, fp);
	/* SVG pixels are 0.75 pt to cairo, hence fontscale = 0.75 x scale. */
	fprintf(fp, "# PNG for Word%s: twice the size, text, lines and points "
	    "scaled alike\n", where & PLOT_TITLE_PNG ? ", with the title" : "");
	fprintf(fp, "set terminal pngcairo size %d,%d font \"%s,%d\" fontscale "
	    "%g linewidth %g noenhanced background \"#ffffff\"\n",
	    st->png_width, png_height(&ctx), st->font, st->font_size,
	    st->png_scale * 0.75, st->png_scale);
	fprintf(fp, "set output \"%s.png\"\n", c->id);
	write_frame(fp, &ctx, title, where & PLOT_TITLE_PNG, png_point_scale(st),
	    nlines);
	write_options(fp, c);
	fputs("replot\nunset output\n", fp);
	fclose(fp);
	if (titlep)
		*titlep = title;
	else
		free(title);
	free(body);
	free(cmd);
	free(ctx.origins);
	free(ctx.default_title);
	key_free(&ctx);
	return 0;
}

/* ---- files and gnuplot ----------------------------------------------- */

static char *
chart_path(const char *dir, const char *id, const char *ext)
{
	return xasprintf("%s/%s.%s", dir, id, ext);
}

static void
remove_outputs(const char *dir, const char *id)
{
	static const char *const exts[] = { "gp", "svg", "png" };
	size_t i;

	for (i = 0; i < sizeof exts / sizeof exts[0]; i++) {
		char *p = chart_path(dir, id, exts[i]);

		unlink(p);
		free(p);
	}
}

/* The text of line n of script, for the error message. */
static char *
script_line(const char *script, size_t len, unsigned long n)
{
	const char *p = script, *end = script + len, *eol;
	unsigned long i;

	for (i = 1; p < end; i++, p = eol + 1) {
		eol = memchr(p, '\n', (size_t)(end - p));
		if (!eol)
			eol = end;
		if (i == n) {
			size_t k = (size_t)(eol - p);

			if (k <= 100)
				return xstrndup(p, k);
			/* Cut at a character, not inside one. */
			k = 100;
			while (k > 0 && ((unsigned char)p[k] & 0xC0) == 0x80)
				k--;
			return xasprintf("%.*s...", (int)k, p);
		}
	}
	return NULL;
}

static int
write_file(const char *path, const char *data, size_t len)
{
	char *tmp = xasprintf("%s.tmp", path);
	FILE *fp = fopen(tmp, "w");
	int ok;

	if (!fp) {
		free(tmp);
		return -1;
	}
	ok = fwrite(data, 1, len, fp) == len;
	ok = (fclose(fp) == 0) && ok;
	if (ok && rename(tmp, path) != 0)
		ok = 0;
	if (!ok) {
		int e = errno;

		unlink(tmp);
		errno = e;
	}
	free(tmp);
	return ok ? 0 : -1;
}

static int
nonempty(const char *path)
{
	struct stat st;

	return stat(path, &st) == 0 && st.st_size > 0;
}

int
plot_chart(const struct store *store, const struct plot_style *st,
    const struct yp_config *cfg, struct yp_map *strings,
    const struct chart *c, const char *dir, int script_only, char **title)
{
	struct yp_gnuplot_result res;
	char *script, *gp, *svg, *png, *bad;
	size_t len;
	int rc;

	*title = NULL;
	rc = plot_script(store, st, cfg, strings, c, &script, &len, title);
	if (rc != 0)
		return rc;
	gp = chart_path(dir, c->id, "gp");
	if (write_file(gp, script, len) != 0) {
		yp_warn_at(gp, 0, "cannot write: %s", strerror(errno));
		free(gp);
		free(script);
		return -1;
	}
	free(gp);
	if (script_only) {
		free(script);
		return 0;
	}
	svg = chart_path(dir, c->id, "svg");
	png = chart_path(dir, c->id, "png");
	rc = 0;
	if (yp_gnuplot_run(script, len, dir, &res) != 0) {
		size_t n = strlen(res.message);

		/* gnuplot ends its messages with a full stop; ours goes on. */
		if (n > 0 && res.message[n - 1] == '.')
			res.message[n - 1] = '\0';
		bad = res.line ? script_line(script, len, res.line) : NULL;
		if (bad)
			yp_warn_at(c->file, c->line, "chart %s: gnuplot failed at "
			    "script line %lu (%s): %s; fix the chart's options "
			    "(yp-plot --script-only writes the script)", c->id,
			    res.line, bad, res.message);
		else
			yp_warn_at(c->file, c->line, "chart %s: gnuplot failed: "
			    "%s", c->id, res.message);
		free(bad);
		rc = -1;
	} else if (!nonempty(svg) || !nonempty(png)) {
		yp_warn_at(c->file, c->line, "chart %s: gnuplot made no %s; "
		    "check the chart's set= options", c->id,
		    nonempty(svg) ? png : svg);
		rc = -1;
	} else if (png_set_print_width(png, st->png_width, st->png_width_cm) != 0) {
		yp_warn_at(c->file, c->line, "chart %s: %s: cannot set its print "
		    "size: %s", c->id, png, strerror(errno));
		rc = -1;
	} else if (res.nwarnings) {
		if (res.nwarnings > 1)
			yp_warn_at(c->file, c->line, "chart %s: gnuplot warns: "
			    "%s (and %d more)", c->id, res.message,
			    res.nwarnings - 1);
		else
			yp_warn_at(c->file, c->line, "chart %s: gnuplot warns: "
			    "%s", c->id, res.message);
	}
	if (rc != 0)
		remove_outputs(dir, c->id);
	free(svg);
	free(png);
	free(script);
	return rc;
}
