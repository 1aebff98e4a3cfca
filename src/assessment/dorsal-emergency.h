/* dorsal-emergency.h: the emergency number to show, from the setting or the locale
 *
 * Copyright 2026 The Dorsal authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

const char *dorsal_emergency_number    (const char  *setting,
                                        const char **origin_out);
char       *dorsal_emergency_territory (void);

G_END_DECLS
