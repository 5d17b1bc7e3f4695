#ifndef FOLIO_SHIMS_H
#define FOLIO_SHIMS_H

#include <stddef.h>
#include <stdint.h>

/// A decoded JPEG in cairo's CAIRO_FORMAT_RGB24 layout (one uint32 per pixel, 0x00RRGGBB).
typedef struct {
    int32_t width;
    int32_t height;
    int32_t stride;      /* bytes per row */
    uint8_t *pixels;     /* malloc'd; release with folio_jpeg_free */
    int32_t cmyk;        /* 1 when the file stores CMYK or YCCK (converted to RGB here) */
} folio_jpeg_image;

/// Decodes a baseline or progressive JPEG (grey, RGB, CMYK or YCCK) from memory,
/// at 1/`scale_denominator` of its size (1, 2, 4 or 8: libjpeg scales while it
/// decodes, so a large photo never exists at full size in memory).
/// libjpeg's default error handler calls exit(); this one longjmps back and
/// returns 0 with libjpeg's message copied into `error` (NUL-terminated).
/// Returns 1 on success; the caller then owns `out->pixels`.
int folio_jpeg_decode(const uint8_t *data, size_t length, unsigned scale_denominator,
                      folio_jpeg_image *out, char *error, size_t error_capacity);

/// Frees the pixels of an image returned by folio_jpeg_decode.
void folio_jpeg_free(folio_jpeg_image *image);

#endif
