#ifndef INCIDENTS_CZLIB_SHIM_H
#define INCIDENTS_CZLIB_SHIM_H
#include <zlib.h>
#endif
