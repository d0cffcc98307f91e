/* yanpan: UTF-8 text as yearbook tables write it. */
#ifndef YP_TEXT_H
#define YP_TEXT_H

#include <stddef.h>

/* Decode one UTF-8 character at s (n bytes available) into *cp.
 * Returns its length, 0 when the bytes are not valid UTF-8 (overlong
 * forms and surrogates included), -1 when valid but cut off at n. */
int yp_utf8_decode(const char *s, size_t n, unsigned *cp);

/* Whether n bytes are valid UTF-8.  Returns 1 and sets *tail to the
 * length of an incomplete sequence at the very end (0 when none), or
 * returns 0 and sets *tail to the offset of the first bad byte. */
int yp_utf8_valid(const char *s, size_t n, size_t *tail);

/* A new string with full-width ASCII (！..～) folded to ASCII, the
 * ideographic space, no-break space and tab made plain spaces, a byte
 * order mark removed, white space trimmed at both ends and runs of it
 * inside made one space.  The caller frees it. */
char *yp_fold(const char *s);

/* A new string with white space (ASCII, ideographic, no-break) trimmed
 * at both ends, runs of it inside made one space, and byte order marks
 * removed; nothing else changed, full-width punctuation kept, as a note
 * quoted from a table must be.  The caller frees it. */
char *yp_trim(const char *s);

/* The matching key of a name: yp_fold, then every space removed and
 * ASCII letters lower-cased, so "郑  州  市" and "郑州市" meet, and
 * "Gross Regional Product" and "gross regional product" too. */
char *yp_key(const char *s);

/* Split a label like "人口数(人口抽样调查)(人)" into its name and the
 * last bracketed group at its end, half- or full-width brackets:
 * *name = "人口数(人口抽样调查)", *unit = "人".  Returns 1 when there was
 * such a group, else 0 with *name the folded label and *unit NULL.
 * Both are new strings the caller frees. */
int yp_split_label(const char *label, char **name, char **unit);

/* The year a column label names: "2020年", "2020", " 2020年末 ".
 * Returns the year (1900..2100) or 0 when the label is not a year. */
int yp_year_label(const char *label);

/* The length of the longest start of s of at most max bytes that does not
 * cut a UTF-8 character, so that a quoted piece of a cell stays text. */
size_t yp_utf8_prefix(const char *s, size_t max);

/* Whether the key (yp_key) of cell is one of list / starts with one of
 * list; list ends with NULL and holds keys. */
int yp_key_in(const char *cell, const char *const *list);
int yp_key_starts(const char *cell, const char *const *list);

/* For a line like "单位：亿元" or "Database: Annual": when the part before
 * the (half- or full-width) colon has one of labels as its key, a new
 * string with the folded text after it; NULL when the line is not such a
 * line or nothing follows the colon. */
char *yp_after_label(const char *cell, const char *const *labels);

/* Whether s starts with prefix. */
int yp_starts_with(const char *s, const char *prefix);

#endif
