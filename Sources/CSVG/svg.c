#include "folio_svg.h"

#include <stdio.h>
#include <librsvg/rsvg.h>

static RsvgHandle *open_handle(const uint8_t *data, size_t length, char *error, size_t capacity) {
    GError *failure = NULL;
    RsvgHandle *handle = rsvg_handle_new_from_data(data, length, &failure);
    if (!handle) {
        if (error && capacity > 0) snprintf(error, capacity, "%s", failure ? failure->message : "not an SVG document");
        if (failure) g_error_free(failure);
    }
    return handle;
}

int folio_svg_size(const uint8_t *data, size_t length, double *width, double *height,
                   char *error, size_t error_capacity) {
    RsvgHandle *handle = open_handle(data, length, error, error_capacity);
    if (!handle) return 0;
    gboolean known = rsvg_handle_get_intrinsic_size_in_pixels(handle, width, height);
    if (!known) {
        /* Only a viewBox: use its size. */
        gboolean has_width, has_height, has_viewbox;
        RsvgLength w, h;
        RsvgRectangle viewbox;
        rsvg_handle_get_intrinsic_dimensions(handle, &has_width, &w, &has_height, &h, &has_viewbox, &viewbox);
        if (has_viewbox) {
            *width = viewbox.width;
            *height = viewbox.height;
            known = TRUE;
        } else if (error && error_capacity > 0) {
            snprintf(error, error_capacity, "the SVG has neither a width and height nor a viewBox");
        }
    }
    g_object_unref(handle);
    return known ? 1 : 0;
}

int folio_svg_render(const uint8_t *data, size_t length, void *cairo,
                     double x, double y, double width, double height,
                     char *error, size_t error_capacity) {
    RsvgHandle *handle = open_handle(data, length, error, error_capacity);
    if (!handle) return 0;
    RsvgRectangle viewport = {x, y, width, height};
    GError *failure = NULL;
    gboolean drawn = rsvg_handle_render_document(handle, (cairo_t *)cairo, &viewport, &failure);
    if (!drawn) {
        if (error && error_capacity > 0) snprintf(error, error_capacity, "%s", failure ? failure->message : "cannot draw");
        if (failure) g_error_free(failure);
    }
    g_object_unref(handle);
    return drawn ? 1 : 0;
}
