/* yanpan: a growable string, for text built piece by piece. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sbuf.h"
#include "xalloc.h"

void
yp_sbuf_addn(struct yp_sbuf *b, const char *s, size_t n)
{
	b->s = xgrow(b->s, &b->cap, b->len + n + 1, 1);
	memcpy(b->s + b->len, s, n);
	b->len += n;
	b->s[b->len] = '\0';
}

void
yp_sbuf_add(struct yp_sbuf *b, const char *s)
{
	yp_sbuf_addn(b, s, strlen(s));
}

void
yp_sbuf_addc(struct yp_sbuf *b, char c)
{
	yp_sbuf_addn(b, &c, 1);
}

void
yp_sbuf_printf(struct yp_sbuf *b, const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	b->s = xgrow(b->s, &b->cap, b->len + (size_t)n + 1, 1);
	va_start(ap, fmt);
	vsnprintf(b->s + b->len, (size_t)n + 1, fmt, ap);
	va_end(ap);
	b->len += (size_t)n;
}

const char *
yp_sbuf_str(const struct yp_sbuf *b)
{
	return b->s ? b->s : "";
}

void
yp_sbuf_reset(struct yp_sbuf *b)
{
	b->len = 0;
	if (b->s)
		b->s[0] = '\0';
}

char *
yp_sbuf_take(struct yp_sbuf *b)
{
	char *s = b->s ? b->s : xstrdup("");

	b->s = NULL;
	b->len = b->cap = 0;
	return s;
}

void
yp_sbuf_free(struct yp_sbuf *b)
{
	free(b->s);
	b->s = NULL;
	b->len = b->cap = 0;
}
