#include "folio_line_break.h"

#include <stdio.h>
#include <string.h>
#include <unicode/ubrk.h>
#include <unicode/utypes.h>

/// One line break iterator per thread, kept for the next paragraph of the same
/// locale and given the new text with ubrk_setText: opening an iterator loads
/// the locale's rules through ICU's service and resource lookups, which cost
/// more than finding the breaks of a table cell (9 % of a 5,000-row table's
/// build in a perf profile). Per thread, because an iterator is not thread-safe
/// and `folio merge` lays documents out on several threads at once; a thread
/// keeps at most one iterator, closed when the locale changes.
static _Thread_local UBreakIterator *cached_iterator;
static _Thread_local char cached_locale[64];

static UBreakIterator *line_iterator(const char *locale, const UChar *text, int32_t length, UErrorCode *status) {
    const char *name = locale ? locale : "";
    if (cached_iterator && strcmp(cached_locale, name) == 0) {
        ubrk_setText(cached_iterator, text, length, status);
        return cached_iterator;
    }
    if (cached_iterator) ubrk_close(cached_iterator);
    cached_iterator = NULL;
    UBreakIterator *iterator = ubrk_open(UBRK_LINE, locale, text, length, status);
    if (U_FAILURE(*status)) return NULL;
    // A locale name too long to keep is not cached: the iterator is closed after use.
    if (strlen(name) < sizeof cached_locale) {
        strcpy(cached_locale, name);
        cached_iterator = iterator;
    }
    return iterator;
}

int32_t folio_line_breaks(const uint16_t *text, int32_t length, const char *locale,
                          int32_t *offsets, uint8_t *mandatory, int32_t capacity,
                          char *error, size_t error_capacity) {
    UErrorCode status = U_ZERO_ERROR;
    UBreakIterator *iterator = line_iterator(locale, (const UChar *)text, length, &status);
    if (U_FAILURE(status) || !iterator) {
        if (error && error_capacity > 0) snprintf(error, error_capacity, "%s", u_errorName(status));
        return -1;
    }
    int32_t count = 0;
    ubrk_first(iterator);
    for (int32_t boundary = ubrk_next(iterator); boundary != UBRK_DONE && count < capacity;
         boundary = ubrk_next(iterator)) {
        int32_t rule = ubrk_getRuleStatus(iterator);
        offsets[count] = boundary;
        mandatory[count] = (rule >= UBRK_LINE_HARD && rule < UBRK_LINE_HARD_LIMIT) ? 1 : 0;
        count++;
    }
    if (iterator != cached_iterator) ubrk_close(iterator);
    return count;
}
