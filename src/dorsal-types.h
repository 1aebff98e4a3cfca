/* dorsal-types.h: forward declarations so headers need not include each other
 *
 * Copyright 2026 The Dorsal authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _DorsalApplication DorsalApplication;
typedef struct _DorsalWindow      DorsalWindow;

G_END_DECLS
