#ifndef FOLIO_SVG_H
#define FOLIO_SVG_H

#include <stddef.h>
#include <stdint.h>

/// SVG through librsvg, behind plain C types: librsvg's headers bring GLib's,
/// which Swift need not see.
///
/// The intrinsic size of an SVG document in CSS pixels (1/96 in). Returns 1,
/// or 0 with librsvg's message in `error` when the data is not a valid SVG or
/// has no intrinsic size (no width/height and no viewBox).
int folio_svg_size(const uint8_t *data, size_t length, double *width, double *height,
                   char *error, size_t error_capacity);

/// Draws the SVG as vectors into the cairo context `cairo` (a `cairo_t *`),
/// fitted into the viewport x, y, width, height. Returns 1, or 0 with a message.
int folio_svg_render(const uint8_t *data, size_t length, void *cairo,
                     double x, double y, double width, double height,
                     char *error, size_t error_capacity);

#endif
