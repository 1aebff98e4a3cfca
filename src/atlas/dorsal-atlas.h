/* dorsal-atlas.h: the content model: the topics of the atlas files, checked, translated, searchable
 *
 * Copyright 2026 The Dorsal authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "dorsal-topic.h"
#include "dorsal-atlas-enums.h"

G_BEGIN_DECLS

#define DORSAL_ATLAS_ERROR (dorsal_atlas_error_quark ())

typedef enum
{
  DORSAL_ATLAS_ERROR_READ,            /* the file cannot be read */
  DORSAL_ATLAS_ERROR_PARSE,           /* not well-formed XML */
  DORSAL_ATLAS_ERROR_SCHEMA,          /* does not match atlas.rng */
  DORSAL_ATLAS_ERROR_MISSING_TEXT,    /* a required element is missing or empty */
  DORSAL_ATLAS_ERROR_DUPLICATE_ID,    /* two topics with one id */
  DORSAL_ATLAS_ERROR_UNKNOWN_TOPIC,   /* <related> names no topic */
  DORSAL_ATLAS_ERROR_CLAIMED_TWICE,   /* two topics claim one SVG id */
  DORSAL_ATLAS_ERROR_UNCLAIMED_ID,    /* an interactive SVG id no topic claims */
  DORSAL_ATLAS_ERROR_UNKNOWN_SVG_ID,  /* a <show> id the view does not have */
} DorsalAtlasError;

#define DORSAL_TYPE_ATLAS (dorsal_atlas_get_type ())

G_DECLARE_FINAL_TYPE (DorsalAtlas, dorsal_atlas, DORSAL, ATLAS, GObject)

GQuark       dorsal_atlas_error_quark      (void);

DorsalAtlas *dorsal_atlas_new              (void);
DorsalAtlas *dorsal_atlas_load_default     (GError             **error);
gboolean     dorsal_atlas_add_file         (DorsalAtlas         *self,
                                            GFile               *file,
                                            GError             **error);
gboolean     dorsal_atlas_check            (DorsalAtlas         *self,
                                            GError             **error);
gboolean     dorsal_atlas_check_svg_ids    (DorsalAtlas         *self,
                                            const char          *view,
                                            const char * const  *ids,
                                            const char * const  *interactive_ids,
                                            GError             **error);

guint        dorsal_atlas_get_n_topics     (DorsalAtlas         *self);
DorsalTopic *dorsal_atlas_get_topic        (DorsalAtlas         *self,
                                            const char          *id);
DorsalTopic *dorsal_atlas_topic_for_svg_id (DorsalAtlas         *self,
                                            const char          *svg_id);
GPtrArray   *dorsal_atlas_list_topics      (DorsalAtlas         *self,
                                            DorsalTopicKind      kind);
GPtrArray   *dorsal_atlas_search           (DorsalAtlas         *self,
                                            const char          *query);

G_END_DECLS
