/* dorsal-modes-content.h: reading the classroom content files (tour and quiz): schema, lines, translations
 *
 * Copyright 2026 The Dorsal authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>
#include <libxml/tree.h>

G_BEGIN_DECLS

#define DORSAL_MODES_ERROR (dorsal_modes_error_quark ())

typedef enum
{
  DORSAL_MODES_ERROR_READ,     /* the file cannot be read */
  DORSAL_MODES_ERROR_PARSE,    /* not well-formed XML */
  DORSAL_MODES_ERROR_SCHEMA,   /* does not match its .rng schema */
  DORSAL_MODES_ERROR_INVALID,  /* valid XML, but the content breaks a rule (duplicate id, no right answer) */
} DorsalModesError;

GQuark   dorsal_modes_error_quark        (void);

xmlDoc  *_dorsal_modes_content_load      (GFile       *file,
                                          const char  *schema_name,
                                          GError     **error);
char    *_dorsal_modes_content_name      (GFile       *file);
char    *_dorsal_modes_content_text      (xmlNode     *node,
                                          const char  *context);
char   **_dorsal_modes_content_ids       (xmlNode     *node);
gboolean _dorsal_modes_content_node_is   (xmlNode     *node,
                                          const char  *name);
xmlNode *_dorsal_modes_content_child     (xmlNode     *parent,
                                          const char  *name);

G_END_DECLS
