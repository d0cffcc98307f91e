/* yanpan: allocation that either succeeds or ends the program. */
#ifndef YP_XALLOC_H
#define YP_XALLOC_H

#include <stddef.h>

/* Each dies with "out of memory" (exit 1) instead of returning NULL. */
void *xmalloc(size_t n);
void *xcalloc(size_t n, size_t size);
void *xrealloc(void *p, size_t n);
/* Grow an array of *cap elements of size so that index need fits. */
void *xgrow(void *p, size_t *cap, size_t need, size_t size);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);
/* printf into a new string. */
char *xasprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

#endif
