#ifndef INCIDENTS_CSQLITE_SHIM_H
#define INCIDENTS_CSQLITE_SHIM_H
#include <sqlite3.h>
#endif
