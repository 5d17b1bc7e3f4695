// libjpeg reports fatal errors through error_exit, which by default calls
// exit(). Swift cannot use setjmp/longjmp, so the decoder lives here.
#include "folio_shims.h"

#include <stdio.h>
#include <setjmp.h>
#include <stdlib.h>
#include <string.h>
#include <jpeglib.h>

typedef struct {
    struct jpeg_error_mgr base;
    jmp_buf jump;
    char *message;
    size_t capacity;
} folio_error_mgr;

static void folio_error_exit(j_common_ptr info) {
    folio_error_mgr *mgr = (folio_error_mgr *)info->err;
    if (mgr->message && mgr->capacity > 0) {
        char buffer[JMSG_LENGTH_MAX];
        mgr->base.format_message(info, buffer);
        snprintf(mgr->message, mgr->capacity, "%s", buffer);
    }
    longjmp(mgr->jump, 1);
}

/* Warnings (e.g. "premature end of data") are not fatal; keep decoding. */
static void folio_output_message(j_common_ptr info) { (void)info; }

/* CMYK (libjpeg turns YCCK into CMYK) to RGB without a colour profile, as
 * PDF's own DeviceCMYK-to-DeviceRGB rule does (ISO 32000-1, 10.3.5):
 * R = (1 - C)(1 - K). Photoshop and ImageMagick write an Adobe APP14 marker
 * and store the values inverted (255 means no ink); without the marker they
 * are stored as they are (255 means full ink). */
static void folio_cmyk_to_rgb(const JSAMPLE *p, int inverted, uint32_t *r, uint32_t *g, uint32_t *b) {
    uint32_t c = p[0], m = p[1], y = p[2], k = p[3];
    if (!inverted) { c = 255 - c; m = 255 - m; y = 255 - y; k = 255 - k; }
    /* Now 255 means no ink: the colour left is (255 - ink), scaled by what black leaves. */
    *r = (c * k + 127) / 255;
    *g = (m * k + 127) / 255;
    *b = (y * k + 127) / 255;
}

int folio_jpeg_decode(const uint8_t *data, size_t length, unsigned scale_denominator,
                      folio_jpeg_image *out, char *error, size_t error_capacity) {
    struct jpeg_decompress_struct info;
    folio_error_mgr mgr;
    /* volatile: modified between setjmp and longjmp. */
    uint8_t *volatile pixels = NULL;
    JSAMPLE *volatile row = NULL;

    memset(out, 0, sizeof(*out));
    info.err = jpeg_std_error(&mgr.base);
    mgr.base.error_exit = folio_error_exit;
    mgr.base.output_message = folio_output_message;
    mgr.message = error;
    mgr.capacity = error_capacity;
    if (error && error_capacity > 0) error[0] = '\0';

    if (setjmp(mgr.jump)) {
        jpeg_destroy_decompress(&info);
        free(pixels);
        free(row);
        return 0;
    }
    jpeg_create_decompress(&info);
    jpeg_mem_src(&info, data, (unsigned long)length);
    jpeg_read_header(&info, TRUE);
    /* CMYK and YCCK come out as CMYK (libjpeg has no CMYK-to-RGB step; see
     * folio_cmyk_to_rgb); everything else becomes RGB. */
    const int cmyk = info.jpeg_color_space == JCS_CMYK || info.jpeg_color_space == JCS_YCCK;
    info.out_color_space = cmyk ? JCS_CMYK : JCS_RGB;
    const int inverted = info.saw_Adobe_marker;
    info.scale_num = 1;
    info.scale_denom = scale_denominator == 2 || scale_denominator == 4 || scale_denominator == 8
        ? scale_denominator : 1;
    jpeg_start_decompress(&info);

    const int32_t width = (int32_t)info.output_width;
    const int32_t height = (int32_t)info.output_height;
    const int components = info.output_components;
    const int32_t stride = width * 4;
    pixels = malloc((size_t)stride * (size_t)height);
    row = malloc((size_t)width * (size_t)components);
    if (!pixels || !row) {
        if (error && error_capacity > 0) snprintf(error, error_capacity, "out of memory");
        jpeg_destroy_decompress(&info);
        free(pixels);
        free(row);
        return 0;
    }
    while (info.output_scanline < info.output_height) {
        uint32_t *target = (uint32_t *)(pixels + (size_t)stride * info.output_scanline);
        JSAMPROW rows[1] = {row};
        jpeg_read_scanlines(&info, rows, 1);
        for (int32_t x = 0; x < width; x++) {
            const JSAMPLE *p = row + (size_t)x * components;
            uint32_t r, g, b;
            if (components == 4) {
                folio_cmyk_to_rgb(p, inverted, &r, &g, &b);
            } else if (components == 3) {
                r = p[0]; g = p[1]; b = p[2];
            } else {
                r = g = b = p[0];
            }
            target[x] = (r << 16) | (g << 8) | b;
        }
    }
    jpeg_finish_decompress(&info);
    jpeg_destroy_decompress(&info);
    free(row);
    out->width = width;
    out->height = height;
    out->stride = stride;
    out->pixels = pixels;
    out->cmyk = cmyk;
    return 1;
}

void folio_jpeg_free(folio_jpeg_image *image) {
    free(image->pixels);
    image->pixels = NULL;
}
