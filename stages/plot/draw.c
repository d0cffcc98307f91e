/* yp-plot: small helpers the chart types share. */
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "msg.h"
#include "charts.h"
#include "text.h"
#include "xalloc.h"

const char *
display_unit(const char *unit)
{
	if (strcmp(unit, "pp") == 0)
		return "百分点";
	return unit;
}

char *
short_name(const char *name)
{
	static const char *const suffixes[] = { "增加值" };
	size_t n = strlen(name), i, k;

	for (i = 0; i < sizeof suffixes / sizeof suffixes[0]; i++) {
		k = strlen(suffixes[i]);
		if (n > k && strcmp(name + n - k, suffixes[i]) == 0)
			return xstrndup(name, n - k);
	}
	return xstrdup(name);
}

char *
axis_title(const char *name, const char *unit)
{
	unit = display_unit(unit);
	if (!*unit)
		return xstrdup(name);
	if (!*name)
		return xasprintf("%s", unit);
	return xasprintf("%s（%s）", name, unit);
}

static int
hexval(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return 0;
}

/* Relative luminance as WCAG 2 defines it, without the gamma curve: good
 * enough to choose between black and white text. */
const char *
text_on(const char *color)
{
	double r, g, b, lum;

	if (strlen(color) != 7)
		return "#000000";
	r = (hexval(color[1]) * 16 + hexval(color[2])) / 255.0;
	g = (hexval(color[3]) * 16 + hexval(color[4])) / 255.0;
	b = (hexval(color[5]) * 16 + hexval(color[6])) / 255.0;
	lum = 0.2126 * r + 0.7152 * g + 0.0722 * b;
	return lum < 0.45 ? "#FFFFFF" : "#000000";
}

int
chart_shows_year(const struct chart *c, int year)
{
	size_t i;

	if (c->nyears == 0)
		return 1;
	for (i = 0; i < c->nyears; i++)
		if (c->years[i] == year)
			return 1;
	return 0;
}

const char *
legend_name(const struct chart *c, size_t i, const char *dflt)
{
	return i < c->nlegend ? c->legend[i] : dflt;
}

int
auto_decimals(double maxabs)
{
	return maxabs >= 1000 ? 0 : maxabs >= 1 ? 1 : 2;
}

const char *
indicator_label(const struct plot_ctx *ctx, const char *code)
{
	const struct yp_indicator *ind = yp_indicator_get(ctx->cfg, code);

	if (ind && *ind->name_zh)
		return ind->name_zh;
	return yp_starts_with(code, "x.") ? code + 2 : code;
}

int
chart_decimals(const struct chart *c, int dflt)
{
	return c->decimals >= 0 ? c->decimals : dflt;
}

static int
cmp_span(const void *a, const void *b)
{
	const double *x = a, *y = b;

	return (x[0] > y[0]) - (x[0] < y[0]);
}

void
gp_broken_line(FILE *fp, const char *name, int vertical, double at,
    double from, double to, const struct box *boxes, size_t n)
{
	double (*cut)[2] = xcalloc(n ? n : 1, sizeof *cut), pos = from;
	size_t i, k = 0;

	for (i = 0; i < n; i++) {
		const struct box *b = &boxes[i];
		double lo = vertical ? b->x0 : b->y0, hi = vertical ? b->x1 : b->y1;

		if (at < fmin(lo, hi) || at > fmax(lo, hi))
			continue;
		cut[k][0] = vertical ? fmin(b->y0, b->y1) : fmin(b->x0, b->x1);
		cut[k][1] = vertical ? fmax(b->y0, b->y1) : fmax(b->x0, b->x1);
		k++;
	}
	if (k)
		qsort(cut, k, sizeof *cut, cmp_span);
	fprintf(fp, "$%s << EOD\n", name);
	for (i = 0; i <= k; i++) {
		double end = i < k ? fmin(cut[i][0], to) : to;

		if (end > pos) {
			if (vertical)
				fprintf(fp, "%.10g %.10g\n%.10g %.10g\n\n", at, pos,
				    at, end);
			else
				fprintf(fp, "%.10g %.10g\n%.10g %.10g\n\n", pos, at,
				    end, at);
		}
		if (i < k && cut[i][1] > pos)
			pos = cut[i][1];
	}
	fputs("EOD\n", fp);
	free(cut);
}

struct threshold *
chart_thresholds(const struct plot_ctx *ctx, const struct chart *c, size_t *n)
{
	const struct plot_labels *l = &ctx->style->labels;
	const struct threshold *from = c->named_thresholds == 1 ? l->ageing :
	    c->named_thresholds == 2 ? l->urbanization : c->thresholds;
	struct threshold *th;
	size_t i;

	*n = c->named_thresholds == 1 ? 3 : c->named_thresholds == 2 ? 2 :
	    c->nthresholds;
	th = xcalloc(*n ? *n : 1, sizeof *th);
	for (i = 0; i < *n; i++) {
		th[i].value = from[i].value;
		th[i].label = c->named_thresholds ?
		    xasprintf("%s %g%%", from[i].label, from[i].value) :
		    xstrdup(from[i].label);
	}
	return th;
}

void
thresholds_free(struct threshold *th, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		free(th[i].label);
	free(th);
}

/* Width of a label in pixels: CJK characters a full em, others about
 * half of one. */
double
text_width(const char *s, int size)
{
	double w = 0;

	while (*s) {
		unsigned char c = (unsigned char)*s;

		if (c < 0x80) {
			w += 0.55 * size;
			s++;
		} else {
			w += size;
			s += c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
		}
	}
	return w;
}

int
margin_chars(const struct plot_style *st, double px)
{
	/* gnuplot's character is about 0.56 em of the chart's font. */
	return (int)ceil(px / (0.56 * st->font_size)) + 2;
}

int
chart_skip(const struct chart *c, const char *fmt, ...)
{
	char *why = NULL;
	size_t len = 0;
	FILE *fp = open_memstream(&why, &len);
	va_list ap;

	va_start(ap, fmt);
	vfprintf(fp, fmt, ap);
	va_end(ap);
	fclose(fp);
	yp_warn_at(c->file, c->line, "chart %s: %s; skipped", c->id, why);
	free(why);
	return 1;
}

void
chart_period_text(const struct chart *c, char *buf, size_t n)
{
	if (c->from && c->to)
		snprintf(buf, n, "%d-%d", c->from, c->to);
	else if (c->from)
		snprintf(buf, n, "%d on", c->from);
	else if (c->to)
		snprintf(buf, n, "to %d", c->to);
	else
		snprintf(buf, n, "all");
}

const char *
spec_text(const struct series_spec *sp, char *buf, size_t n)
{
	snprintf(buf, n, "%s%s%s%s%s", sp->indicator, sp->prefix ? "*" : "",
	    strcmp(sp->measure, "value") ? ":" : "",
	    strcmp(sp->measure, "value") ? sp->measure : "",
	    sp->transform == XF_INDEX ? "@index" : sp->transform == XF_YOY ?
	    "@yoy" : "");
	return buf;
}
