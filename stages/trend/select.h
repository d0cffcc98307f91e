/* yp-trend: projecting one series: the fitting window, every admissible
 * model, the choice by rolling-origin out-of-sample error, the records. */
#ifndef TREND_SELECT_H
#define TREND_SELECT_H

#include "models.h"
#include "settings.h"
#include "trend.h"

/* What a projection gives the target evaluation. */
struct projection {
	int ok;				/* a model was chosen */
	enum model_kind chosen;
	int last, horizon;		/* last observed year, last projected */
	double point, lo95, hi95;	/* at the horizon */
	double error;			/* of the chosen model */
	const char *why;		/* when !ok (lives in the outbuf) */
};

/* The errors of each model on the held-out years. */
struct model_score {
	int admissible;
	double error;
	char why[200];
};

/* Choose among the models in set->models fitted to y[0..n-1]: every one
 * that fits the whole window and every rolling origin (the last
 * `holdout` years, each forecast from every earlier origin) is scored by
 * its mean absolute percentage error (MAE when some value is not
 * positive); the lowest wins, ties to the lower model code.  fits[] gets
 * each admissible model's fit to the whole window.  Returns the chosen
 * model, or 0 when none is admissible.  `horizon_steps` is how far the
 * projection goes, for the bounds check; *mape tells which error. */
enum model_kind select_model(const struct trend_setting *set, const double *y,
	int n, int horizon_steps, struct model_fit *fits,
	struct model_score *scores, int *mape);

/* Project one series and write its records (docs/METHODS.md,
 * "Projections"), with every measure prefixed by prefix ("" or "real.").
 * y[0..n-1] are the years first..first+n-1 of the series; window_note
 * says why the window starts where it does. */
void project_series(const struct trend_setting *set, const char *code,
	const char *prefix, const char *unit, enum kind kind, const double *y,
	int first, int n, const char *window_note, struct outbuf *o,
	struct projection *result);

/* The fitting window of a series: the years after the last break (B)
 * or missing value up to the last observed year, at most set->window
 * of them.  Returns the number of years, *first the first; *note (in o)
 * says what limited it. */
int fit_window(const struct trend_setting *set, const struct series *s,
	int *first, const char **note, struct outbuf *o);

#endif
