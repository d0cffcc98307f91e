/* yanpan: pull-style CSV reading over libcsv, in UTF-8 or GB18030. */
#ifndef YP_CSVIN_H
#define YP_CSVIN_H

#include <stdio.h>

enum yp_encoding {
	YP_ENC_AUTO,		/* UTF-8 if the bytes are valid UTF-8, else GB18030 */
	YP_ENC_UTF8,
	YP_ENC_GB18030
};

/* One row.  The fields are NUL-terminated UTF-8 with the spaces and tabs
 * around unquoted fields removed (libcsv's rule), borrowed from the
 * reader until the next call.  line is the physical line it starts on. */
struct yp_row {
	size_t n;
	char **f;
	unsigned long line;
};

struct yp_csv;

/* Open path ("-" for standard input) for reading rows.  A file is checked
 * whole before the first row: a directory, a binary file (NUL bytes) or
 * bytes that are neither UTF-8 nor GB18030 give one message
 * "yp-x: FILE:LINE: ..." (the line of the bad bytes) and NULL.  The
 * encoding of standard input or a pipe is decided on its first 64 KiB;
 * later chunks are checked as they come, and a bad one makes
 * yp_csv_next report its line and return -1.  A UTF-8 byte-order mark is
 * skipped. */
struct yp_csv *yp_csv_open(const char *path, enum yp_encoding enc);

/* The same over a stream the caller owns; name is used in messages. */
struct yp_csv *yp_csv_open_stream(FILE *fp, const char *name,
	enum yp_encoding enc);

/* Next row with at least one field: 1, or 0 at the end, or -1 after an
 * error it has reported (read error, bad encoding, malformed quoting). */
int yp_csv_next(struct yp_csv *c, struct yp_row *row);

const char *yp_csv_name(const struct yp_csv *c);
enum yp_encoding yp_csv_encoding(const struct yp_csv *c);
/* Bytes of the file read so far and its size (0 when unknown). */
unsigned long long yp_csv_bytes_read(const struct yp_csv *c);

void yp_csv_close(struct yp_csv *c);

#endif
