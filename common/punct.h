/* yanpan: punctuation as Chinese text prints it. */
#ifndef YP_PUNCT_H
#define YP_PUNCT_H

/* Whether cp is a Chinese character: CJK unified ideographs, their
 * extension A, compatibility ideographs (not punctuation: in
 * "GM(1,1)、Holt" the brackets belong to the model's name). */
int yp_is_cjk(unsigned cp);

/* A new string in which every pair of ASCII round brackets that stands
 * in Chinese text is full-width, as GB/T 15834-2011 (标点符号用法) has
 * Chinese text bracket even Latin letters and digits: the pair is
 * turned when the character before "(" or after ")" is Chinese, or when
 * what they enclose holds Chinese.  "细颗粒物(PM2.5)年均浓度" becomes
 * "细颗粒物（PM2.5）年均浓度"; "GM(1,1)", "(+1.69 %)" and an unmatched
 * bracket stay as written.  The caller frees it. */
char *yp_zh_brackets(const char *s);

#endif
