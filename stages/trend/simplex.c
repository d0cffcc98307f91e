/* yp-trend: Nelder-Mead minimisation with R's stopping rule.
 *
 * Nelder & Mead (1965) with the usual coefficients (reflection 1,
 * expansion 2, contraction 1/2, shrink 1/2; Lagarias et al. 1998).  The
 * stopping rule is R's optim (and so forecast::ets's): the spread of the
 * function values over the simplex.  GSL's nmsimplex2 tests only the
 * simplex's size, which never shrinks along a direction the function
 * does not depend on; Holt's beta fraction is such a direction once
 * alpha reaches its lower bound (beta's range [lo, alpha] is then
 * empty), and a third of the Holt searches ran to the iteration cap. */
#include <math.h>
#include <string.h>

#include "simplex.h"

double
simplex_minimise(double (*fn)(const double *x, void *ctx), void *ctx,
	double *x, int p, double step, double reltol, int maxeval,
	int *evals)
{
	double v[SIMPLEX_MAX_DIM + 1][SIMPLEX_MAX_DIM], f[SIMPLEX_MAX_DIM + 1];
	double c[SIMPLEX_MAX_DIM], xr[SIMPLEX_MAX_DIM], xe[SIMPLEX_MAX_DIM];
	double fr, fe, fc;
	int i, j, lo, hi, nx, n = 0, shrink;

	memcpy(v[0], x, p * sizeof *x);
	f[0] = fn(v[0], ctx);
	n++;
	if (!isfinite(f[0])) {
		if (evals)
			*evals = n;
		return INFINITY;
	}
	for (i = 1; i <= p; i++) {
		memcpy(v[i], x, p * sizeof *x);
		v[i][i - 1] += step;
		f[i] = fn(v[i], ctx);
		n++;
	}
	for (;;) {
		/* best lo, worst hi, next-worst nx; ties to the lower index
		 * so the search is the same on every machine */
		lo = hi = 0;
		for (i = 1; i <= p; i++) {
			if (f[i] < f[lo])
				lo = i;
			if (f[i] >= f[hi])
				hi = i;
		}
		nx = lo;
		for (i = 0; i <= p; i++)
			if (i != hi && f[i] >= f[nx])
				nx = i;
		if (f[hi] <= f[lo] + reltol * (fabs(f[lo]) + reltol) ||
		    n >= maxeval)
			break;
		for (j = 0; j < p; j++) {
			c[j] = 0;
			for (i = 0; i <= p; i++)
				if (i != hi)
					c[j] += v[i][j];
			c[j] /= p;
			xr[j] = 2 * c[j] - v[hi][j];
		}
		fr = fn(xr, ctx);
		n++;
		shrink = 0;
		if (fr < f[lo]) {
			for (j = 0; j < p; j++)
				xe[j] = 3 * c[j] - 2 * v[hi][j];
			fe = fn(xe, ctx);
			n++;
			if (fe < fr) {
				memcpy(v[hi], xe, p * sizeof *x);
				f[hi] = fe;
			} else {
				memcpy(v[hi], xr, p * sizeof *x);
				f[hi] = fr;
			}
		} else if (fr < f[nx]) {
			memcpy(v[hi], xr, p * sizeof *x);
			f[hi] = fr;
		} else if (fr < f[hi]) {
			/* outside contraction */
			for (j = 0; j < p; j++)
				xe[j] = c[j] + 0.5 * (xr[j] - c[j]);
			fc = fn(xe, ctx);
			n++;
			if (fc <= fr) {
				memcpy(v[hi], xe, p * sizeof *x);
				f[hi] = fc;
			} else {
				shrink = 1;
			}
		} else {
			/* inside contraction */
			for (j = 0; j < p; j++)
				xe[j] = c[j] + 0.5 * (v[hi][j] - c[j]);
			fc = fn(xe, ctx);
			n++;
			if (fc < f[hi]) {
				memcpy(v[hi], xe, p * sizeof *x);
				f[hi] = fc;
			} else {
				shrink = 1;
			}
		}
		if (shrink)
			for (i = 0; i <= p; i++) {
				if (i == lo)
					continue;
				for (j = 0; j < p; j++)
					v[i][j] = v[lo][j] + 0.5 * (v[i][j] -
					    v[lo][j]);
				f[i] = fn(v[i], ctx);
				n++;
			}
	}
	memcpy(x, v[lo], p * sizeof *x);
	if (evals)
		*evals = n;
	return f[lo];
}
