#ifndef CLIBXML2_SHIM_H
#define CLIBXML2_SHIM_H
#include <libxml/xmlversion.h>
// Debian's libxml2 is built with ICU, and its encoding.h then includes the system's
// <unicode/ucnv.h>, whose declarations clash with the ICU that Foundation ships
// (_FoundationICU). We use no ICU-dependent field of libxml2 (its charset handler
// struct): hide them.
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#endif
