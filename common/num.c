/* yanpan: numbers as yearbooks print them, and as records carry them. */
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "num.h"
#include "text.h"
#include "xalloc.h"

/* Footnote marks a yearbook prints next to a figure. */
static const char *const footnote_marks[] = {
	"*", "#", "△", "▲", "※", "†", "①", "②", "③", "④", "⑤", "⑥", "⑦",
	"⑧", "⑨", "⑩", "⑪", "⑫", "⑬", "⑭", "⑮", "⑯", "⑰", "⑱", "⑲", "⑳",
	"¹", "²", "³", NULL
};

static const char *const below_unit[] = { "…", "……", "...", "…。", NULL };
static const char *const not_applicable[] = {
	"—", "——", "-", "--", "–", "―", "─", "/", NULL
};

static int
in_list(const char *s, const char *const *list)
{
	for (; *list; list++)
		if (strcmp(s, *list) == 0)
			return 1;
	return 0;
}

static void
add_mark(char *marks, size_t marksz, const char *mark)
{
	size_t used;

	if (!marks || marksz == 0)
		return;
	used = strlen(marks);
	if (used + strlen(mark) + 2 > marksz)
		return;
	if (used)
		marks[used++] = ' ';
	strcpy(marks + used, mark);
}

/* Remove the footnote marks from s in place, noting them. */
static void
strip_marks(char *s, char *marks, size_t marksz)
{
	char *r = s, *w = s;

	while (*r) {
		const char *const *m;
		size_t len = 0;

		for (m = footnote_marks; *m; m++) {
			len = strlen(*m);
			if (strncmp(r, *m, len) == 0)
				break;
		}
		if (*m) {
			add_mark(marks, marksz, *m);
			r += len;
		} else {
			*w++ = *r++;
		}
	}
	*w = '\0';
}

/* Drop commas that separate groups of three digits; refuse others.  The
 * commas belong to the integer part only: 1-3 digits, then ",ddd" groups
 * ("1,234,567.5"); "1234,567", "12,34" and "0.1,234" are not numbers. */
static int
drop_thousands(char *s)
{
	char *r = s, *w = s;
	int digits = 0;

	if (!strchr(s, ','))
		return 1;
	if (*r == '-' || *r == '+')
		*w++ = *r++;
	for (; *r >= '0' && *r <= '9'; digits++)
		*w++ = *r++;
	if (digits < 1 || digits > 3)
		return 0;
	while (*r == ',') {
		if (!(r[1] >= '0' && r[1] <= '9' && r[2] >= '0' && r[2] <= '9' &&
		    r[3] >= '0' && r[3] <= '9') || (r[4] >= '0' && r[4] <= '9'))
			return 0;
		*w++ = r[1], *w++ = r[2], *w++ = r[3];
		r += 4;
	}
	if (strchr(r, ','))
		return 0;
	memmove(w, r, strlen(r) + 1);
	return 1;
}

enum yp_cell
yp_parse_cell(const char *cell, double *value, char *marks, size_t marksz)
{
	enum yp_cell kind = YP_CELL_INVALID;
	const char *q;
	char *s, *p;
	size_t n;

	if (marks && marksz)
		marks[0] = '\0';
	/* Most cells are plain numbers: read them without copying. */
	for (q = cell; (*q >= '0' && *q <= '9') || *q == '.' || *q == '-'; q++)
		;
	if (*q == '\0' && q != cell && yp_parse_number(cell, value))
		return YP_CELL_NUMBER;
	s = yp_fold(cell);
	/* The Unicode minus sign (U+2212), as in "−1.6", is a minus. */
	if (strncmp(s, "\xE2\x88\x92", 3) == 0) {
		s[0] = '-';
		memmove(s + 1, s + 3, strlen(s + 3) + 1);
	}
	strip_marks(s, marks, marksz);
	{
		char *t = yp_fold(s);	/* spaces left where marks were */
		free(s);
		s = t;
	}
	if (*s == '\0') {
		kind = (marks && *marks) ? YP_CELL_INVALID : YP_CELL_BLANK;
		goto out;
	}
	if (in_list(s, below_unit)) {
		kind = YP_CELL_BELOW_UNIT;
		goto out;
	}
	if (in_list(s, not_applicable)) {
		kind = YP_CELL_NOT_APPLICABLE;
		goto out;
	}
	n = strlen(s);
	if (n >= 1 && s[n - 1] == '%')
		s[--n] = '\0';
	else if (n >= 3 && strcmp(s + n - 3, "‰") == 0)
		s[n -= 3] = '\0';
	while (n > 0 && s[n - 1] == ' ')
		s[--n] = '\0';
	/* yp_parse_number takes the sign, "+" included, and refuses "+-5". */
	p = s;
	if (!drop_thousands(p))
		goto out;
	if (yp_parse_number(p, value))
		kind = YP_CELL_NUMBER;
out:
	free(s);
	return kind;
}

const char *
yp_cell_reason(enum yp_cell kind)
{
	switch (kind) {
	case YP_CELL_BLANK:
		return "blank (unknown)";
	case YP_CELL_BELOW_UNIT:
		return "below unit (…)";
	case YP_CELL_NOT_APPLICABLE:
		return "not applicable (—)";
	case YP_CELL_INVALID:
		return "not a number";
	case YP_CELL_NUMBER:
		break;
	}
	return "";
}

/* Powers of ten that a double holds exactly. */
static const double exact_pow10[] = {
	1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12,
	1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22
};

/* Clinger's fast path: a plain decimal of at most 15 significant digits
 * is an integer m < 2^53 over 10^k, both exact, and one IEEE division
 * rounds m/10^k correctly — the same double strtod gives, at a fraction
 * of the cost (W. D. Clinger, "How to read floating point numbers
 * accurately", PLDI 1990).  Returns 1 with *value, 0 to leave the text
 * to strtod. */
static int
parse_short_decimal(const char *s, double *value)
{
	const char *p = s;
	unsigned long long m = 0;
	int neg = 0, sig = 0, frac = 0, point = 0, digits = 0;

	if (*p == '-' || *p == '+')
		neg = *p++ == '-';
	for (; *p; p++) {
		if (*p >= '0' && *p <= '9') {
			digits++;
			if (m == 0 && *p == '0') {
				if (point)
					frac++;
				continue;
			}
			if (++sig > 15)
				return 0;
			m = m * 10 + (unsigned)(*p - '0');
			if (point)
				frac++;
		} else if (*p == '.' && !point) {
			point = 1;
		} else {
			return 0;
		}
	}
	if (!digits || frac > 22)
		return 0;
	*value = (double)m / exact_pow10[frac];
	if (neg)
		*value = -*value;
	return 1;
}

int
yp_parse_number(const char *s, double *value)
{
	const char *p = s;
	char *end;
	double v;
	int digits = 0;

	/* strtod also takes hex, "inf", "nan" and leading spaces: refuse. */
	if (*p == '-' || *p == '+')
		p++;
	for (; *p; p++) {
		if (*p >= '0' && *p <= '9')
			digits++;
		else if (*p != '.' && *p != 'e' && *p != 'E' && *p != '-' &&
		    *p != '+')
			return 0;
	}
	if (!digits)
		return 0;
	if (parse_short_decimal(s, value))
		return 1;
	errno = 0;
	v = strtod(s, &end);
	if (end == s || *end != '\0' || !isfinite(v) ||
	    (errno == ERANGE && fabs(v) > 1.0))
		return 0;
	*value = v;
	return 1;
}

int
yp_parse_long(const char *s, long min, long max, long *value)
{
	char *end;
	long v;

	if (!*s || !((*s >= '0' && *s <= '9') || *s == '-' || *s == '+'))
		return 0;
	errno = 0;
	v = strtol(s, &end, 10);
	if (*end != '\0' || errno == ERANGE || v < min || v > max)
		return 0;
	*value = v;
	return 1;
}

/* The fast path of yp_format_number: the fewest decimal places k for
 * which round(|v| 10^k) / 10^k is v again.  Both are exact (the integer is
 * below 2^53), so strtod reads the text back to v; and with the fewest
 * places it is the text %.15g..%.17g would give for 1e-4 <= |v| < 1e15,
 * where %g does not switch to exponents.  Returns 0 when v is not such a
 * number. */
static int
format_short_decimal(double v, char *buf)
{
	double a = fabs(v), scaled, r;
	char digits[24];
	int k, n, i, o = 0;
	unsigned long long u;

	if (!(a >= 1e-4 && a < 1e15))
		return 0;
	for (k = 0; k <= 22; k++) {
		scaled = a * exact_pow10[k];
		if (scaled >= 9007199254740992.0)
			return 0;
		r = nearbyint(scaled);
		if (r / exact_pow10[k] == a)
			break;
	}
	if (k > 22)
		return 0;
	u = (unsigned long long)r;
	n = 0;
	do {
		digits[n++] = (char)('0' + u % 10);
		u /= 10;
	} while (u);
	while (n <= k)
		digits[n++] = '0';	/* 0.00123: the zeros after the point */
	if (v < 0)
		buf[o++] = '-';
	for (i = n - 1; i >= 0; i--) {
		buf[o++] = digits[i];
		if (i == k && k > 0)
			buf[o++] = '.';
	}
	buf[o] = '\0';
	return 1;
}

/* Powers of five below 2^64, for the exact scaling below. */
static const unsigned long long pow5[] = {
	1ULL, 5ULL, 25ULL, 125ULL, 625ULL, 3125ULL, 15625ULL, 78125ULL,
	390625ULL, 1953125ULL, 9765625ULL, 48828125ULL, 244140625ULL,
	1220703125ULL, 6103515625ULL, 30517578125ULL, 152587890625ULL,
	762939453125ULL, 3814697265625ULL, 19073486328125ULL,
	95367431640625ULL, 476837158203125ULL, 2384185791015625ULL,
	11920928955078125ULL, 59604644775390625ULL, 298023223876953125ULL,
	1490116119384765625ULL, 7450580596923828125ULL
};

static const unsigned long long pow10_u64[] = {
	1ULL, 10ULL, 100ULL, 1000ULL, 10000ULL, 100000ULL, 1000000ULL,
	10000000ULL, 100000000ULL, 1000000000ULL, 10000000000ULL,
	100000000000ULL, 1000000000000ULL, 10000000000000ULL,
	100000000000000ULL, 1000000000000000ULL, 10000000000000000ULL,
	100000000000000000ULL, 1000000000000000000ULL
};

/* round(a 10^k) for a = m 2^e, correctly rounded (ties to even) as
 * printf rounds the exact binary value: a 10^k = m 5^k 2^(e+k), and
 * m 5^k < 2^53 2^63 is exact in 128 bits.  0 < k <= 27 (0 <= k). */
static unsigned long long
scaled_round(unsigned long long m, int e, int k)
{
	unsigned __int128 p = (unsigned __int128)m * pow5[k], q, rem, half;
	int s = e + k;

	if (s >= 0)
		return (unsigned long long)(p << s);
	s = -s;
	if (s >= 120)
		return 0;
	q = p >> s;
	rem = p & (((unsigned __int128)1 << s) - 1);
	half = (unsigned __int128)1 << (s - 1);
	if (rem > half || (rem == half && (q & 1)))
		q++;
	return (unsigned long long)q;
}

/* The second fast path: %.15g, %.16g or %.17g — the fewest that read
 * back — worked out exactly in integers for 1e-4 <= |v| < 1e14, where %g
 * writes no exponent.  The digits of each precision P are round(|v|
 * 10^k) with 10^(P-1) <= that < 10^P, rounded from the exact binary
 * value as printf does; a candidate reads back to v when the one
 * correctly rounded operation N / 10^j (or N 10^j), both exact below
 * 2^53 and 10^22, gives v (Clinger), else strtod decides.  Returns 0
 * outside that range. */
/* Whether a = m 2^e is at least 10^E, exactly: -27 <= E <= 22. */
static int
at_least_pow10(double a, unsigned long long m, int e, int E)
{
	unsigned __int128 p;
	int s;

	if (E >= 0)
		return a >= exact_pow10[E];	/* 10^E is a double */
	/* a 10^-E = m 5^-E 2^(e-E) >= 1 */
	p = (unsigned __int128)m * pow5[-E];
	s = e - E;
	if (s >= 0)
		return 1;
	if (-s >= 127)
		return 0;
	return p >= (unsigned __int128)1 << -s;
}

static int
format_exact_digits(double v, char *buf)
{
	double a = fabs(v), back;
	unsigned long long m, n = 0, bits;
	int e, E, k = 0, prec, i, o = 0, ndig, lowest;
	char digits[24], tmp[YP_NUM_BUFSZ];

	if (!(a >= 1e-4 && a < 1e14))
		return 0;
	memcpy(&bits, &a, sizeof bits);
	e = (int)((bits >> 52) & 0x7ff) - 1075;
	m = (bits & ((1ULL << 52) - 1)) | 1ULL << 52;
	/* The decimal exponent, 10^E <= a < 10^(E+1), checked exactly:
	 * log10 rounds to the integer just above or below a power of ten. */
	E = (int)floor(log10(a));
	while (E > -5 && !at_least_pow10(a, m, e, E))
		E--;
	while (E < 14 && at_least_pow10(a, m, e, E + 1))
		E++;
	for (prec = 15; prec <= 17; prec++) {
		k = prec - 1 - E;
		if (k < 0 || k > 27)
			return 0;
		n = scaled_round(m, e, k);
		if (n >= pow10_u64[prec]) {
			/* rounded up to 10^prec: printf writes 10^(E+1) */
			n = pow10_u64[prec - 1];
			k--;
		}
		/* n has prec digits and stands for n 10^-k */
		if (prec == 17)
			break;
		if (n < (1ULL << 53) && k >= 0 && k <= 22) {
			back = (double)n / exact_pow10[k];
		} else {
			snprintf(tmp, sizeof tmp, "%llue%d", n, -k);
			back = strtod(tmp, NULL);
		}
		if (back == a)
			break;
	}
	/* %g without an exponent: digits[0] is the last digit, the
	 * fraction is digits[0..k-1], trailing zeros dropped */
	ndig = 0;
	do {
		digits[ndig++] = (char)('0' + n % 10);
		n /= 10;
	} while (n);
	for (lowest = 0; lowest < k && digits[lowest] == '0'; lowest++)
		;
	if (v < 0)
		buf[o++] = '-';
	if (ndig <= k) {
		buf[o++] = '0';
		buf[o++] = '.';
		for (i = 0; i < k - ndig; i++)
			buf[o++] = '0';
		for (i = ndig - 1; i >= lowest; i--)
			buf[o++] = digits[i];
	} else {
		for (i = ndig - 1; i >= k; i--)
			buf[o++] = digits[i];
		if (lowest < k) {
			buf[o++] = '.';
			for (i = k - 1; i >= lowest; i--)
				buf[o++] = digits[i];
		}
	}
	buf[o] = '\0';
	return 1;
}

void
yp_format_number(double v, char *buf)
{
	int prec;

	if (v == 0.0) {
		strcpy(buf, "0");	/* also for -0.0: no signed zeros */
		return;
	}
	if (format_short_decimal(v, buf) || format_exact_digits(v, buf))
		return;
	for (prec = 15; prec <= 17; prec++) {
		snprintf(buf, YP_NUM_BUFSZ, "%.*g", prec, v);
		if (strtod(buf, NULL) == v)
			break;
	}
}
