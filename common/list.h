/* yanpan: lists written in one config cell, "a|b|c". */
#ifndef YP_LIST_H
#define YP_LIST_H

#include <stddef.h>

/* Split s at any of the characters in seps, trim spaces around each
 * item and drop empty ones.  Returns a NULL-terminated array of new
 * strings (*n of them) that yp_list_free frees. */
char **yp_list_split(const char *s, const char *seps, size_t *n);
void yp_list_free(char **list);

#endif
