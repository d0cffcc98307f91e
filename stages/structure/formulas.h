/* yp-structure: the formulas themselves, free of records and config. */
#ifndef STRUCTURE_FORMULAS_H
#define STRUCTURE_FORMULAS_H

#include <stddef.h>

/* Tapio's eight decoupling states (Tapio 2005), codes of config/labels.csv. */
enum tapio_state {
	TAPIO_NONE = 0,			/* GDP unchanged: e undefined */
	TAPIO_STRONG_DECOUPLING = 1,
	TAPIO_WEAK_DECOUPLING,
	TAPIO_EXPANSIVE_COUPLING,
	TAPIO_EXPANSIVE_NEG_DECOUPLING,
	TAPIO_STRONG_NEG_DECOUPLING,
	TAPIO_WEAK_NEG_DECOUPLING,
	TAPIO_RECESSIVE_COUPLING,
	TAPIO_RECESSIVE_DECOUPLING
};

/* The Tapio elasticity e = env_change / gdp_change (both relative
 * changes, in the same scale) and its state.  The state follows from the
 * sign of gdp_change and e alone: e < 0, 0 <= e < 0.8, 0.8 <= e <= 1.2,
 * e > 1.2, so both cut-offs belong to coupling and an unchanged pressure
 * (e = 0) is weak (negative) decoupling.  Returns TAPIO_NONE when
 * gdp_change is 0. */
enum tapio_state tapio_classify(double env_change, double gdp_change,
	double *e);

/* Moore's structural-change angle in degrees between share vectors w0
 * and w1 of n sectors: arccos(w0.w1 / (|w0| |w1|)).  NAN when a vector
 * is zero. */
double moore_angle_degrees(const double *w0, const double *w1, size_t n);

/* Theil index of rationalisation, 干春晖 et al. (2011):
 * TL = sum (Y_i/Y) ln((Y_i/L_i)/(Y/L)) with Y, L the sums over the n
 * sectors.  Returns 0 (and leaves *tl) when a value is not positive. */
int theil_index(const double *y, const double *l, size_t n, double *tl);

/* Structural deviation of sector i: (Y_i/Y)/(L_i/L) - 1, sums over n. */
double structural_deviation(const double *y, const double *l, size_t n,
	size_t i);

/* Herfindahl-Hirschman index of n parts, shares in % of their sum, so
 * 0..10000.  NAN when the sum is not positive. */
double hhi_index(const double *x, size_t n);

/* Location quotient (e_i/e)/(E_i/E).  NAN when a divisor is 0. */
double location_quotient(double ei, double e, double Ei, double E);

/* Dunn's shift-share of a sector whose base value is b0: r its growth,
 * Ri the reference sector's and R the reference total's (fractions).
 * n + p + d = b0 * r. */
struct shift_share {
	double g, n, p, d;
};
struct shift_share shift_share_split(double b0, double r, double Ri,
	double R);

/* Average annual rate (fraction) of a total change ratio over years. */
double annual_rate(double ratio, int years);

#endif
