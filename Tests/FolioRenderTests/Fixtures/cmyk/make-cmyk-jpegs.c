// Writes the CMYK test JPEGs of Tests/FolioRenderTests/CMYKJPEGTests.swift:
// one colour, #D02020 (208, 32, 32), stored three ways a photo can come from
// a print workflow. Rebuild: cc make-cmyk-jpegs.c -ljpeg && ./a.out
#include <stdio.h>
#include <stdlib.h>
#include <jpeglib.h>

/* Naive RGB→CMYK of #D02020: K = 1 - max = 47, C = 0, M = Y = 216 (of 255). */
static const unsigned char ink[4] = {0, 216, 216, 47};

static void write(const char *name, J_COLOR_SPACE stored, int adobe) {
    FILE *file = fopen(name, "wb");
    if (!file) { perror(name); exit(1); }
    struct jpeg_compress_struct info;
    struct jpeg_error_mgr errors;
    info.err = jpeg_std_error(&errors);
    jpeg_create_compress(&info);
    jpeg_stdio_dest(&info, file);
    info.image_width = 32;
    info.image_height = 24;
    info.input_components = 4;
    info.in_color_space = JCS_CMYK;
    jpeg_set_defaults(&info);
    jpeg_set_colorspace(&info, stored);
    info.write_Adobe_marker = adobe;
    jpeg_set_quality(&info, 95, TRUE);
    jpeg_start_compress(&info, TRUE);
    unsigned char row[32 * 4];
    for (int x = 0; x < 32; x++)
        for (int c = 0; c < 4; c++)
            /* With the Adobe marker, values are stored inverted (Photoshop's convention). */
            row[x * 4 + c] = adobe ? 255 - ink[c] : ink[c];
    while (info.next_scanline < info.image_height) {
        JSAMPROW rows[1] = {row};
        jpeg_write_scanlines(&info, rows, 1);
    }
    jpeg_finish_compress(&info);
    jpeg_destroy_compress(&info);
    fclose(file);
}

int main(void) {
    write("cmyk-adobe.jpg", JCS_CMYK, 1);   /* Photoshop, ImageMagick */
    write("ycck-adobe.jpg", JCS_YCCK, 1);   /* Photoshop's YCCK option */
    write("cmyk-plain.jpg", JCS_CMYK, 0);   /* no Adobe marker: values as they are */
    return 0;
}
