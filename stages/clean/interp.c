/* yp-clean: filling inner gaps of a series by interpolation (GSL).
 *
 * Steffen's method (M. Steffen, "A simple method for monotonic
 * interpolation in one dimension", Astron. Astrophys. 239, 443-450,
 * 1990) is a cubic Hermite spline whose slopes are limited so that the
 * curve never overshoots the data: between two years it stays between
 * their values, which is what a filled-in statistic must do. */
#include <gsl/gsl_errno.h>
#include <gsl/gsl_interp.h>
#include <string.h>

#include "interp.h"

const char *
interp_name(enum interp_method m)
{
	return m == INTERP_STEFFEN ? "steffen" : "linear";
}

int
interp_parse(const char *s, enum interp_method *m)
{
	if (strcmp(s, "linear") == 0)
		*m = INTERP_LINEAR;
	else if (strcmp(s, "steffen") == 0)
		*m = INTERP_STEFFEN;
	else
		return 0;
	return 1;
}

int
interp_values(enum interp_method method, const double *x, const double *y,
    size_t n, const double *xi, double *yi, size_t m,
    enum interp_method *used)
{
	const gsl_interp_type *type;
	gsl_interp_accel *acc;
	gsl_interp *interp;
	size_t i;

	if (n < 2)
		return -1;
	for (i = 0; i < m; i++)
		if (xi[i] < x[0] || xi[i] > x[n - 1])
			return -1;
	if (method == INTERP_STEFFEN && n < 3)
		method = INTERP_LINEAR;
	*used = method;
	type = method == INTERP_STEFFEN ? gsl_interp_steffen : gsl_interp_linear;
	interp = gsl_interp_alloc(type, n);
	acc = gsl_interp_accel_alloc();
	if (!interp || !acc || gsl_interp_init(interp, x, y, n) != GSL_SUCCESS) {
		gsl_interp_free(interp);
		gsl_interp_accel_free(acc);
		return -1;
	}
	for (i = 0; i < m; i++)
		yi[i] = gsl_interp_eval(interp, x, y, xi[i], acc);
	gsl_interp_free(interp);
	gsl_interp_accel_free(acc);
	return 0;
}
