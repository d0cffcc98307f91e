/* yp-trend: the projection models (linear, log-linear, logistic, GM(1,1),
 * Holt) fitted to one annual series, with their prediction intervals. */
#ifndef TREND_MODELS_H
#define TREND_MODELS_H

/* Codes are written in `model` records: keep them stable. */
enum model_kind {
	MODEL_LINEAR = 1,
	MODEL_LOGLINEAR = 2,
	MODEL_LOGISTIC = 3,
	MODEL_GM11 = 4,
	MODEL_HOLT = 5,
	MODEL_HOLT_DAMPED = 6
};
#define MODEL_FIRST MODEL_LINEAR
#define MODEL_LAST MODEL_HOLT_DAMPED

/* "linear", "loglinear", ...; NULL for a bad code. */
const char *model_name(enum model_kind kind);
/* The code of a name, or 0. */
enum model_kind model_by_name(const char *name);

/* How to fit: the logistic's saturation K is fixed (k_fixed > 0) or
 * fitted, and a fitted K stays at or below k_max when k_max is finite. */
struct model_fit;

struct model_spec {
	enum model_kind kind;
	double k_fixed;		/* > 0: fixed saturation; else fitted */
	double k_max;		/* upper bound of a fitted K; INFINITY if none */
	/* Optional: a fit of the same model to nearly the same data (the
	 * whole window, for a rolling origin), whose answer is a start of
	 * the search: for the logistic the only one, for Holt beside a
	 * small grid, searched once; NULL searches from the usual starts. */
	const struct model_fit *warm;
};

/* The fewest observations each model is fitted to (see
 * docs/METHODS.md for where each number comes from). */
int model_min_length(const struct model_spec *spec);

/* GM(1,1) diagnostics (Deng Julong; 刘思峰). */
struct gm11_diag {
	double a, b;		/* development coefficient, grey input */
	int ratio_ok;		/* every class ratio inside the interval */
	double ratio_lo, ratio_hi;	/* (e^(-2/(n+1)), e^(2/(n+2))) */
	int ratio_bad_first;	/* index of the first ratio outside, or -1 */
	double rho_max;		/* largest |ratio deviation| */
	double c, p;		/* posterior-error ratio, small-error probability */
	int grade;		/* 1 good .. 4 unqualified */
};

/* A fitted model.  Time is the index 0..n-1 of the observations (equally
 * spaced years); forecasts are h = 1, 2, ... steps after the last one. */
struct model_fit {
	enum model_kind kind;
	int n;
	double last;		/* y[n-1] */
	/* linear and log-linear: y (or ln y) = c0 + c1*(i - tbar) */
	double c0, c1, tbar, cov[4], s2;
	int df;
	/* logistic: K, r, t0 (index units); cov of the free parameters */
	double K, r, t0, lcov[9];
	int k_free, k_at_bound;
	/* GM(1,1): x1 solution constants, and log-scale residual spread
	 * used for its interval */
	struct gm11_diag gm;
	double gm_x01;
	/* Holt (ets state-space form): alpha, beta, phi, final states */
	double alpha, beta, phi, level, slope, l0, b0, sse;
	int npar;
};

/* Fit spec to y[0..n-1].  Returns 1, or 0 with a short reason in why
 * (whysz bytes) when the model refuses the data: too short, constant,
 * non-positive values for a log model, values at or above a fixed
 * saturation, a failed GM(1,1) class-ratio test (check_ratio), or a fit
 * that does not converge. */
int model_fit(const struct model_spec *spec, const double *y, int n,
	int check_ratio, struct model_fit *fit, char *why, size_t whysz);

/* The point forecast h steps after the last observation. */
double model_point(const struct model_fit *fit, int h);

/* The central prediction interval of the given coverage (0.8, 0.95). */
void model_interval(const struct model_fit *fit, int h, double coverage,
	double *lo, double *hi);

/* Fitted values of the observations y[0..n-1] the model was fitted to
 * (one-step-ahead for Holt), into out[0..n-1]. */
void model_fitted(const struct model_fit *fit, const double *y,
	double *out);

/* Holt's sum of squared one-step errors for given parameters and initial
 * states, in the ets form (l0, b0 the states before the first year):
 * exposed so tests can check the recursion against R exactly. */
double holt_sse(const double *y, int n, double alpha, double beta,
	double phi, double l0, double b0, double *level, double *slope);

/* Stage points of the logistic (index units): where the third derivative
 * vanishes, t0 -+ ln(2 + sqrt 3)/r. */
void logistic_stage_points(const struct model_fit *fit, double *t1,
	double *t2);

#endif
