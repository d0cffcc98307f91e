/* yp-structure: the formulas themselves, free of records and config. */
#include <math.h>

#include "formulas.h"

enum tapio_state
tapio_classify(double env_change, double gdp_change, double *e)
{
	double x;

	if (gdp_change == 0)
		return TAPIO_NONE;
	x = env_change / gdp_change;
	*e = x;
	if (gdp_change > 0) {
		if (x < 0)
			return TAPIO_STRONG_DECOUPLING;
		if (x < 0.8)
			return TAPIO_WEAK_DECOUPLING;
		if (x <= 1.2)
			return TAPIO_EXPANSIVE_COUPLING;
		return TAPIO_EXPANSIVE_NEG_DECOUPLING;
	}
	if (x < 0)
		return TAPIO_STRONG_NEG_DECOUPLING;
	if (x < 0.8)
		return TAPIO_WEAK_NEG_DECOUPLING;
	if (x <= 1.2)
		return TAPIO_RECESSIVE_COUPLING;
	return TAPIO_RECESSIVE_DECOUPLING;
}

double
moore_angle_degrees(const double *w0, const double *w1, size_t n)
{
	double dot = 0, s0 = 0, s1 = 0, c;
	size_t i;

	for (i = 0; i < n; i++) {
		dot += w0[i] * w1[i];
		s0 += w0[i] * w0[i];
		s1 += w1[i] * w1[i];
	}
	if (s0 <= 0 || s1 <= 0)
		return NAN;
	c = dot / (sqrt(s0) * sqrt(s1));
	/* Rounding can push identical vectors a hair past 1. */
	if (c > 1)
		c = 1;
	if (c < -1)
		c = -1;
	return acos(c) * 180 / M_PI;
}

int
theil_index(const double *y, const double *l, size_t n, double *tl)
{
	double Y = 0, L = 0, sum = 0;
	size_t i;

	for (i = 0; i < n; i++) {
		if (!(y[i] > 0) || !(l[i] > 0))
			return 0;
		Y += y[i];
		L += l[i];
	}
	for (i = 0; i < n; i++)
		sum += y[i] / Y * log((y[i] / l[i]) / (Y / L));
	*tl = sum;
	return 1;
}

double
structural_deviation(const double *y, const double *l, size_t n, size_t i)
{
	double Y = 0, L = 0;
	size_t k;

	for (k = 0; k < n; k++) {
		Y += y[k];
		L += l[k];
	}
	if (Y == 0 || L == 0 || l[i] == 0)
		return NAN;
	return (y[i] / Y) / (l[i] / L) - 1;
}

double
hhi_index(const double *x, size_t n)
{
	double sum = 0, h = 0, s;
	size_t i;

	for (i = 0; i < n; i++)
		sum += x[i];
	if (!(sum > 0))
		return NAN;
	for (i = 0; i < n; i++) {
		s = x[i] / sum * 100;
		h += s * s;
	}
	return h;
}

double
location_quotient(double ei, double e, double Ei, double E)
{
	if (e == 0 || E == 0 || Ei == 0)
		return NAN;
	return (ei / e) / (Ei / E);
}

struct shift_share
shift_share_split(double b0, double r, double Ri, double R)
{
	struct shift_share s;

	s.g = b0 * r;
	s.n = b0 * R;
	s.p = b0 * (Ri - R);
	s.d = b0 * (r - Ri);
	return s;
}

double
annual_rate(double ratio, int years)
{
	if (years <= 0 || !(ratio > 0))
		return NAN;
	return pow(ratio, 1.0 / years) - 1;
}
