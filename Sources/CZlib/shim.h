// zlib, for the finishing stage's Flate-compressed streams (ISO 32000-1 7.4.4).
#include <zlib.h>
