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

void
yp_format_number(double v, char *buf)
{
	int prec;

	if (v == 0.0) {
		strcpy(buf, "0");	/* also for -0.0: no signed zeros */
		return;
	}
	if (format_short_decimal(v, buf))
		return;
	for (prec = 15; prec <= 17; prec++) {
		snprintf(buf, YP_NUM_BUFSZ, "%.*g", prec, v);
		if (strtod(buf, NULL) == v)
			break;
	}
}
