/* yanpan: a growable string, for text built piece by piece. */
#ifndef YP_SBUF_H
#define YP_SBUF_H

#include <stddef.h>

/* s is always NUL-terminated once anything was added (and NULL before:
 * use yp_sbuf_str for a string that is never NULL). */
struct yp_sbuf {
	char *s;
	size_t len, cap;
};

#define YP_SBUF_INIT { NULL, 0, 0 }

void yp_sbuf_add(struct yp_sbuf *b, const char *s);
void yp_sbuf_addn(struct yp_sbuf *b, const char *s, size_t n);
void yp_sbuf_addc(struct yp_sbuf *b, char c);
void yp_sbuf_printf(struct yp_sbuf *b, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
/* The text so far ("" when empty); borrowed until the next change. */
const char *yp_sbuf_str(const struct yp_sbuf *b);
/* Forget the text, keep the memory. */
void yp_sbuf_reset(struct yp_sbuf *b);
/* Hand the text to the caller (who frees it) and empty the buffer. */
char *yp_sbuf_take(struct yp_sbuf *b);
void yp_sbuf_free(struct yp_sbuf *b);

#endif
