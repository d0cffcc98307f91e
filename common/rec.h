/* yanpan: the record, the one format every pipe between stages carries.
 * docs/FORMAT.md defines it; this header is its only definition in C. */
#ifndef YP_REC_H
#define YP_REC_H

#include <stdio.h>

#define YP_RECORD_HEADER \
	"region,indicator,measure,period,value,unit,status,source,note"

enum yp_column {
	YP_COL_REGION, YP_COL_INDICATOR, YP_COL_MEASURE, YP_COL_PERIOD,
	YP_COL_VALUE, YP_COL_UNIT, YP_COL_STATUS, YP_COL_SOURCE, YP_COL_NOTE,
	YP_NCOLUMNS
};

/* SDMX observation status codes. */
#define YP_STATUS_NORMAL	'A'
#define YP_STATUS_PROVISIONAL	'P'
#define YP_STATUS_ESTIMATED	'E'
#define YP_STATUS_IMPUTED	'I'
#define YP_STATUS_FORECAST	'F'
#define YP_STATUS_BREAK		'B'
#define YP_STATUS_MISSING	'M'

/* A record.  Read records borrow their strings from the reader until the
 * next yp_read; has_value is 0 exactly when status is 'M'. */
struct yp_rec {
	const char *region;	/* canonical name, config/regions.csv */
	const char *indicator;	/* code, config/indicators.csv */
	const char *measure;	/* "value", "share", "yoy", "cagr", ... */
	const char *period;	/* "2024" or "2021-2025" */
	double value;
	int has_value;
	const char *unit;
	char status;
	const char *source;	/* FILE:LINE[@EDITION] or a method */
	const char *note;
	unsigned long line;	/* where it was read; 0 for a new record */
};

/* A record with every string empty, measure "value", status 'A'. */
void yp_rec_init(struct yp_rec *rec);

/* Whether c is one of the status codes above. */
int yp_status_valid(int c);

/* Parse a period: "2024" gives from = to = 2024, "2021-2025" gives 2021
 * and 2025.  Returns 1, or 0 when it is neither. */
int yp_period_parse(const char *period, int *from, int *to);

/* Split a raw record's source "FILE:LINE" or "FILE:LINE@EDITION".  file
 * gets the file part (at most filesz bytes); line and edition are 0 when
 * absent.  Returns 1 when the source has that form, else 0. */
int yp_source_parse(const char *source, char *file, size_t filesz,
	unsigned long *line, int *edition);

struct yp_reader;
struct yp_csv;
struct yp_row;

/* Open a record stream ("-" for standard input) and check its header.
 * Returns NULL after one message when it cannot be read or its header is
 * not YP_RECORD_HEADER. */
struct yp_reader *yp_reader_open(const char *path);

/* The same over a CSV reader already open, whose first row, header, the
 * caller has read (yp-ingest reads a file's first row before it knows
 * that it holds records; standard input cannot be opened twice).  Takes
 * csv over, also when it returns NULL after a message. */
struct yp_reader *yp_reader_adopt(struct yp_csv *csv,
	const struct yp_row *header);

/* Next record: 1, 0 at the end, -1 after a reported error (a field count,
 * value, status or period that breaks docs/FORMAT.md). */
int yp_read(struct yp_reader *r, struct yp_rec *rec);

const char *yp_reader_name(const struct yp_reader *r);

/* Read every record of path, calling fn(rec, path, ctx) on each until fn
 * returns non-zero.  Returns 0, fn's non-zero value, or YP_EXIT_DATA
 * after a reported read error.  For stages that gather a whole stream. */
int yp_read_each(const char *path,
	int (*fn)(const struct yp_rec *rec, const char *name, void *ctx),
	void *ctx);
void yp_reader_close(struct yp_reader *r);

struct yp_writer;

/* Start a record stream on fp: writes the header line. */
struct yp_writer *yp_writer_open(FILE *fp);
/* Write one record; value is written in full precision (yp_format_number).
 * Records gather in the writer and reach fp in blocks of about 64 KiB:
 * write nothing else to fp between yp_writer_open and yp_writer_close. */
void yp_write(struct yp_writer *w, const struct yp_rec *rec);
/* Flush and free; returns 0, or -1 when fp had a write error. */
int yp_writer_close(struct yp_writer *w);

/* Write one CSV field: quoted (libcsv) only when it needs to be. */
void yp_csv_put_field(FILE *fp, const char *s);

#endif
