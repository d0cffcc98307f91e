/* yanpan: numbers as yearbooks print them, and as records carry them. */
#ifndef YP_NUM_H
#define YP_NUM_H

#include <stddef.h>

/* What a table cell holds. */
enum yp_cell {
	YP_CELL_NUMBER,		/* a number, in *value */
	YP_CELL_BLANK,		/* empty: unknown or not available */
	YP_CELL_BELOW_UNIT,	/* "…": less than the table's unit */
	YP_CELL_NOT_APPLICABLE,	/* "—", "-", "－": no such indicator */
	YP_CELL_INVALID		/* text that is none of these */
};

/* Read a yearbook cell: full-width digits and signs, thousands
 * separators ("1,234.5"), a leading "+", a trailing "%" or "‰", and
 * footnote marks ("*", "#", "①".."⑳", "△", "※") anywhere in it.  The marks
 * found are copied, space-separated, into marks (marksz bytes; may be
 * NULL).  Returns the kind of cell; *value is set for YP_CELL_NUMBER. */
enum yp_cell yp_parse_cell(const char *cell, double *value, char *marks,
	size_t marksz);

/* A short English+Chinese reason for a non-number cell, for a record's
 * note: "below unit (…)", "not applicable (—)", "blank". */
const char *yp_cell_reason(enum yp_cell kind);

/* Read a plain decimal number (as records carry them): optional sign,
 * digits, point, exponent; nothing else, finite.  Returns 1 or 0. */
int yp_parse_number(const char *s, double *value);

/* Read a whole number in [min, max].  Returns 1 or 0. */
int yp_parse_long(const char *s, long min, long max, long *value);

/* Write v in the shortest decimal form that reads back to the same
 * double ("1015986.2", "0.30000000000000004"), so that records keep full
 * precision and stay byte-identical from run to run.  buf holds 32. */
#define YP_NUM_BUFSZ 32
void yp_format_number(double v, char *buf);

#endif
