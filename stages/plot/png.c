/* yp-plot: the print size of a PNG, so that Word pastes it at 15 cm. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "charts.h"
#include "xalloc.h"

/* CRC-32 of PNG chunks (ISO 3309, the polynomial 0xEDB88320 reflected),
 * as in the PNG specification's sample code, annex D. */
unsigned long
png_crc32(const unsigned char *p, size_t n)
{
	static unsigned long table[256];
	static int ready;
	unsigned long c;
	size_t i;
	int k;

	if (!ready) {
		for (i = 0; i < 256; i++) {
			c = (unsigned long)i;
			for (k = 0; k < 8; k++)
				c = c & 1 ? 0xEDB88320UL ^ (c >> 1) : c >> 1;
			table[i] = c;
		}
		ready = 1;
	}
	c = 0xFFFFFFFFUL;
	for (i = 0; i < n; i++)
		c = table[(c ^ p[i]) & 0xFF] ^ (c >> 8);
	return c ^ 0xFFFFFFFFUL;
}

static void
put32(unsigned char *p, unsigned long v)
{
	p[0] = (unsigned char)(v >> 24);
	p[1] = (unsigned char)(v >> 16);
	p[2] = (unsigned char)(v >> 8);
	p[3] = (unsigned char)v;
}

static unsigned long
get32(const unsigned char *p)
{
	return (unsigned long)p[0] << 24 | (unsigned long)p[1] << 16 |
	    (unsigned long)p[2] << 8 | p[3];
}

int
png_set_density(unsigned char **data, size_t *len, unsigned long ppm)
{
	static const unsigned char sig[8] = { 0x89, 'P', 'N', 'G', '\r', '\n',
	    0x1A, '\n' };
	unsigned char chunk[21], *out;
	size_t at, pos;

	if (*len < 33 || memcmp(*data, sig, 8) != 0 ||
	    memcmp(*data + 12, "IHDR", 4) != 0 || get32(*data + 8) != 13)
		return -1;
	at = 8 + 12 + 13;
	/* Replace a pHYs chunk already there, else add one after IHDR. */
	for (pos = at; pos + 12 <= *len; ) {
		unsigned long n = get32(*data + pos);

		if (memcmp(*data + pos + 4, "pHYs", 4) == 0 && n == 9) {
			put32(*data + pos + 8, ppm);
			put32(*data + pos + 12, ppm);
			(*data)[pos + 16] = 1;
			put32(*data + pos + 17, png_crc32(*data + pos + 4, 13));
			return 0;
		}
		if (memcmp(*data + pos + 4, "IDAT", 4) == 0 || n > *len - pos - 12)
			break;
		pos += 12 + n;
	}
	put32(chunk, 9);
	memcpy(chunk + 4, "pHYs", 4);
	put32(chunk + 8, ppm);
	put32(chunk + 12, ppm);
	chunk[16] = 1;		/* unit: metre */
	put32(chunk + 17, png_crc32(chunk + 4, 13));
	out = xmalloc(*len + sizeof chunk);
	memcpy(out, *data, at);
	memcpy(out + at, chunk, sizeof chunk);
	memcpy(out + at + sizeof chunk, *data + at, *len - at);
	free(*data);
	*data = out;
	*len += sizeof chunk;
	return 0;
}

int
png_set_print_width(const char *path, int width_px, double width_cm)
{
	unsigned char *data = NULL;
	size_t len = 0, cap = 0, n;
	unsigned long ppm;
	char *tmp;
	FILE *fp = fopen(path, "rb");
	int ok;

	if (!fp)
		return -1;
	for (;;) {
		data = xgrow(data, &cap, len + 65536, 1);
		n = fread(data + len, 1, cap - len, fp);
		len += n;
		if (n == 0)
			break;
	}
	ok = !ferror(fp);
	fclose(fp);
	ppm = (unsigned long)(width_px / (width_cm / 100) + 0.5);
	if (!ok || png_set_density(&data, &len, ppm) != 0) {
		free(data);
		errno = EINVAL;
		return -1;
	}
	tmp = xasprintf("%s.tmp", path);
	fp = fopen(tmp, "wb");
	ok = fp && fwrite(data, 1, len, fp) == len;
	if (fp && fclose(fp) != 0)
		ok = 0;
	if (ok && rename(tmp, path) != 0)
		ok = 0;
	if (!ok)
		unlink(tmp);
	free(tmp);
	free(data);
	return ok ? 0 : -1;
}
