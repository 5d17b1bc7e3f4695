#ifndef FOLIO_LINE_BREAK_H
#define FOLIO_LINE_BREAK_H

#include <stddef.h>
#include <stdint.h>

/// Line-break opportunities by ICU's line break iterator (UAX #14, with ICU's
/// CJK tailoring: kinsoku rules for Chinese and Japanese punctuation).
///
/// Only plain C types cross this header: importing ICU's own headers into Swift
/// clashes with Foundation's bundled ICU, and ICU's versioned symbol names hide
/// its functions from Swift (DESIGN.md).
///
/// Writes, for each opportunity, the UTF-16 offset at which a new line may
/// start into `offsets` and 1 into `mandatory` when the break is required (after
/// a newline or paragraph separator), 0 otherwise. The end of the text is always
/// the last opportunity. Returns the number written (at most `capacity`), or -1
/// with ICU's error name in `error` when ICU fails.
int32_t folio_line_breaks(const uint16_t *text, int32_t length, const char *locale,
                          int32_t *offsets, uint8_t *mandatory, int32_t capacity,
                          char *error, size_t error_capacity);

#endif
