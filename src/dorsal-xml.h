/* dorsal-xml.h: reading text and attributes from the content files as their schemas see them
 *
 * Copyright 2026 The Dorsal authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>
#include <libxml/tree.h>

G_BEGIN_DECLS

xmlDoc *dorsal_xml_parse       (const char  *data,
                                gsize        size,
                                const char  *name,
                                const char  *encoding,
                                int         *error_line,
                                char       **error_message);

gboolean dorsal_xml_validate   (xmlDoc      *doc,
                                const char  *schema,
                                long        *error_line,
                                char       **error_message);

char *dorsal_xml_fold_space    (const char *text);
char *dorsal_xml_get_text      (xmlNode    *node);
char *dorsal_xml_get_attribute (xmlNode    *node,
                                const char *name);

G_END_DECLS
