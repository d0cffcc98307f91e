/* yp-ingest: Excel workbooks (.xls, .xlsx), read through gnumeric's ssconvert. */
#ifndef YP_WORKBOOK_H
#define YP_WORKBOOK_H

#include "ingest.h"
#include "yearbook.h"

/* Whether path is a workbook for workbook_ingest: an OLE2 compound file
 * (D0 CF 11 E0: .xls, and also a password-protected .xlsx) whatever its
 * name, or a ZIP archive (PK 03 04) named .xlsx, .xlsm or .ods.  Reads
 * the first bytes only; 0 for "-", a missing file or anything else, so
 * that the CSV path reports those. */
int workbook_claims(const char *path);

/* Convert every sheet of the workbook with ssconvert and read each sheet
 * that holds a table (yearbook.h).  Returns 0, or YP_EXIT_DATA after one
 * message naming FILE (and the sheet row when it is about the table). */
int workbook_ingest(struct ingest *in, const char *path);

/* Load the sheets of a workbook: ssconvert writes each sheet twice, as
 * displayed (format=preserve) and raw, into a private temporary folder
 * that is removed before this returns; the two are merged cell by cell
 * (workbook_merge_cell).  Returns the number of sheets (possibly 0) and
 * sets *sheets (free with workbook_free_sheets), or -1 after one message. */
int workbook_load(const char *path, struct yb_sheet **sheets);
void workbook_free_sheets(struct yb_sheet *sheets, int n);

/* The text a cell stands for, given its displayed and its raw form: the
 * displayed text (the figure as the table publishes it, 11586.42 for
 * 11586.417288961509) unless the display lost the number (General format
 * squeezed into a narrow column: "2E+05", "###"); then the raw value
 * with binary noise removed (15 significant digits: 141.17000000000002
 * is 141.17).  An empty display stays empty (a format that hides zeros).
 * A new string. */
char *workbook_merge_cell(const char *shown, const char *raw);

#endif
