#ifndef TK_REGISTRY_H
#define TK_REGISTRY_H
#include "tcapkit/tcapkit.h"
#endif
