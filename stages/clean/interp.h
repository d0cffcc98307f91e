/* yp-clean: filling inner gaps of a series by interpolation (GSL). */
#ifndef YP_CLEAN_INTERP_H
#define YP_CLEAN_INTERP_H

#include <stddef.h>

enum interp_method {
	INTERP_LINEAR,		/* gsl_interp_linear */
	INTERP_STEFFEN		/* gsl_interp_steffen: monotone, no overshoot */
};

const char *interp_name(enum interp_method m);
/* "linear" or "steffen": 1 and *m set, else 0. */
int interp_parse(const char *s, enum interp_method *m);

/* Interpolate the n points (x strictly increasing) at the m places xi,
 * each inside [x[0], x[n-1]] (never extrapolates).  Steffen's method
 * needs three points: with two, linear is used.  *used gets the method
 * used.  Returns 0, or -1 when n < 2 or an xi lies outside. */
int interp_values(enum interp_method method, const double *x,
	const double *y, size_t n, const double *xi, double *yi, size_t m,
	enum interp_method *used);

#endif
