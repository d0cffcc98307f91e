/* yp-trend: Nelder-Mead minimisation with R's stopping rule. */
#ifndef TREND_SIMPLEX_H
#define TREND_SIMPLEX_H

#define SIMPLEX_MAX_DIM 8

/* Minimise fn over R^p (p <= SIMPLEX_MAX_DIM) from x, the first simplex
 * x and x + step e_i.  Stops, as R's optim(method = "Nelder-Mead") that
 * forecast::ets uses, when the function values at the vertices agree to
 * reltol (f_worst <= f_best + reltol (|f_best| + reltol)), or after
 * maxeval evaluations.  x gets the best vertex; returns its value
 * (INFINITY when fn is not finite at the start).  *evals, when not
 * NULL, gets the number of evaluations. */
double simplex_minimise(double (*fn)(const double *x, void *ctx), void *ctx,
	double *x, int p, double step, double reltol, int maxeval,
	int *evals);

#endif
