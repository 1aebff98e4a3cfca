/* dorsal-resources.h: the bundled resources and where content files come from
 *
 * Copyright 2026 The Dorsal authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

void   dorsal_resources_register (void);
GFile *dorsal_content_file       (const char *name);
GFile *dorsal_resource_file      (const char *path);

G_END_DECLS
