/* dorsal-topic.h: one page of the atlas: a structure, a cause, a treatment, a warning sign, ...
 *
 * Copyright 2026 The Dorsal authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum
{
  DORSAL_TOPIC_KIND_STRUCTURE,
  DORSAL_TOPIC_KIND_AREA,
  DORSAL_TOPIC_KIND_CAUSE,
  DORSAL_TOPIC_KIND_TREATMENT,
  DORSAL_TOPIC_KIND_WARNING,
  DORSAL_TOPIC_KIND_GUIDE,
} DorsalTopicKind;

#define DORSAL_TOPIC_N_KINDS (DORSAL_TOPIC_KIND_GUIDE + 1)

typedef struct _DorsalTopic DorsalTopic;

#define DORSAL_TYPE_TOPIC (dorsal_topic_get_type ())

GType               dorsal_topic_get_type             (void) G_GNUC_CONST;

DorsalTopic        *dorsal_topic_ref                  (DorsalTopic *self);
void                dorsal_topic_unref                (DorsalTopic *self);

const char         *dorsal_topic_get_id               (DorsalTopic *self);
DorsalTopicKind     dorsal_topic_get_kind             (DorsalTopic *self);
const char         *dorsal_topic_get_title            (DorsalTopic *self);
const char         *dorsal_topic_get_label            (DorsalTopic *self);
const char         *dorsal_topic_get_summary          (DorsalTopic *self);
const char * const *dorsal_topic_get_plain            (DorsalTopic *self);
const char * const *dorsal_topic_get_clinical         (DorsalTopic *self);
guint               dorsal_topic_get_n_shows          (DorsalTopic *self);
const char         *dorsal_topic_get_show_view        (DorsalTopic *self,
                                                       guint        index);
const char * const *dorsal_topic_get_show_ids         (DorsalTopic *self,
                                                       guint        index);
const char * const *dorsal_topic_get_related          (DorsalTopic *self);
const char * const *dorsal_topic_get_synonyms         (DorsalTopic *self);
guint               dorsal_topic_get_n_sources        (DorsalTopic *self);
const char         *dorsal_topic_get_source_title     (DorsalTopic *self,
                                                       guint        index);
const char         *dorsal_topic_get_source_publisher (DorsalTopic *self,
                                                       guint        index);
const char         *dorsal_topic_get_file             (DorsalTopic *self);
int                 dorsal_topic_get_line             (DorsalTopic *self);

const char         *dorsal_topic_kind_to_string       (DorsalTopicKind kind);
gboolean            dorsal_topic_kind_from_string     (const char      *string,
                                                       DorsalTopicKind *kind);
const char         *dorsal_topic_kind_get_heading     (DorsalTopicKind kind);
const char         *dorsal_topic_kind_get_name        (DorsalTopicKind kind);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DorsalTopic, dorsal_topic_unref)

G_END_DECLS
