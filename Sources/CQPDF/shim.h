// libqpdf's C API (object handles since qpdf 10); Debian 12 ships qpdf 11.
#include <stddef.h>
#include <qpdf/qpdf-c.h>
