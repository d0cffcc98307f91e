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

void
yp_format_number(double v, char *buf)
{
	int prec;

	if (v == 0.0) {
		strcpy(buf, "0");	/* also for -0.0: no signed zeros */
		return;
	}
	for (prec = 15; prec <= 17; prec++) {
		snprintf(buf, YP_NUM_BUFSZ, "%.*g", prec, v);
		if (strtod(buf, NULL) == v)
			break;
	}
}
