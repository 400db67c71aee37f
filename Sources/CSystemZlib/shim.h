#ifndef CSYSTEMZLIB_SHIM_H
#define CSYSTEMZLIB_SHIM_H
#include <zlib.h>
#endif
