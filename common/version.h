/* yanpan: the one version number every stage reports. */
#ifndef YP_VERSION_H
#define YP_VERSION_H
#define YP_VERSION "0.1.0"
#endif
