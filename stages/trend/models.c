/* yp-trend: fitting the projection models with GSL, and their intervals.
 * Formulas and sources: docs/METHODS.md, section "Models". */
#include <math.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <stdlib.h>

#include <gsl/gsl_blas.h>
#include <gsl/gsl_cdf.h>
#include <gsl/gsl_errno.h>
#include <gsl/gsl_multifit.h>
#include <gsl/gsl_multifit_nlinear.h>

#include "models.h"
#include "simplex.h"

static const char *const model_names[] = {
	[MODEL_LINEAR] = "linear",
	[MODEL_LOGLINEAR] = "loglinear",
	[MODEL_LOGISTIC] = "logistic",
	[MODEL_GM11] = "gm11",
	[MODEL_HOLT] = "holt",
	[MODEL_HOLT_DAMPED] = "holt_damped",
};

const char *
model_name(enum model_kind kind)
{
	if (kind < MODEL_FIRST || kind > MODEL_LAST)
		return NULL;
	return model_names[kind];
}

enum model_kind
model_by_name(const char *name)
{
	int k;

	for (k = MODEL_FIRST; k <= MODEL_LAST; k++)
		if (strcmp(model_names[k], name) == 0)
			return (enum model_kind)k;
	return 0;
}

int
model_min_length(const struct model_spec *spec)
{
	switch (spec->kind) {
	case MODEL_LINEAR:
	case MODEL_LOGLINEAR:
		return 5;	/* 3 residual degrees of freedom */
	case MODEL_LOGISTIC:
		return spec->k_fixed > 0 ? 6 : 8;	/* 2 or 3 parameters */
	case MODEL_GM11:
		return 5;	/* Deng's 4, plus one for the interval */
	case MODEL_HOLT:
		return 9;	/* forecast::ets: n > 4 parameters + 4 */
	case MODEL_HOLT_DAMPED:
		return 10;	/* the same with phi */
	}
	return 0;
}

/* Say why a model refuses the data. */
static void __attribute__((format(printf, 3, 4)))
say(char *why, size_t whysz, const char *fmt, ...)
{
	va_list ap;

	if (!why || !whysz)
		return;
	va_start(ap, fmt);
	vsnprintf(why, whysz, fmt, ap);
	va_end(ap);
}

/* Student t quantiles of the two coverages every interval uses, for the
 * degrees of freedom a window can have, worked out once: the inverse
 * distribution iterates, and it was asked for the same few hundred values
 * ten times a series. */
#define T_TABLE_DF 128
static double t_table[2][T_TABLE_DF];
static pthread_once_t t_table_once = PTHREAD_ONCE_INIT;

static void
t_table_fill(void)
{
	int df;

	for (df = 1; df < T_TABLE_DF; df++) {
		t_table[0][df] = gsl_cdf_tdist_Pinv(1.0 - (1.0 - 0.80) / 2.0, df);
		t_table[1][df] = gsl_cdf_tdist_Pinv(1.0 - (1.0 - 0.95) / 2.0, df);
	}
}

/* Student t quantile for a central interval. */
static double
t_quantile(double coverage, int df)
{
	if (df >= 1 && df < T_TABLE_DF && (coverage == 0.80 ||
	    coverage == 0.95)) {
		pthread_once(&t_table_once, t_table_fill);
		return t_table[coverage == 0.95][df];
	}
	return gsl_cdf_tdist_Pinv(1.0 - (1.0 - coverage) / 2.0, df);
}

/* ---- linear and log-linear: OLS on (1, i - tbar) -------------------- */

static int
fit_regression(const double *z, int n, struct model_fit *f)
{
	gsl_matrix *X = gsl_matrix_alloc(n, 2);
	gsl_vector *yv = gsl_vector_alloc(n);
	gsl_vector *c = gsl_vector_alloc(2);
	gsl_matrix *cov = gsl_matrix_alloc(2, 2);
	gsl_multifit_linear_workspace *w = gsl_multifit_linear_alloc(n, 2);
	double chisq;
	int i, status;

	f->tbar = (n - 1) / 2.0;
	for (i = 0; i < n; i++) {
		gsl_matrix_set(X, i, 0, 1.0);
		gsl_matrix_set(X, i, 1, i - f->tbar);
		gsl_vector_set(yv, i, z[i]);
	}
	status = gsl_multifit_linear(X, yv, c, cov, &chisq, w);
	f->c0 = gsl_vector_get(c, 0);
	f->c1 = gsl_vector_get(c, 1);
	/* GSL's cov is s^2 (X'X)^-1 with s^2 = chisq/(n - 2). */
	f->cov[0] = gsl_matrix_get(cov, 0, 0);
	f->cov[1] = gsl_matrix_get(cov, 0, 1);
	f->cov[2] = gsl_matrix_get(cov, 1, 0);
	f->cov[3] = gsl_matrix_get(cov, 1, 1);
	f->df = n - 2;
	f->s2 = chisq / f->df;
	gsl_multifit_linear_free(w);
	gsl_matrix_free(cov);
	gsl_vector_free(c);
	gsl_vector_free(yv);
	gsl_matrix_free(X);
	return status == GSL_SUCCESS && isfinite(f->c0) && isfinite(f->c1);
}

/* Mean and standard error of a new observation at index x. */
static void
regression_predict(const struct model_fit *f, double x, double *mean,
	double *sd)
{
	gsl_vector_const_view cv = gsl_vector_const_view_array(&f->c0, 2);
	gsl_matrix_const_view covv = gsl_matrix_const_view_array(f->cov, 2, 2);
	double xv[2] = { 1.0, x - f->tbar }, yerr;
	gsl_vector_view xvv = gsl_vector_view_array(xv, 2);

	gsl_multifit_linear_est(&xvv.vector, &cv.vector, &covv.matrix, mean,
	    &yerr);
	*sd = sqrt(f->s2 + yerr * yerr);
}

/* ---- logistic: U = K / (1 + exp(-r (i - t0))) by NLLS ---------------- */

struct logistic_data {
	const double *y;
	int n;
	double K;		/* when fixed */
	int k_free;
};

static void
logistic_params(const gsl_vector *p, const struct logistic_data *d,
	double *K, double *r, double *t0)
{
	if (d->k_free) {
		*K = gsl_vector_get(p, 0);
		*r = gsl_vector_get(p, 1);
		*t0 = gsl_vector_get(p, 2);
	} else {
		*K = d->K;
		*r = gsl_vector_get(p, 0);
		*t0 = gsl_vector_get(p, 1);
	}
}

/* The gradient of U(x) in (K, r, t0). */
static double
logistic_gradient(double K, double r, double t0, double x, double g[3])
{
	double e = exp(-r * (x - t0)), q = 1.0 + e;

	g[0] = 1.0 / q;
	g[1] = K * e * (x - t0) / (q * q);
	g[2] = -K * e * r / (q * q);
	return K / q;
}

static int
logistic_residuals(const gsl_vector *p, void *data, gsl_vector *f)
{
	const struct logistic_data *d = data;
	double K, r, t0, g[3];
	int i;

	logistic_params(p, d, &K, &r, &t0);
	for (i = 0; i < d->n; i++)
		gsl_vector_set(f, i, logistic_gradient(K, r, t0, i, g) - d->y[i]);
	return GSL_SUCCESS;
}

static int
logistic_jacobian(const gsl_vector *p, void *data, gsl_matrix *J)
{
	const struct logistic_data *d = data;
	double K, r, t0, g[3];
	int i, off = d->k_free ? 0 : 1, j;

	logistic_params(p, d, &K, &r, &t0);
	for (i = 0; i < d->n; i++) {
		logistic_gradient(K, r, t0, i, g);
		for (j = off; j < 3; j++)
			gsl_matrix_set(J, i, j - off, g[j]);
	}
	return GSL_SUCCESS;
}

/* Starting r and t0 for a given K from the linearised form
 * ln(K/U - 1) = -r (i - t0); 0 when some U is outside (0, K). */
static int
logistic_start(const double *y, int n, double K, double *r, double *t0)
{
	double sx = 0, sy = 0, sxx = 0, sxy = 0, z, slope, icept;
	int i;

	for (i = 0; i < n; i++) {
		if (!(y[i] > 0 && y[i] < K))
			return 0;
		z = log(K / y[i] - 1.0);
		sx += i; sy += z; sxx += (double)i * i; sxy += i * z;
	}
	slope = (n * sxy - sx * sy) / (n * sxx - sx * sx);
	icept = (sy - slope * sx) / n;
	if (!isfinite(slope) || fabs(slope) < 1e-12)
		return 0;
	*r = -slope;
	*t0 = icept / *r;
	return isfinite(*t0);
}

/* One NLLS run from a start; returns the SSE or INFINITY. */
static double
logistic_run(struct logistic_data *d, double K0, double r0, double t00,
	double *K, double *r, double *t0, double *cov, int *df)
{
	const gsl_multifit_nlinear_type *T = gsl_multifit_nlinear_trust;
	gsl_multifit_nlinear_parameters params =
	    gsl_multifit_nlinear_default_parameters();
	gsl_multifit_nlinear_fdf fdf;
	gsl_multifit_nlinear_workspace *w;
	int p = d->k_free ? 3 : 2, info, status, i, j;
	double x0[3], chisq = INFINITY, s2;
	gsl_vector_view xv;
	gsl_matrix *covar;

	if (d->k_free) {
		x0[0] = K0; x0[1] = r0; x0[2] = t00;
	} else {
		x0[0] = r0; x0[1] = t00;
	}
	xv = gsl_vector_view_array(x0, p);
	fdf.f = logistic_residuals;
	fdf.df = logistic_jacobian;
	fdf.fvv = NULL;
	fdf.n = d->n;
	fdf.p = p;
	fdf.params = d;
	w = gsl_multifit_nlinear_alloc(T, &params, d->n, p);
	gsl_multifit_nlinear_init(&xv.vector, &fdf, w);
	status = gsl_multifit_nlinear_driver(500, 1e-12, 1e-12, 0.0, NULL,
	    NULL, &info, w);
	/* GSL_ENOPROG: no step can lower the SSE any more, which at these
	 * tolerances means converged. */
	if (status == GSL_SUCCESS || status == GSL_EMAXITER ||
	    status == GSL_ENOPROG) {
		gsl_vector *res = gsl_multifit_nlinear_residual(w);
		gsl_matrix *J = gsl_multifit_nlinear_jac(w);

		gsl_blas_ddot(res, res, &chisq);
		logistic_params(w->x, d, K, r, t0);
		covar = gsl_matrix_alloc(p, p);
		gsl_multifit_nlinear_covar(J, 0.0, covar);
		*df = d->n - p;
		s2 = chisq / *df;
		for (i = 0; i < 9; i++)
			cov[i] = 0;
		/* Store the covariance in (K, r, t0) order, K's row zero
		 * when K is fixed. */
		for (i = 0; i < p; i++)
			for (j = 0; j < p; j++)
				cov[(i + 3 - p) * 3 + (j + 3 - p)] =
				    s2 * gsl_matrix_get(covar, i, j);
		gsl_matrix_free(covar);
		if (status == GSL_EMAXITER || !isfinite(chisq) ||
		    !isfinite(*K) || !isfinite(*r) || !isfinite(*t0) ||
		    *K <= 0 || fabs(*r) < 1e-12)
			chisq = INFINITY;
	}
	gsl_multifit_nlinear_free(w);
	return chisq;
}

static int
fit_logistic(const struct model_spec *spec, const double *y, int n,
	struct model_fit *f, char *why, size_t whysz)
{
	/* Fitted K: start from several multiples of the largest value and
	 * keep the best fit, since NLLS for K is sensitive to its start. */
	static const double mult[] = { 1.02, 1.1, 1.25, 1.5, 2.0, 3.0, 5.0 };
	struct logistic_data d = { y, n, spec->k_fixed, spec->k_fixed <= 0 };
	double ymax = y[0], best = INFINITY, K, r, t0, cov[9], sse, K0, r0,
	    t00;
	int i, df;
	size_t m;

	for (i = 1; i < n; i++)
		if (y[i] > ymax)
			ymax = y[i];
	if (!d.k_free) {
		if (ymax >= spec->k_fixed) {
			say(why, whysz, "values reach the fixed saturation "
			    "K = %g", spec->k_fixed);
			return 0;
		}
		if (!logistic_start(y, n, d.K, &r0, &t00)) {
			say(why, whysz, "no logistic start: values must lie in (0, K)");
			return 0;
		}
		best = logistic_run(&d, d.K, r0, t00, &f->K, &f->r, &f->t0,
		    f->lcov, &f->df);
		f->k_free = 0;
	} else {
		if (spec->warm && spec->warm->kind == MODEL_LOGISTIC &&
		    spec->warm->k_free) {
			/* one run from a nearby fit's answer */
			best = logistic_run(&d, spec->warm->K, spec->warm->r,
			    spec->warm->t0, &K, &r, &t0, cov, &df);
			if (isfinite(best)) {
				f->K = K; f->r = r; f->t0 = t0; f->df = df;
				memcpy(f->lcov, cov, sizeof cov);
			}
		}
		for (m = 0; !isfinite(best) &&
		    m <= sizeof mult / sizeof mult[0]; m++) {
			if (m < sizeof mult / sizeof mult[0])
				K0 = ymax * mult[m];
			else if (isfinite(spec->k_max))
				K0 = ymax + 0.999 * (spec->k_max - ymax);
			else
				continue;
			if (isfinite(spec->k_max) && K0 > spec->k_max)
				continue;
			if (!logistic_start(y, n, K0, &r0, &t00))
				continue;
			sse = logistic_run(&d, K0, r0, t00, &K, &r, &t0, cov,
			    &df);
			if (sse < best) {
				best = sse;
				f->K = K; f->r = r; f->t0 = t0; f->df = df;
				memcpy(f->lcov, cov, sizeof cov);
			}
		}
		f->k_free = 1;
		f->k_at_bound = 0;
		if (isfinite(spec->k_max) && (!isfinite(best) ||
		    f->K > spec->k_max)) {
			/* The data want a saturation above what is possible
			 * (100 % for a share), or no finite one at all (an
			 * exponential-looking series): fix K at the bound. */
			d.k_free = 0;
			d.K = spec->k_max;
			if (ymax >= d.K || !logistic_start(y, n, d.K, &r0, &t00)) {
				say(why, whysz, "fitted saturation exceeds the bound "
				    "and values reach it");
				return 0;
			}
			best = logistic_run(&d, d.K, r0, t00, &f->K, &f->r,
			    &f->t0, f->lcov, &f->df);
			f->k_free = 0;
			f->k_at_bound = 1;
		}
	}
	if (!isfinite(best)) {
		say(why, whysz, "logistic fit did not converge");
		return 0;
	}
	f->sse = best;
	f->s2 = best / f->df;
	return 1;
}

static void
logistic_predict(const struct model_fit *f, double x, double *mean,
	double *sd)
{
	double g[3], v = 0;
	int i, j;

	*mean = logistic_gradient(f->K, f->r, f->t0, x, g);
	for (i = 0; i < 3; i++)
		for (j = 0; j < 3; j++)
			v += g[i] * f->lcov[i * 3 + j] * g[j];
	*sd = sqrt(f->s2 + v);
}

void
logistic_stage_points(const struct model_fit *f, double *t1, double *t2)
{
	double d = log(2.0 + sqrt(3.0)) / f->r;

	*t1 = f->t0 - fabs(d);
	*t2 = f->t0 + fabs(d);
}

/* ---- GM(1,1) ---------------------------------------------------------- */

static double
gm11_value(const struct model_fit *f, double k)
{
	double a = f->gm.a, b = f->gm.b;

	if (k <= 0)
		return f->gm_x01;
	return (1.0 - exp(a)) * (f->gm_x01 - b / a) * exp(-a * k);
}

static int
fit_gm11(const double *x0, int n, int check_ratio, struct model_fit *f,
	char *why, size_t whysz)
{
	gsl_matrix *B = gsl_matrix_alloc(n - 1, 2);
	gsl_vector *Y = gsl_vector_alloc(n - 1);
	gsl_vector *c = gsl_vector_alloc(2);
	gsl_matrix *cov = gsl_matrix_alloc(2, 2);
	gsl_multifit_linear_workspace *w = gsl_multifit_linear_alloc(n - 1, 2);
	struct gm11_diag *g = &f->gm;
	double x1 = x0[0], prev, chisq, lam, mean0 = 0, s1 = 0, s2 = 0,
	    emean = 0, e, kbar, skk = 0, rs = 0, fit;
	int k, status, m, cnt, ok = 1, gc, gp;

	for (k = 1; k < n; k++) {
		prev = x1;
		x1 += x0[k];
		gsl_matrix_set(B, k - 1, 0, -0.5 * (x1 + prev));
		gsl_matrix_set(B, k - 1, 1, 1.0);
		gsl_vector_set(Y, k - 1, x0[k]);
	}
	status = gsl_multifit_linear(B, Y, c, cov, &chisq, w);
	g->a = gsl_vector_get(c, 0);
	g->b = gsl_vector_get(c, 1);
	gsl_multifit_linear_free(w);
	gsl_matrix_free(cov);
	gsl_vector_free(c);
	gsl_vector_free(Y);
	gsl_matrix_free(B);
	if (status != GSL_SUCCESS || !isfinite(g->a) || !isfinite(g->b) ||
	    fabs(g->a) < 1e-12) {
		say(why, whysz, "GM(1,1) least squares failed");
		return 0;
	}
	f->gm_x01 = x0[0];

	/* Class-ratio test and ratio deviations. */
	g->ratio_lo = exp(-2.0 / (n + 1));
	g->ratio_hi = exp(2.0 / (n + 2));
	g->ratio_ok = 1;
	g->ratio_bad_first = -1;
	g->rho_max = 0;
	for (k = 1; k < n; k++) {
		lam = x0[k - 1] / x0[k];
		if (!(lam > g->ratio_lo && lam < g->ratio_hi)) {
			if (g->ratio_bad_first < 0)
				g->ratio_bad_first = k;
			g->ratio_ok = 0;
		}
		e = fabs(1.0 - (1.0 - 0.5 * g->a) / (1.0 + 0.5 * g->a) * lam);
		if (e > g->rho_max)
			g->rho_max = e;
	}

	/* Posterior-error test over k = 1..n (the first residual is 0 by
	 * construction), population standard deviations. */
	for (k = 0; k < n; k++)
		mean0 += x0[k];
	mean0 /= n;
	for (k = 0; k < n; k++) {
		s1 += (x0[k] - mean0) * (x0[k] - mean0);
		emean += x0[k] - gm11_value(f, k);
	}
	emean /= n;
	for (k = 0; k < n; k++) {
		e = x0[k] - gm11_value(f, k) - emean;
		s2 += e * e;
	}
	s1 = sqrt(s1 / n);
	s2 = sqrt(s2 / n);
	g->c = s2 / s1;
	for (cnt = 0, k = 0; k < n; k++)
		if (fabs(x0[k] - gm11_value(f, k) - emean) < 0.6745 * s1)
			cnt++;
	g->p = (double)cnt / n;
	gc = g->c < 0.35 ? 1 : g->c < 0.5 ? 2 : g->c < 0.65 ? 3 : 4;
	gp = g->p > 0.95 ? 1 : g->p > 0.8 ? 2 : g->p > 0.7 ? 3 : 4;
	g->grade = gc > gp ? gc : gp;

	/* Log-scale residual spread of k = 1..n-1 for the interval. */
	m = n - 1;
	kbar = (n) / 2.0;	/* mean of 1..n-1 */
	for (k = 1; k < n; k++) {
		fit = gm11_value(f, k);
		if (!(fit > 0)) {
			ok = 0;
			break;
		}
		e = log(x0[k]) - log(fit);
		rs += e * e;
		skk += (k - kbar) * (k - kbar);
	}
	if (!ok || !(gm11_value(f, n + 30) > 0)) {
		say(why, whysz, "GM(1,1) fitted values are not positive");
		return 0;
	}
	f->df = m - 2;
	f->s2 = rs / f->df;
	f->tbar = kbar;
	f->cov[0] = skk;	/* kept for the interval */
	if (check_ratio && !g->ratio_ok) {
		say(why, whysz, "GM(1,1) class-ratio test failed: "
		    "x(k-1)/x(k) outside (%.4f, %.4f)", g->ratio_lo,
		    g->ratio_hi);
		return 0;
	}
	return 1;
}

/* ---- Holt's linear trend, ets(A,A,N) / ets(A,Ad,N), least squares ----- */

double
holt_sse(const double *y, int n, double alpha, double beta, double phi,
	double l0, double b0, double *level, double *slope)
{
	double l = l0, b = b0, sse = 0, yhat, e;
	int t;

	for (t = 0; t < n; t++) {
		yhat = l + phi * b;
		e = y[t] - yhat;
		sse += e * e;
		l = yhat + alpha * e;
		b = phi * b + beta * e;
	}
	if (level)
		*level = l;
	if (slope)
		*slope = b;
	return sse;
}

/* ets's "usual" bounds (forecast::ets defaults). */
#define HOLT_LO 1e-4
#define HOLT_HI 0.9999
#define PHI_LO 0.8
#define PHI_HI 0.98

/* The search stops when the SSE at the simplex's vertices agree to this
 * (relative); R's optim uses sqrt(machine eps), 1.5e-8. */
#define HOLT_RELTOL 1.5e-8
#define HOLT_MAXEVAL 2000

/* Bounded parameters through p = lo + (hi - lo) g(u), g a smooth
 * periodic map of the line onto [0, 1] whose slope vanishes at 0 and 1:
 * unlike a logistic transform, the bounds are reached at finite u, so
 * Nelder-Mead converges when the optimum sits on a bound (as beta =
 * alpha often does).  g is the smoothstep 3s^2 - 2s^3 of the triangle
 * wave s of period 2 (the same shape as sin^2(u pi/2), at a few
 * multiplications instead of a sine per parameter and evaluation). */
static double
bounded(double u)
{
	double h = u * 0.5, f = (double)(long long)h, s;

	if (!(fabs(h) < 1e15))
		f = floor(h);
	else if (f > h)
		f -= 1.0;	/* floor, without a call into libm */
	s = u - 2.0 * f;

	if (s > 1.0)
		s = 2.0 - s;
	return s * s * (3.0 - 2.0 * s);
}

static double
unbounded(double p)
{
	/* the inverse of the smoothstep on [0, 1] */
	p = p < 0 ? 0 : p > 1 ? 1 : p;
	return 0.5 - sin(asin(1.0 - 2.0 * p) / 3.0);
}

static void
holt_smoothing(const double *u, int damped, double *alpha, double *beta,
	double *phi)
{
	*alpha = HOLT_LO + (HOLT_HI - HOLT_LO) * bounded(u[0]);
	*beta = HOLT_LO + (*alpha - HOLT_LO) * bounded(u[1]);
	*phi = damped ? PHI_LO + (PHI_HI - PHI_LO) * bounded(u[2]) : 1.0;
}

/* The least SSE over the initial states for given smoothing parameters.
 * The recursion is linear in (l0, b0), so the one-step errors are
 * e(t) = e0(t) - l0 r(t) - b0 q(t), with e0 the errors from zero states
 * and r, q the forecasts that a unit level or slope alone would make
 * (no data); the best (l0, b0) solve the 2 x 2 normal equations.  One
 * pass of three recursions replaces two of the dimensions the search
 * would otherwise walk: the search is over (alpha, beta, phi) only, and
 * its minimum is the joint minimum over all four or five parameters
 * (min over theta of min over the states). */
static double
holt_profile(const double *y, int n, double alpha, double beta, double phi,
	double *l0, double *b0)
{
	double l = 0, b = 0, lr = 1, br = 0, lq = 0, bq = 1;
	double srr = 0, sqq = 0, srq = 0, sre = 0, sqe = 0;
	double yhat, e, rh, qh, det, sse = 0, E[n], R[n], Q[n];
	int t;

	for (t = 0; t < n; t++) {
		yhat = l + phi * b;
		e = y[t] - yhat;
		rh = lr + phi * br;
		qh = lq + phi * bq;
		E[t] = e;
		R[t] = rh;
		Q[t] = qh;
		srr += rh * rh;
		sqq += qh * qh;
		srq += rh * qh;
		sre += rh * e;
		sqe += qh * e;
		l = yhat + alpha * e;
		b = phi * b + beta * e;
		/* with no data the error is minus the forecast */
		lr = rh - alpha * rh;
		br = phi * br - beta * rh;
		lq = qh - alpha * qh;
		bq = phi * bq - beta * qh;
	}
	det = srr * sqq - srq * srq;
	if (!(det > 1e-12 * srr * sqq))
		return INFINITY;
	*l0 = (sre * sqq - sqe * srq) / det;
	*b0 = (sqe * srr - sre * srq) / det;
	/* The SSE from the residuals themselves, not as See minus the
	 * fitted part: that difference loses digits to cancellation, and
	 * a noisy objective keeps the simplex from closing. */
	for (t = 0; t < n; t++) {
		e = E[t] - *l0 * R[t] - *b0 * Q[t];
		sse += e * e;
	}
	return sse;
}

struct holt_data {
	const double *y;
	int n, damped;
};

/* The search's objective: the SSE at the best states, over u, the
 * unbounded coordinates of (alpha, beta, phi). */
static double
holt_objective(const double *u, void *data)
{
	const struct holt_data *d = data;
	double alpha, beta, phi, l0, b0, s;

	holt_smoothing(u, d->damped, &alpha, &beta, &phi);
	s = holt_profile(d->y, d->n, alpha, beta, phi, &l0, &b0);
	return isfinite(s) ? s : INFINITY;
}

/* Keep the NSTARTS lowest points seen, sorted, ties to the earlier. */
#define HOLT_NSTARTS 3

struct holt_starts {
	/* SSE and (alpha, beta, phi) as fractions of their ranges */
	double v[HOLT_NSTARTS], u[HOLT_NSTARTS][3];
	int n;
};

static void
holt_keep(struct holt_starts *s, double v, const double *u)
{
	int i, j;

	if (!(v < INFINITY))
		return;
	for (i = 0; i < s->n; i++)
		if (s->v[i] == v)
			return;	/* a plateau: one start is enough */
	for (i = 0; i < s->n && s->v[i] <= v; i++)
		;
	if (i >= HOLT_NSTARTS)
		return;
	for (j = (s->n < HOLT_NSTARTS ? s->n : HOLT_NSTARTS - 1); j > i; j--) {
		s->v[j] = s->v[j - 1];
		memcpy(s->u[j], s->u[j - 1], sizeof s->u[j]);
	}
	s->v[i] = v;
	memcpy(s->u[i], u, sizeof s->u[i]);
	if (s->n < HOLT_NSTARTS)
		s->n++;
}

static int
fit_holt(const double *yraw, int n, int damped, const struct model_fit *warm,
	struct model_fit *f, char *why, size_t whysz)
{
	/* Work on the standardised series: Holt is affine-equivariant,
	 * so the parameters are the same and the simplex steps fit any
	 * unit. */
	double y[n], mu = 0, sd = 0, best = INFINITY, v, w, alpha, beta, phi,
	    l0, b0, u[3], bestu[3] = { 0, 0, 0 };
	int i, p = 2 + damped, ia, ib, ip, na, nb, np, t, evals = 0, e;
	double grid[8][5][3];
	/* A grid over the smoothing parameters, bounds included (the SSE
	 * is often least on one: beta at its floor, alpha at either end),
	 * forecast::ets's start (alpha 0.2, beta 0.1 alpha) among them.
	 * The SSE often has several local minima, and with the states
	 * solved for exactly each point costs one pass over the data; the
	 * search runs from the three lowest of the grid's local minima (and
	 * from a nearby fit's answer, for a rolling origin, when it is lower
	 * still). */
	static const double grid_alpha[] = { 0, 0.1, 0.2, 0.35, 0.5, 0.7,
	    0.9, 1 };
	static const double grid_beta[] = { 0, 0.1, 0.4, 0.8, 1 };
	static const double grid_phi[] = { 0.1, 0.5, 0.99 };
	static const double refit_alpha[] = { 0, 0.3, 1 };
	static const double refit_beta[] = { 0, 0.3, 1 };
	static const double refit_phi[] = { 0.3, 0.95 };
	struct holt_data d = { y, n, damped };
	struct holt_starts starts = { .n = 0 };

	for (i = 0; i < n; i++)
		mu += yraw[i];
	mu /= n;
	for (i = 0; i < n; i++)
		sd += (yraw[i] - mu) * (yraw[i] - mu);
	sd = sqrt(sd / (n - 1));
	for (i = 0; i < n; i++)
		y[i] = (yraw[i] - mu) / sd;
	na = warm ? 3 : 8;
	nb = warm ? 3 : 5;
	np = damped ? (warm ? 2 : 3) : 1;
	for (ia = 0; ia < na; ia++)
		for (ib = 0; ib < nb; ib++)
			for (ip = 0; ip < np; ip++) {
				double fa = warm ? refit_alpha[ia] :
				    grid_alpha[ia], fb = warm ? refit_beta[ib] :
				    grid_beta[ib], fp = warm ? refit_phi[ip] :
				    grid_phi[ip];

				alpha = HOLT_LO + fa * (HOLT_HI - HOLT_LO);
				v = holt_profile(y, n, alpha, HOLT_LO + fb *
				    (alpha - HOLT_LO), damped ? PHI_LO + fp *
				    (PHI_HI - PHI_LO) : 1.0, &l0, &b0);
				grid[ia][ib][ip] = isfinite(v) ? v : INFINITY;
				evals++;
			}
	/* The starts: the grid's local minima (no neighbour lower), the
	 * lowest first, so that each valley the grid sees gets a search
	 * rather than three points of one valley. */
	for (ia = 0; ia < na; ia++)
		for (ib = 0; ib < nb; ib++)
			for (ip = 0; ip < np; ip++) {
				int da, db, dp, lowest = 1;

				v = grid[ia][ib][ip];
				for (da = -1; da <= 1 && lowest; da++)
					for (db = -1; db <= 1 && lowest; db++)
						for (dp = -1; dp <= 1; dp++) {
							int ja = ia + da, jb = ib + db,
							    jp = ip + dp;

							if (ja < 0 || ja >= na || jb < 0 ||
							    jb >= nb || jp < 0 || jp >= np)
								continue;
							if (grid[ja][jb][jp] < v) {
								lowest = 0;
								break;
							}
						}
				if (!lowest)
					continue;
				u[0] = warm ? refit_alpha[ia] : grid_alpha[ia];
				u[1] = warm ? refit_beta[ib] : grid_beta[ib];
				u[2] = warm ? refit_phi[ip] : grid_phi[ip];
				holt_keep(&starts, v, u);
			}
	if (warm && warm->kind == f->kind) {
		/* warm->alpha may sit on its lower bound, where beta's range
		 * [lo, alpha] is empty: any fraction will do */
		u[0] = (warm->alpha - HOLT_LO) / (HOLT_HI - HOLT_LO);
		u[1] = warm->alpha - HOLT_LO > 1e-12 ? (warm->beta - HOLT_LO) /
		    (warm->alpha - HOLT_LO) : 0.5;
		u[2] = damped ? (warm->phi - PHI_LO) / (PHI_HI - PHI_LO) : 0.5;
		v = holt_profile(y, n, warm->alpha, warm->beta, damped ?
		    warm->phi : 1.0, &l0, &b0);
		holt_keep(&starts, isfinite(v) ? v : INFINITY, u);
		evals++;
	}
	/* A refit at a rolling origin searches from its best start only:
	 * its data are the whole window's less a year or three. */
	for (t = 0; t < (warm ? 1 : starts.n); t++) {
		/* the start's fractions of the ranges, to search coordinates */
		for (i = 0; i < 3; i++)
			u[i] = unbounded(starts.u[t][i]);
		w = simplex_minimise(holt_objective, &d, u, p, 0.2, HOLT_RELTOL,
		    HOLT_MAXEVAL, &e);
		evals += e;
		if (w < best) {
			best = w;
			memcpy(bestu, u, sizeof u);
		}
	}
	if (!isfinite(best)) {
		say(why, whysz, "Holt least squares did not converge");
		return 0;
	}
	holt_smoothing(bestu, damped, &alpha, &beta, &phi);
	holt_profile(y, n, alpha, beta, phi, &l0, &b0);
	f->alpha = alpha;
	f->beta = beta;
	f->phi = phi;
	f->l0 = mu + sd * l0;
	f->b0 = sd * b0;
	f->sse = holt_sse(yraw, n, alpha, beta, phi, f->l0, f->b0, &f->level,
	    &f->slope);
	f->npar = p + 2;
	f->df = n - f->npar;
	/* sigma^2 as forecast::ets: SSE / (n - number of parameters). */
	f->s2 = f->sse / f->df;
	return 1;
}

static double
holt_damp_sum(double phi, int h)
{
	double s = 0, pw = 1;
	int j;

	for (j = 1; j <= h; j++) {
		pw *= phi;
		s += pw;
	}
	return s;
}

/* ---- the common interface --------------------------------------------- */

int
model_fit(const struct model_spec *spec, const double *y, int n,
	int check_ratio, struct model_fit *f, char *why, size_t whysz)
{
	double z[n > 0 ? n : 1];
	int i, constant = 1, positive = 1, min = model_min_length(spec);

	memset(f, 0, sizeof *f);
	f->kind = spec->kind;
	f->n = n;
	f->phi = 1;
	if (n < min) {
		say(why, whysz, "too short: %d years, needs %d", n, min);
		return 0;
	}
	f->last = y[n - 1];
	for (i = 0; i < n; i++) {
		if (!isfinite(y[i])) {
			say(why, whysz, "not a finite value");
			return 0;
		}
		if (y[i] != y[0])
			constant = 0;
		if (!(y[i] > 0))
			positive = 0;
	}
	if (constant) {
		say(why, whysz, "constant series: no trend to project");
		return 0;
	}
	switch (spec->kind) {
	case MODEL_LINEAR:
		if (!fit_regression(y, n, f)) {
			say(why, whysz, "least squares failed");
			return 0;
		}
		return 1;
	case MODEL_LOGLINEAR:
		if (!positive) {
			say(why, whysz, "non-positive values: a log model needs "
			    "y > 0");
			return 0;
		}
		for (i = 0; i < n; i++)
			z[i] = log(y[i]);
		if (!fit_regression(z, n, f)) {
			say(why, whysz, "least squares failed");
			return 0;
		}
		return 1;
	case MODEL_LOGISTIC:
		if (!positive) {
			say(why, whysz, "non-positive values: the logistic needs "
			    "y > 0");
			return 0;
		}
		return fit_logistic(spec, y, n, f, why, whysz);
	case MODEL_GM11:
		if (!positive) {
			say(why, whysz, "non-positive values: GM(1,1) needs "
			    "y > 0");
			return 0;
		}
		return fit_gm11(y, n, check_ratio, f, why, whysz);
	case MODEL_HOLT:
	case MODEL_HOLT_DAMPED:
		return fit_holt(y, n, spec->kind == MODEL_HOLT_DAMPED,
		    spec->warm, f, why, whysz);
	}
	say(why, whysz, "unknown model");
	return 0;
}

double
model_point(const struct model_fit *f, int h)
{
	double mean, sd, x = f->n - 1 + h;

	switch (f->kind) {
	case MODEL_LINEAR:
		regression_predict(f, x, &mean, &sd);
		return mean;
	case MODEL_LOGLINEAR:
		regression_predict(f, x, &mean, &sd);
		return exp(mean);
	case MODEL_LOGISTIC:
		logistic_predict(f, x, &mean, &sd);
		return mean;
	case MODEL_GM11:
		return gm11_value(f, x);
	case MODEL_HOLT:
	case MODEL_HOLT_DAMPED:
		return f->level + holt_damp_sum(f->phi, h) * f->slope;
	}
	return NAN;
}

void
model_interval(const struct model_fit *f, int h, double coverage,
	double *lo, double *hi)
{
	double mean, sd, q, x = f->n - 1 + h, v, c;
	int j;

	switch (f->kind) {
	case MODEL_LINEAR:
		regression_predict(f, x, &mean, &sd);
		q = t_quantile(coverage, f->df);
		*lo = mean - q * sd;
		*hi = mean + q * sd;
		return;
	case MODEL_LOGLINEAR:
		regression_predict(f, x, &mean, &sd);
		q = t_quantile(coverage, f->df);
		*lo = exp(mean - q * sd);
		*hi = exp(mean + q * sd);
		return;
	case MODEL_LOGISTIC:
		logistic_predict(f, x, &mean, &sd);
		q = t_quantile(coverage, f->df);
		*lo = mean - q * sd;
		*hi = mean + q * sd;
		return;
	case MODEL_GM11:
		/* The log-linear prediction interval around GM(1,1)'s own
		 * exponential, with its residual spread (k = 1..n-1). */
		mean = gm11_value(f, x);
		sd = sqrt(f->s2 * (1.0 + 1.0 / (f->n - 1) +
		    (x - f->tbar) * (x - f->tbar) / f->cov[0]));
		q = t_quantile(coverage, f->df);
		*lo = mean * exp(-q * sd);
		*hi = mean * exp(q * sd);
		return;
	case MODEL_HOLT:
	case MODEL_HOLT_DAMPED:
		/* Hyndman et al. (2008) class 1: var_h = sigma^2 (1 +
		 * sum_{j<h} c_j^2), c_j = alpha + beta (phi + .. + phi^j). */
		v = 1.0;
		for (j = 1; j < h; j++) {
			c = f->alpha + f->beta * holt_damp_sum(f->phi, j);
			v += c * c;
		}
		mean = model_point(f, h);
		sd = sqrt(f->s2 * v);
		q = gsl_cdf_ugaussian_Pinv(1.0 - (1.0 - coverage) / 2.0);
		*lo = mean - q * sd;
		*hi = mean + q * sd;
		return;
	}
	*lo = *hi = NAN;
}

void
model_fitted(const struct model_fit *f, const double *y, double *out)
{
	double mean, sd, l = f->l0, b = f->b0;
	int i;

	for (i = 0; i < f->n; i++) {
		switch (f->kind) {
		case MODEL_LINEAR:
			regression_predict(f, i, &mean, &sd);
			out[i] = mean;
			break;
		case MODEL_LOGLINEAR:
			regression_predict(f, i, &mean, &sd);
			out[i] = exp(mean);
			break;
		case MODEL_LOGISTIC:
			logistic_predict(f, i, &mean, &sd);
			out[i] = mean;
			break;
		case MODEL_GM11:
			out[i] = gm11_value(f, i);
			break;
		case MODEL_HOLT:
		case MODEL_HOLT_DAMPED:
			/* one-step-ahead fitted values, as ets reports */
			out[i] = l + f->phi * b;
			l = out[i] + f->alpha * (y[i] - out[i]);
			b = f->phi * b + f->beta * (y[i] - out[i]);
			break;
		}
	}
}
