/* dorsal-topic.c: one page of the atlas: a structure, a cause, a treatment, a warning sign, ...
 *
 * Copyright 2026 The Dorsal authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "dorsal-topic.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "dorsal-atlas-private.h"

/*
 * A topic is immutable once the atlas has loaded it, so it is a plain
 * reference-counted boxed type: the content pane and the window can keep one
 * without keeping the whole atlas alive. All text is already translated.
 */

G_DEFINE_BOXED_TYPE (DorsalTopic, dorsal_topic, dorsal_topic_ref, dorsal_topic_unref)

static void
clear_show (gpointer data)
{
  DorsalTopicShow *show = data;

  g_clear_pointer (&show->ids, g_strfreev);
}

static void
clear_source (gpointer data)
{
  DorsalTopicSource *source = data;

  g_clear_pointer (&source->title, g_free);
  g_clear_pointer (&source->publisher, g_free);
}

DorsalTopic *
_dorsal_topic_new (void)
{
  DorsalTopic *self = g_new0 (DorsalTopic, 1);

  g_atomic_ref_count_init (&self->ref_count);
  self->shows = g_array_new (FALSE, TRUE, sizeof (DorsalTopicShow));
  g_array_set_clear_func (self->shows, clear_show);
  self->sources = g_array_new (FALSE, TRUE, sizeof (DorsalTopicSource));
  g_array_set_clear_func (self->sources, clear_source);

  return self;
}

DorsalTopic *
dorsal_topic_ref (DorsalTopic *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
dorsal_topic_unref (DorsalTopic *self)
{
  g_return_if_fail (self != NULL);

  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;

  g_free (self->id);
  g_free (self->title);
  g_free (self->label);
  g_free (self->summary);
  g_strfreev (self->plain);
  g_strfreev (self->clinical);
  g_array_unref (self->shows);
  g_strfreev (self->related);
  g_strfreev (self->synonyms);
  g_array_unref (self->sources);
  g_free (self);
}

const char *
dorsal_topic_get_id (DorsalTopic *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->id;
}

DorsalTopicKind
dorsal_topic_get_kind (DorsalTopic *self)
{
  g_return_val_if_fail (self != NULL, DORSAL_TOPIC_KIND_STRUCTURE);
  return self->kind;
}

/**
 * dorsal_topic_get_title:
 *
 * Returns: the heading, also the tooltip and accessible name of the
 *   structure on the drawing
 */
const char *
dorsal_topic_get_title (DorsalTopic *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->title;
}

/**
 * dorsal_topic_get_label:
 *
 * Returns: the short name for labels on the drawing, or the title when
 *   the topic has none
 */
const char *
dorsal_topic_get_label (DorsalTopic *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->label != NULL ? self->label : self->title;
}

const char *
dorsal_topic_get_summary (DorsalTopic *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->summary;
}

/**
 * dorsal_topic_get_plain:
 *
 * Returns: (array zero-terminated=1) (transfer none): the paragraphs of the
 *   plain-language body
 */
const char * const *
dorsal_topic_get_plain (DorsalTopic *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return (const char * const *) self->plain;
}

/**
 * dorsal_topic_get_clinical:
 *
 * Returns: (array zero-terminated=1) (transfer none): the paragraphs of the
 *   clinical body
 */
const char * const *
dorsal_topic_get_clinical (DorsalTopic *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return (const char * const *) self->clinical;
}

guint
dorsal_topic_get_n_shows (DorsalTopic *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->shows->len;
}

/**
 * dorsal_topic_get_show_view:
 * @index: less than dorsal_topic_get_n_shows()
 *
 * Returns: the view ("posterior", "anterior", "lateral" or "vertebra") of
 *   the @index-th `<show>`
 */
const char *
dorsal_topic_get_show_view (DorsalTopic *self,
                            guint        index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->shows->len, NULL);
  return g_array_index (self->shows, DorsalTopicShow, index).view;
}

/**
 * dorsal_topic_get_show_ids:
 * @index: less than dorsal_topic_get_n_shows()
 *
 * Returns: (array zero-terminated=1) (transfer none): the SVG ids of the
 *   @index-th `<show>`, condition overlays included
 */
const char * const *
dorsal_topic_get_show_ids (DorsalTopic *self,
                           guint        index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->shows->len, NULL);
  return (const char * const *) g_array_index (self->shows, DorsalTopicShow, index).ids;
}

/**
 * dorsal_topic_get_related:
 *
 * Returns: (array zero-terminated=1) (transfer none): the ids of related
 *   topics, possibly empty
 */
const char * const *
dorsal_topic_get_related (DorsalTopic *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return (const char * const *) self->related;
}

/**
 * dorsal_topic_get_synonyms:
 *
 * Returns: (array zero-terminated=1) (transfer none): other words for the
 *   topic, for search
 */
const char * const *
dorsal_topic_get_synonyms (DorsalTopic *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return (const char * const *) self->synonyms;
}

guint
dorsal_topic_get_n_sources (DorsalTopic *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->sources->len;
}

const char *
dorsal_topic_get_source_title (DorsalTopic *self,
                               guint        index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->sources->len, NULL);
  return g_array_index (self->sources, DorsalTopicSource, index).title;
}

const char *
dorsal_topic_get_source_publisher (DorsalTopic *self,
                                   guint        index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->sources->len, NULL);
  return g_array_index (self->sources, DorsalTopicSource, index).publisher;
}

/**
 * dorsal_topic_get_file:
 *
 * Returns: the base name of the file the topic came from, for messages
 */
const char *
dorsal_topic_get_file (DorsalTopic *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->file;
}

int
dorsal_topic_get_line (DorsalTopic *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->line;
}

static const char * const kind_names[DORSAL_TOPIC_N_KINDS] = {
  [DORSAL_TOPIC_KIND_STRUCTURE] = "structure",
  [DORSAL_TOPIC_KIND_AREA] = "area",
  [DORSAL_TOPIC_KIND_CAUSE] = "cause",
  [DORSAL_TOPIC_KIND_TREATMENT] = "treatment",
  [DORSAL_TOPIC_KIND_WARNING] = "warning",
  [DORSAL_TOPIC_KIND_GUIDE] = "guide",
};

/**
 * dorsal_topic_kind_to_string:
 *
 * Returns: the kind as the content files spell it ("structure", "cause", ...)
 */
const char *
dorsal_topic_kind_to_string (DorsalTopicKind kind)
{
  g_return_val_if_fail (kind < DORSAL_TOPIC_N_KINDS, NULL);
  return kind_names[kind];
}

gboolean
dorsal_topic_kind_from_string (const char      *string,
                               DorsalTopicKind *kind)
{
  g_return_val_if_fail (string != NULL, FALSE);

  for (guint i = 0; i < DORSAL_TOPIC_N_KINDS; i++)
    if (strcmp (string, kind_names[i]) == 0)
      {
        if (kind != NULL)
          *kind = (DorsalTopicKind) i;
        return TRUE;
      }

  return FALSE;
}

/**
 * dorsal_topic_kind_get_heading:
 *
 * Returns: the translated heading of a group of search results of @kind
 */
const char *
dorsal_topic_kind_get_heading (DorsalTopicKind kind)
{
  switch (kind)
    {
    case DORSAL_TOPIC_KIND_STRUCTURE:
      return _("Parts of the body");
    case DORSAL_TOPIC_KIND_AREA:
      return _("Body areas");
    case DORSAL_TOPIC_KIND_CAUSE:
      return _("Causes");
    case DORSAL_TOPIC_KIND_TREATMENT:
      return _("Treatment and self-care");
    case DORSAL_TOPIC_KIND_WARNING:
      return _("Warning signs");
    case DORSAL_TOPIC_KIND_GUIDE:
      return _("Getting started");
    default:
      g_return_val_if_reached (NULL);
    }
}

/**
 * dorsal_topic_kind_get_name:
 *
 * Returns: the translated name of one topic of @kind, for the kind chip
 */
const char *
dorsal_topic_kind_get_name (DorsalTopicKind kind)
{
  switch (kind)
    {
    case DORSAL_TOPIC_KIND_STRUCTURE:
      return C_("topic kind", "Part of the body");
    case DORSAL_TOPIC_KIND_AREA:
      return C_("topic kind", "Body area");
    case DORSAL_TOPIC_KIND_CAUSE:
      return C_("topic kind", "Cause");
    case DORSAL_TOPIC_KIND_TREATMENT:
      return C_("topic kind", "Treatment and self-care");
    case DORSAL_TOPIC_KIND_WARNING:
      return C_("topic kind", "Warning sign");
    case DORSAL_TOPIC_KIND_GUIDE:
      return C_("topic kind", "Guide");
    default:
      g_return_val_if_reached (NULL);
    }
}
