#include "folio_svg.h"

#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>

/* The few parts of librsvg's and GLib's C ABI used here, declared rather than
 * included: the headers would tie the build to GLib's include paths and
 * pkg-config would link the libraries this file exists to load lazily.
 * librsvg 2.46+ (rsvg_handle_render_document); layouts from rsvg.h and gerror.h. */
typedef struct RsvgHandle RsvgHandle;
typedef struct { double x, y, width, height; } RsvgRectangle;
typedef struct { uint32_t domain; int code; char *message; } GError;

static struct {
    RsvgHandle *(*new_from_data)(const uint8_t *, size_t, GError **);
    int (*render_document)(RsvgHandle *, void *, const RsvgRectangle *, GError **);
    void (*object_unref)(void *);
    void (*error_free)(GError *);
    char failure[200];
} rsvg;

static pthread_once_t load_once = PTHREAD_ONCE_INIT;

/* dlsym on the library's handle also finds g_object_unref and g_error_free in
 * its dependencies (GObject, GLib), which are loaded with it. */
static void load_rsvg(void) {
    void *library = dlopen("librsvg-2.so.2", RTLD_NOW | RTLD_LOCAL);
    if (!library) {
        snprintf(rsvg.failure, sizeof rsvg.failure,
                 "librsvg is not installed (%s); install the package librsvg2-2", dlerror());
        return;
    }
    *(void **)&rsvg.new_from_data = dlsym(library, "rsvg_handle_new_from_data");
    *(void **)&rsvg.render_document = dlsym(library, "rsvg_handle_render_document");
    *(void **)&rsvg.object_unref = dlsym(library, "g_object_unref");
    *(void **)&rsvg.error_free = dlsym(library, "g_error_free");
    if (!rsvg.new_from_data || !rsvg.render_document || !rsvg.object_unref || !rsvg.error_free) {
        snprintf(rsvg.failure, sizeof rsvg.failure,
                 "librsvg-2.so.2 is older than 2.46 (it has no rsvg_handle_render_document)");
        rsvg.new_from_data = NULL;
    }
}

static void report(char *error, size_t capacity, const char *message) {
    if (error && capacity > 0) snprintf(error, capacity, "%s", message);
}

int folio_svg_render(const uint8_t *data, size_t length, void *cairo,
                     double x, double y, double width, double height,
                     char *error, size_t error_capacity) {
    pthread_once(&load_once, load_rsvg);
    if (!rsvg.new_from_data) {
        report(error, error_capacity, rsvg.failure);
        return 0;
    }
    GError *failure = NULL;
    RsvgHandle *handle = rsvg.new_from_data(data, length, &failure);
    if (!handle) {
        report(error, error_capacity, failure ? failure->message : "not an SVG document");
        if (failure) rsvg.error_free(failure);
        return 0;
    }
    RsvgRectangle viewport = {x, y, width, height};
    int drawn = rsvg.render_document(handle, cairo, &viewport, &failure);
    if (!drawn) {
        report(error, error_capacity, failure ? failure->message : "cannot draw");
        if (failure) rsvg.error_free(failure);
    }
    rsvg.object_unref(handle);
    return drawn ? 1 : 0;
}
