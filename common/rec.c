/* yanpan: reading and writing records (docs/FORMAT.md). */
#include <csv.h>
#include <math.h>
#include <stdlib.h>
#include <stdint.h>
#include <string.h>

#include "csvin.h"
#include "msg.h"
#include "num.h"
#include "rec.h"
#include "xalloc.h"

static const char *const column_names[YP_NCOLUMNS] = {
	"region", "indicator", "measure", "period", "value", "unit", "status",
	"source", "note"
};

void
yp_rec_init(struct yp_rec *rec)
{
	rec->region = rec->indicator = rec->period = "";
	rec->measure = "value";
	rec->value = 0;
	rec->has_value = 0;
	rec->unit = rec->source = rec->note = "";
	rec->status = YP_STATUS_NORMAL;
	rec->line = 0;
}

int
yp_status_valid(int c)
{
	return c && strchr("APEIFBM", c) != NULL;
}

static int
four_digit_year(const char *s, int *year)
{
	int i;

	for (i = 0; i < 4; i++)
		if (s[i] < '0' || s[i] > '9')
			return 0;
	*year = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 +
	    (s[3] - '0');
	return 1;
}

int
yp_period_parse(const char *p, int *from, int *to)
{
	if (!four_digit_year(p, from))
		return 0;
	if (p[4] == '\0') {
		*to = *from;
		return 1;
	}
	if (p[4] != '-' || !four_digit_year(p + 5, to) || p[9] != '\0' ||
	    *to < *from)
		return 0;
	return 1;
}

int
yp_source_parse(const char *source, char *file, size_t filesz,
    unsigned long *line, int *edition)
{
	const char *at = strrchr(source, '@'), *colon, *end;
	size_t flen;
	char *stop;

	*line = 0;
	*edition = 0;
	end = source + strlen(source);
	if (at && end - at == 5 && at[1] >= '0' && at[1] <= '9') {
		*edition = (int)strtol(at + 1, &stop, 10);
		if (*stop != '\0')
			*edition = 0;
		else
			end = at;
	}
	for (colon = end; colon > source && colon[-1] >= '0' &&
	    colon[-1] <= '9'; colon--)
		;
	if (colon == end || colon == source || colon[-1] != ':')
		return 0;
	*line = strtoul(colon, NULL, 10);
	flen = (size_t)(colon - 1 - source);
	if (flen >= filesz)
		flen = filesz - 1;
	memcpy(file, source, flen);
	file[flen] = '\0';
	return 1;
}

struct yp_reader {
	struct yp_csv *csv;
};

struct yp_reader *
yp_reader_adopt(struct yp_csv *csv, const struct yp_row *header)
{
	struct yp_reader *r;
	size_t i;

	for (i = 0; i < YP_NCOLUMNS; i++)
		if (header->n != YP_NCOLUMNS ||
		    strcmp(header->f[i], column_names[i]) != 0)
			break;
	if (i < YP_NCOLUMNS) {
		yp_warn_at(yp_csv_name(csv), header->line, "not a record stream: "
		    "the header must be \"%s\" (docs/FORMAT.md); read raw tables "
		    "with yp-ingest first", YP_RECORD_HEADER);
		yp_csv_close(csv);
		return NULL;
	}
	r = xcalloc(1, sizeof *r);
	r->csv = csv;
	return r;
}

struct yp_reader *
yp_reader_open(const char *path)
{
	struct yp_csv *csv;
	struct yp_row row;
	int got;

	csv = yp_csv_open(path, YP_ENC_UTF8);
	if (!csv)
		return NULL;
	got = yp_csv_next(csv, &row);
	if (got <= 0) {
		if (got == 0)
			yp_warn_at(path, 1, "empty record stream: expected the "
			    "header \"%s\"; did the stage before this one fail?",
			    YP_RECORD_HEADER);
		yp_csv_close(csv);
		return NULL;
	}
	return yp_reader_adopt(csv, &row);
}

int
yp_read(struct yp_reader *r, struct yp_rec *rec)
{
	const char *name = yp_csv_name(r->csv);
	struct yp_row row;
	int got, from, to;
	char **f;

	got = yp_csv_next(r->csv, &row);
	if (got <= 0)
		return got;
	f = row.f;
	if (row.n != YP_NCOLUMNS) {
		yp_warn_at(name, row.line, "expected %d fields, got %zu; a "
		    "record has %s", YP_NCOLUMNS, row.n, YP_RECORD_HEADER);
		return -1;
	}
	rec->region = f[YP_COL_REGION];
	rec->indicator = f[YP_COL_INDICATOR];
	rec->measure = f[YP_COL_MEASURE];
	rec->period = f[YP_COL_PERIOD];
	rec->unit = f[YP_COL_UNIT];
	rec->source = f[YP_COL_SOURCE];
	rec->note = f[YP_COL_NOTE];
	rec->line = row.line;
	if (strlen(f[YP_COL_STATUS]) != 1 || !yp_status_valid(f[YP_COL_STATUS][0])) {
		yp_warn_at(name, row.line, "status \"%s\" is not one of A P E I "
		    "F B M (docs/FORMAT.md)", f[YP_COL_STATUS]);
		return -1;
	}
	rec->status = f[YP_COL_STATUS][0];
	if (*rec->indicator == '\0' || *rec->measure == '\0') {
		yp_warn_at(name, row.line, "empty %s; every record names its "
		    "indicator and measure", *rec->indicator ? "measure" :
		    "indicator");
		return -1;
	}
	if (!yp_period_parse(rec->period, &from, &to)) {
		yp_warn_at(name, row.line, "period \"%s\" is neither a year "
		    "(2024) nor a span (2021-2025)", rec->period);
		return -1;
	}
	if (f[YP_COL_VALUE][0] == '\0') {
		if (rec->status != YP_STATUS_MISSING) {
			yp_warn_at(name, row.line, "empty value with status %c; "
			    "a missing value has status M", rec->status);
			return -1;
		}
		rec->has_value = 0;
		rec->value = 0;
	} else {
		if (rec->status == YP_STATUS_MISSING) {
			yp_warn_at(name, row.line, "status M with value \"%s\"; "
			    "a missing value is left empty", f[YP_COL_VALUE]);
			return -1;
		}
		if (!yp_parse_number(f[YP_COL_VALUE], &rec->value)) {
			yp_warn_at(name, row.line, "value \"%s\" is not a number",
			    f[YP_COL_VALUE]);
			return -1;
		}
		rec->has_value = 1;
	}
	return 1;
}

const char *
yp_reader_name(const struct yp_reader *r)
{
	return yp_csv_name(r->csv);
}

int
yp_read_each(const char *path,
    int (*fn)(const struct yp_rec *rec, const char *name, void *ctx),
    void *ctx)
{
	struct yp_reader *r = yp_reader_open(path);
	struct yp_rec rec;
	int got, status = 0;

	if (!r)
		return YP_EXIT_DATA;
	while ((got = yp_read(r, &rec)) > 0)
		if ((status = fn(&rec, yp_reader_name(r), ctx)) != 0)
			break;
	if (got < 0)
		status = YP_EXIT_DATA;
	yp_reader_close(r);
	return status;
}

void
yp_reader_close(struct yp_reader *r)
{
	if (!r)
		return;
	yp_csv_close(r->csv);
	free(r);
}

struct yp_writer {
	FILE *fp;
	char *line;		/* records not yet written, one fwrite for many */
	size_t len, cap;
};

/* Records gather in the writer up to this many bytes before one fwrite. */
#define WRITER_FLUSH 65536

/* Whether one of the bytes of w is b (Mycroft's zero-byte test on
 * w ^ b b b b b b b b). */
static inline uint64_t
has_byte(uint64_t w, unsigned char b)
{
	uint64_t x = w ^ (0x0101010101010101ULL * b);

	return (x - 0x0101010101010101ULL) & ~x & 0x8080808080808080ULL;
}

static int
needs_quotes(const char *s, size_t n)
{
	size_t i = 0;
	uint64_t w;

	if (n && (s[0] == ' ' || s[0] == '\t' || s[n - 1] == ' ' ||
	    s[n - 1] == '\t'))
		return 1;
	/* eight bytes at a time: a record's fields are short, and a call
	 * of strcspn costs more than the scan */
	for (; i + 8 <= n; i += 8) {
		memcpy(&w, s + i, sizeof w);
		/* the four are all below '-': most words have no such byte
		 * (Anderson's "has less" test, exact for the question) */
		if (!((w - 0x2D2D2D2D2D2D2D2DULL) & ~w &
		    0x8080808080808080ULL))
			continue;
		if (has_byte(w, ',') | has_byte(w, '"') | has_byte(w, '\n') |
		    has_byte(w, '\r'))
			return 1;
	}
	if (i < n && n >= 8) {
		/* the last eight bytes, overlapping bytes already seen */
		memcpy(&w, s + n - 8, sizeof w);
		return (has_byte(w, ',') | has_byte(w, '"') | has_byte(w, '\n') |
		    has_byte(w, '\r')) != 0;
	}
	for (; i < n; i++)
		if (s[i] == ',' || s[i] == '"' || s[i] == '\n' || s[i] == '\r')
			return 1;
	return 0;
}

void
yp_csv_put_field(FILE *fp, const char *s)
{
	size_t n = strlen(s);

	if (needs_quotes(s, n))
		csv_fwrite(fp, s, n);
	else
		fwrite(s, 1, n, fp);
}

struct yp_writer *
yp_writer_open(FILE *fp)
{
	struct yp_writer *w = xcalloc(1, sizeof *w);

	w->fp = fp;
	fputs(YP_RECORD_HEADER "\n", fp);
	return w;
}

static void
put(struct yp_writer *w, const char *s, size_t n)
{
	if (w->len + n + 1 > w->cap)
		w->line = xgrow(w->line, &w->cap, w->len + n + 1, 1);
	memcpy(w->line + w->len, s, n);
	w->len += n;
}

/* A field and the separator after it; quoted by libcsv when needed. */
static void
put_field(struct yp_writer *w, const char *s, char sep)
{
	size_t n = strlen(s);

	if (w->len + n + 2 > w->cap)
		w->line = xgrow(w->line, &w->cap, w->len + n + 2, 1);
	if (needs_quotes(s, n)) {
		size_t need = csv_write(NULL, 0, s, n);

		w->line = xgrow(w->line, &w->cap, w->len + need + 2, 1);
		w->len += csv_write(w->line + w->len, need, s, n);
	} else {
		memcpy(w->line + w->len, s, n);
		w->len += n;
	}
	w->line[w->len++] = sep;
}

static void
flush_records(struct yp_writer *w)
{
	if (w->len)
		fwrite(w->line, 1, w->len, w->fp);
	w->len = 0;
}

void
yp_write(struct yp_writer *w, const struct yp_rec *rec)
{
	char num[YP_NUM_BUFSZ] = "";
	int has_value = rec->has_value && rec->status != YP_STATUS_MISSING;
	const char *note = rec->note;
	char status = has_value ? rec->status : YP_STATUS_MISSING;

	/* A NaN or infinity is no figure: write it as missing, so the next
	 * stage's reader does not stop on it, and say why. */
	if (has_value && !isfinite(rec->value)) {
		has_value = 0;
		status = YP_STATUS_MISSING;
		if (!*note)
			note = "not computable: the result is not a finite number";
	}
	if (has_value)
		yp_format_number(rec->value, num);
	put_field(w, rec->region, ',');
	put_field(w, rec->indicator, ',');
	put_field(w, rec->measure, ',');
	put_field(w, rec->period, ',');
	put(w, num, strlen(num));	/* digits, '.', '-', 'e': no quotes */
	put(w, ",", 1);
	put_field(w, rec->unit, ',');
	put(w, &status, 1);
	put(w, ",", 1);
	put_field(w, rec->source, ',');
	put_field(w, note, '\n');
	if (w->len >= WRITER_FLUSH)
		flush_records(w);
}

int
yp_writer_close(struct yp_writer *w)
{
	int bad;

	flush_records(w);
	bad = fflush(w->fp) != 0 || ferror(w->fp);

	free(w->line);
	free(w);
	return bad ? -1 : 0;
}
