#ifndef FOLIO_SVG_H
#define FOLIO_SVG_H

#include <stddef.h>
#include <stdint.h>

/// SVG through librsvg, behind plain C types, with librsvg loaded on first use.
///
/// librsvg brings GLib, GIO, GdkPixbuf and Pango: about 25 shared libraries
/// and 4 MiB of resident pages at start-up, and most documents have no SVG.
/// So the library is opened with `dlopen` the first time an SVG is drawn, not
/// linked. Its size is read without it (FolioImages' SVGSize).
///
/// Draws the SVG as vectors into the cairo context `cairo` (a `cairo_t *`),
/// fitted into the viewport x, y, width, height. Returns 1, or 0 with a message
/// in `error` (also when librsvg cannot be loaded). Safe to call from any thread.
int folio_svg_render(const uint8_t *data, size_t length, void *cairo,
                     double x, double y, double width, double height,
                     char *error, size_t error_capacity);

#endif
