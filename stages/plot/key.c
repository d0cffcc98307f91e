/* yp-plot: the key under the plot, laid out by yp-plot in screen coordinates. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "charts.h"
#include "xalloc.h"

/* The sample is 28 px wide, 8 px from its text; 24 px part the
 * entries of a row; the rows are 1.5 em apart, more than the 1.45 em a
 * line of Noto Sans CJK takes (its ascent and descent), so that rows do
 * not touch. */
#define KEY_SAMPLE 28.0
#define KEY_GAP 8.0
#define KEY_SPACE 24.0

static struct key_entry *
key_add(struct plot_ctx *ctx, const char *text, enum key_kind kind,
    const char *color)
{
	struct key_entry *e;

	ctx->key = xgrow(ctx->key, &ctx->keycap, ctx->nkey + 1, sizeof *ctx->key);
	e = &ctx->key[ctx->nkey++];
	memset(e, 0, sizeof *e);
	e->text = xstrdup(text);
	e->kind = kind;
	e->color = color;
	e->alpha = 1;
	e->lw = 2;
	return e;
}

void
key_box(struct plot_ctx *ctx, const char *text, const char *color,
    double alpha)
{
	key_add(ctx, text, KEY_BOX, color)->alpha = alpha;
}

void
key_line(struct plot_ctx *ctx, const char *text, const char *color,
    double lw, const char *dash, int pt, double ps)
{
	struct key_entry *e = key_add(ctx, text, KEY_LINE, color);

	e->lw = lw;
	e->dash = dash;
	e->pt = pt;
	e->ps = ps;
}

void
key_point(struct plot_ctx *ctx, const char *text, const char *color, int pt,
    double ps)
{
	struct key_entry *e = key_add(ctx, text, KEY_POINT, color);

	e->pt = pt;
	e->ps = ps;
}

void
key_free(struct plot_ctx *ctx)
{
	size_t i;

	for (i = 0; i < ctx->nkey; i++)
		free(ctx->key[i].text);
	free(ctx->key);
	ctx->key = NULL;
	ctx->nkey = ctx->keycap = 0;
}

/* An entry's width with the space after it. */
static double
entry_width(const struct plot_style *st, const struct key_entry *e)
{
	return KEY_SAMPLE + KEY_GAP + text_width(e->text, st->font_size) +
	    KEY_SPACE;
}

static double
row_height(const struct plot_style *st)
{
	return 1.5 * st->font_size;
}

void
key_layout(const struct plot_style *st, const struct key_entry *e, size_t n,
    struct key_layout *kl)
{
	double widest = 0, room = st->svg_width - 40;
	size_t i, cols;

	memset(kl, 0, sizeof *kl);
	if (n == 0)
		return;
	for (i = 0; i < n; i++)
		widest = fmax(widest, text_width(e[i].text, st->font_size));
	kl->entry_w = KEY_SAMPLE + KEY_GAP + widest + KEY_SPACE;
	/* The last entry needs no space after it. */
	cols = (size_t)((room + KEY_SPACE) / kl->entry_w);
	if (cols < 1)
		cols = 1;
	if (cols > n)
		cols = n;
	kl->rows = (int)((n + cols - 1) / cols);
	/* As many in each row as the rows need: 5 entries that fit 4 to a
	 * row go 3 and 2, not 4 and 1. */
	kl->cols = (int)((n + (size_t)kl->rows - 1) / (size_t)kl->rows);
}

double
key_extra(const struct plot_style *st, const struct plot_ctx *ctx)
{
	struct key_layout kl;

	key_layout(st, ctx->key, ctx->nkey, &kl);
	return kl.rows > 1 ? (kl.rows - 1) * row_height(st) : 0;
}

void
key_write(FILE *fp, const struct plot_ctx *ctx, double bottom, int height,
    int points_only)
{
	const struct plot_style *st = ctx->style;
	struct key_layout kl;
	double left, x, total, w = st->svg_width;
	size_t i;

	key_layout(st, ctx->key, ctx->nkey, &kl);
	if (kl.rows == 0)
		return;
	/* Centred on the chart; entries left to right, then row by row, in
	 * columns of the widest entry's width; a single row packs its
	 * entries each in its own width. */
	if (kl.rows == 1) {
		total = 0;
		for (i = 0; i < ctx->nkey; i++)
			total += entry_width(st, &ctx->key[i]);
		total -= KEY_SPACE;
	} else
		total = kl.cols * kl.entry_w - KEY_SPACE;
	left = x = (w - total) / 2;
	if (!points_only)
		fputs("# The key, laid out by yp-plot (screen coordinates)\n", fp);
	for (i = 0; i < ctx->nkey; i++) {
		const struct key_entry *e = &ctx->key[i];
		int row = (int)i / kl.cols, col = (int)i % kl.cols, tag;
		double y, x0, x1, h = 0.34 * st->font_size / height;

		if (kl.rows > 1)
			x = left + col * kl.entry_w;
		else if (i > 0)
			x += entry_width(st, &ctx->key[i - 1]);
		y = (bottom + (kl.rows - 1 - row) * row_height(st)) / height;
		x0 = x / w;
		x1 = (x + KEY_SAMPLE) / w;
		tag = 200 + 4 * (int)i;
		if (points_only) {
			if (e->pt)
				fprintf(fp, "set label %d \"\" at screen %.4f, "
				    "screen %.4f point pt %d ps %g*pointscale lc "
				    "rgb \"%s\" front\n", tag, (x0 + x1) / 2, y,
				    e->pt, e->ps, e->color);
			continue;
		}
		if (e->kind == KEY_BOX)
			fprintf(fp, "set object %d rect from screen %.4f, screen "
			    "%.4f to screen %.4f, screen %.4f fc rgb \"%s\" "
			    "fillstyle %ssolid %g noborder front\n", tag + 1, x0,
			    y - h, x1, y + h, e->color, e->alpha < 1 ?
			    "transparent " : "", e->alpha);
		else if (e->kind == KEY_LINE)
			fprintf(fp, "set arrow %d from screen %.4f, screen %.4f to "
			    "screen %.4f, screen %.4f nohead lc rgb \"%s\" lw %g "
			    "dt %s front\n", tag + 1, x0, y, x1, y, e->color, e->lw,
			    e->dash ? e->dash : "solid");
		fprintf(fp, "set label %d ", tag + 2);
		gp_string(fp, e->text);
		fprintf(fp, " at screen %.4f, screen %.4f left front textcolor "
		    "rgb \"%s\"\n", (x + KEY_SAMPLE + KEY_GAP) / w, y, st->text);
	}
}
