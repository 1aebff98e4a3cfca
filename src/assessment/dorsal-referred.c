/* dorsal-referred.c: referred pain, the organs that can hurt in the upper back (referred.xml)
 *
 * Copyright 2026 The Dorsal authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "dorsal-referred.h"

#include <glib/gi18n-lib.h>
#include <libxml/parser.h>
#include <libxml/relaxng.h>
#include <string.h>

#include "dorsal-resources.h"
#include "dorsal-xml.h"

#define TR(context, s) ((s) != NULL ? g_dpgettext2 (GETTEXT_PACKAGE, (context), (s)) : NULL)

typedef struct
{
  char *text;
  char *level;
  char *question;   /* nullable */
  long  line;
} Warning;

typedef struct
{
  char *title;
  char *publisher;
} Source;

typedef struct
{
  char  *view;
  GStrv  ids;
} Areas;

struct _DorsalReferredOrgan
{
  char      *id;
  char      *topic;
  char      *level;
  char      *name;
  char      *feels;
  GStrv      parts;
  GPtrArray *areas;       /* Areas, per view */
  GStrv      all_areas;   /* every view, each id once */
  GStrv      zones;
  GStrv      spinal_levels;
  GPtrArray *warnings;
  GPtrArray *sources;
  long       line;
};

typedef struct
{
  char *id;
  char *topic;
  char *text;
  long  line;
} SpinalLevel;

struct _DorsalReferred
{
  GObject     parent_instance;

  char       *name;
  GPtrArray  *organs;
  GHashTable *organ_by_id;   /* organ id, part id or topic → organ */
  GPtrArray  *levels;        /* SpinalLevel, in file order */
  GStrv       level_ids;
};

G_DEFINE_FINAL_TYPE (DorsalReferred, dorsal_referred, G_TYPE_OBJECT)

G_DEFINE_QUARK (dorsal-referred-error-quark, dorsal_referred_error)

static void
warning_free (Warning *warning)
{
  g_free (warning->text);
  g_free (warning->level);
  g_free (warning->question);
  g_free (warning);
}

static void
source_free (Source *source)
{
  g_free (source->title);
  g_free (source->publisher);
  g_free (source);
}

static void
areas_free (Areas *areas)
{
  g_free (areas->view);
  g_strfreev (areas->ids);
  g_free (areas);
}

static void
organ_free (DorsalReferredOrgan *organ)
{
  g_free (organ->id);
  g_free (organ->topic);
  g_free (organ->level);
  g_free (organ->name);
  g_free (organ->feels);
  g_strfreev (organ->parts);
  g_ptr_array_unref (organ->areas);
  g_strfreev (organ->all_areas);
  g_strfreev (organ->zones);
  g_strfreev (organ->spinal_levels);
  g_ptr_array_unref (organ->warnings);
  g_ptr_array_unref (organ->sources);
  g_free (organ);
}

static void
spinal_level_free (SpinalLevel *level)
{
  g_free (level->id);
  g_free (level->topic);
  g_free (level->text);
  g_free (level);
}

static void
dorsal_referred_finalize (GObject *object)
{
  DorsalReferred *self = DORSAL_REFERRED (object);

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->organ_by_id, g_hash_table_unref);
  g_clear_pointer (&self->organs, g_ptr_array_unref);
  g_clear_pointer (&self->levels, g_ptr_array_unref);
  g_clear_pointer (&self->level_ids, g_strfreev);

  G_OBJECT_CLASS (dorsal_referred_parent_class)->finalize (object);
}

static void
dorsal_referred_class_init (DorsalReferredClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = dorsal_referred_finalize;
}

static void
dorsal_referred_init (DorsalReferred *self)
{
  self->organs = g_ptr_array_new_with_free_func ((GDestroyNotify) organ_free);
  self->organ_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->levels = g_ptr_array_new_with_free_func ((GDestroyNotify) spinal_level_free);
}

/* Loading */

typedef struct
{
  const char *name;
  GError     *error;
} Loader;

static void set_error (Loader     *loader,
                       gint        code,
                       long        line,
                       const char *format,
                       ...) G_GNUC_PRINTF (4, 5);

static void
set_error (Loader     *loader,
           gint        code,
           long        line,
           const char *format,
           ...)
{
  g_autofree char *message = NULL;
  va_list args;

  if (loader->error != NULL)
    return;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_strchomp (message);
  if (line > 0)
    loader->error = g_error_new (DORSAL_REFERRED_ERROR, code, "%s:%ld: %s",
                                 loader->name, line, message);
  else
    loader->error = g_error_new (DORSAL_REFERRED_ERROR, code, "%s: %s", loader->name, message);
}

static gboolean
is_element (xmlNode    *node,
            const char *name)
{
  return node->type == XML_ELEMENT_NODE && strcmp ((const char *) node->name, name) == 0;
}

static xmlNode *
first_element (xmlNode *node)
{
  for (; node != NULL; node = node->next)
    if (node->type == XML_ELEMENT_NODE)
      return node;
  return NULL;
}

static xmlNode *
next_element (xmlNode *node)
{
  return first_element (node->next);
}

/* Non-empty folded text; an element of blanks is an error. */
static char *
text_of (Loader  *loader,
         xmlNode *node)
{
  char *text = dorsal_xml_get_text (node);

  if (*text == '\0')
    set_error (loader, DORSAL_REFERRED_ERROR_INVALID, xmlGetLineNo (node),
               "<%s> is empty", (const char *) node->name);
  return text;
}

/* A space-separated list with each item once. */
static GStrv
list_of (Loader  *loader,
         xmlNode *node)
{
  g_autofree char *text = dorsal_xml_get_text (node);
  g_auto(GStrv) items = g_strsplit (text, " ", -1);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; items[i] != NULL; i++)
    {
      if (*items[i] == '\0')
        continue;
      if (!g_hash_table_add (seen, items[i]))
        set_error (loader, DORSAL_REFERRED_ERROR_INVALID, xmlGetLineNo (node),
                   "<%s> lists “%s” twice", (const char *) node->name, items[i]);
      g_strv_builder_add (builder, items[i]);
    }
  return g_strv_builder_end (builder);
}

static void
index_organ (DorsalReferred      *self,
             Loader              *loader,
             DorsalReferredOrgan *organ,
             const char          *key,
             gboolean             must_be_new)
{
  DorsalReferredOrgan *other = g_hash_table_lookup (self->organ_by_id, key);

  if (other == organ)
    return;
  if (other != NULL)
    {
      if (must_be_new)
        set_error (loader, DORSAL_REFERRED_ERROR_INVALID, organ->line,
                   "“%s” already belongs to the organ “%s”", key, other->id);
      return;
    }
  g_hash_table_insert (self->organ_by_id, (gpointer) key, organ);
}

static void
load_organ (DorsalReferred *self,
            Loader         *loader,
            xmlNode        *node)
{
  DorsalReferredOrgan *organ = g_new0 (DorsalReferredOrgan, 1);
  g_autoptr(GStrvBuilder) all = g_strv_builder_new ();
  g_autoptr(GHashTable) seen_areas = g_hash_table_new (g_str_hash, g_str_equal);

  organ->id = dorsal_xml_get_attribute (node, "id");
  organ->topic = dorsal_xml_get_attribute (node, "topic");
  organ->level = dorsal_xml_get_attribute (node, "level");
  organ->line = xmlGetLineNo (node);
  organ->areas = g_ptr_array_new_with_free_func ((GDestroyNotify) areas_free);
  organ->warnings = g_ptr_array_new_with_free_func ((GDestroyNotify) warning_free);
  organ->sources = g_ptr_array_new_with_free_func ((GDestroyNotify) source_free);
  g_ptr_array_add (self->organs, organ);

  for (xmlNode *child = first_element (node->children); child != NULL;
       child = next_element (child))
    {
      if (is_element (child, "name"))
        organ->name = text_of (loader, child);
      else if (is_element (child, "parts"))
        organ->parts = list_of (loader, child);
      else if (is_element (child, "areas"))
        {
          Areas *areas = g_new0 (Areas, 1);

          areas->view = dorsal_xml_get_attribute (child, "view");
          areas->ids = list_of (loader, child);
          for (guint i = 0; i < organ->areas->len; i++)
            if (strcmp (((Areas *) g_ptr_array_index (organ->areas, i))->view, areas->view) == 0)
              set_error (loader, DORSAL_REFERRED_ERROR_INVALID, xmlGetLineNo (child),
                         "a second <areas> for the view “%s”", areas->view);
          g_ptr_array_add (organ->areas, areas);
          for (guint i = 0; areas->ids[i] != NULL; i++)
            if (g_hash_table_add (seen_areas, areas->ids[i]))
              g_strv_builder_add (all, areas->ids[i]);
        }
      else if (is_element (child, "zones"))
        organ->zones = list_of (loader, child);
      else if (is_element (child, "spinal-levels"))
        organ->spinal_levels = list_of (loader, child);
      else if (is_element (child, "feels"))
        organ->feels = text_of (loader, child);
      else if (is_element (child, "warning"))
        {
          Warning *warning = g_new0 (Warning, 1);

          warning->text = text_of (loader, child);
          warning->level = dorsal_xml_get_attribute (child, "level");
          warning->question = dorsal_xml_get_attribute (child, "question");
          warning->line = xmlGetLineNo (child);
          g_ptr_array_add (organ->warnings, warning);
        }
      else if (is_element (child, "source"))
        {
          Source *source = g_new0 (Source, 1);

          source->title = text_of (loader, child);
          source->publisher = dorsal_xml_get_attribute (child, "publisher");
          g_ptr_array_add (organ->sources, source);
        }
    }
  organ->all_areas = g_strv_builder_end (all);

  for (guint i = 0; i + 1 < self->organs->len; i++)
    if (strcmp (((DorsalReferredOrgan *) g_ptr_array_index (self->organs, i))->id, organ->id) == 0)
      set_error (loader, DORSAL_REFERRED_ERROR_INVALID, organ->line,
                 "the organ id “%s” is used twice", organ->id);
  index_organ (self, loader, organ, organ->id, TRUE);
  for (guint i = 0; organ->parts != NULL && organ->parts[i] != NULL; i++)
    index_organ (self, loader, organ, organ->parts[i], TRUE);
  index_organ (self, loader, organ, organ->topic, FALSE);
}

static void
load_spinal_level (DorsalReferred *self,
                   Loader         *loader,
                   xmlNode        *node)
{
  SpinalLevel *level = g_new0 (SpinalLevel, 1);
  xmlNode *when = first_element (node->children);

  level->id = dorsal_xml_get_attribute (node, "id");
  level->topic = dorsal_xml_get_attribute (node, "topic");
  level->line = xmlGetLineNo (node);
  level->text = when != NULL ? text_of (loader, when) : g_strdup ("");
  for (guint i = 0; i < self->levels->len; i++)
    if (strcmp (((SpinalLevel *) g_ptr_array_index (self->levels, i))->id, level->id) == 0)
      set_error (loader, DORSAL_REFERRED_ERROR_INVALID, level->line,
                 "the spinal level “%s” has two paragraphs", level->id);
  g_ptr_array_add (self->levels, level);
}

static const SpinalLevel *
lookup_level (DorsalReferred *self,
              const char     *id)
{
  for (guint i = 0; i < self->levels->len; i++)
    {
      const SpinalLevel *level = g_ptr_array_index (self->levels, i);

      if (strcmp (level->id, id) == 0)
        return level;
    }
  return NULL;
}

static void
load_document (DorsalReferred *self,
               Loader         *loader,
               xmlNode        *root)
{
  g_autoptr(GStrvBuilder) ids = g_strv_builder_new ();

  for (xmlNode *node = first_element (root->children); node != NULL; node = next_element (node))
    {
      if (is_element (node, "organ"))
        load_organ (self, loader, node);
      else if (is_element (node, "spinal-level"))
        load_spinal_level (self, loader, node);
    }

  for (guint i = 0; i < self->levels->len; i++)
    g_strv_builder_add (ids, ((SpinalLevel *) g_ptr_array_index (self->levels, i))->id);
  self->level_ids = g_strv_builder_end (ids);

  /* every level an organ names has its "when pain here needs a doctor" */
  for (guint i = 0; i < self->organs->len; i++)
    {
      const DorsalReferredOrgan *organ = g_ptr_array_index (self->organs, i);

      for (guint l = 0; organ->spinal_levels != NULL && organ->spinal_levels[l] != NULL; l++)
        if (lookup_level (self, organ->spinal_levels[l]) == NULL)
          set_error (loader, DORSAL_REFERRED_ERROR_INVALID, organ->line,
                     "the organ “%s” names the spinal level %s, which has no <spinal-level>",
                     organ->id, organ->spinal_levels[l]);
    }
}

static gboolean
validate (Loader *loader,
          xmlDoc *doc)
{
  g_autofree char *message = NULL;
  long line;

  if (dorsal_xml_validate (doc, "content/referred.rng", &line, &message))
    return TRUE;

  set_error (loader, DORSAL_REFERRED_ERROR_SCHEMA, line, "%s", message);
  return FALSE;
}

/**
 * dorsal_referred_new_from_file:
 * @file: a referred-pain file, such as data/content/referred.xml
 * @error: where to put a `file:line: message` error (#DORSAL_REFERRED_ERROR)
 *
 * Reads the file and checks it against the bundled referred.rng, then checks
 * what a schema cannot: no organ id, part or spinal level twice, no id listed
 * twice, and a paragraph for every spinal level an organ names. Links to the
 * self-assessment are checked by dorsal_referred_check_with_triage().
 *
 * Returns: (transfer full): the referred-pain data, or %NULL with @error set
 */
DorsalReferred *
dorsal_referred_new_from_file (GFile   *file,
                               GError **error)
{
  g_autoptr(DorsalReferred) self = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *name = NULL;
  Loader loader = { NULL, NULL };
  g_autofree char *parse_message = NULL;
  int parse_line;
  xmlDoc *doc;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  name = g_file_get_parse_name (file);
  loader.name = name;

  bytes = g_file_load_bytes (file, NULL, NULL, &local_error);
  if (bytes == NULL)
    {
      g_set_error (error, DORSAL_REFERRED_ERROR, DORSAL_REFERRED_ERROR_READ,
                   "%s: %s", name, local_error->message);
      return NULL;
    }

  doc = dorsal_xml_parse (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), name, "UTF-8",
                          &parse_line, &parse_message);
  if (doc == NULL)
    {
      set_error (&loader, DORSAL_REFERRED_ERROR_PARSE, parse_line, "%s", parse_message);
      g_propagate_error (error, loader.error);
      return NULL;
    }

  if (validate (&loader, doc))
    {
      self = g_object_new (DORSAL_TYPE_REFERRED, NULL);
      self->name = g_strdup (name);
      load_document (self, &loader, xmlDocGetRootElement (doc));
    }
  xmlFreeDoc (doc);

  if (loader.error != NULL)
    {
      g_propagate_error (error, loader.error);
      return NULL;
    }

  return g_steal_pointer (&self);
}

/**
 * dorsal_referred_new_default:
 * @error: where to put an error
 *
 * Loads `referred.xml` from dorsal_content_file(): the bundled copy, or the
 * one in `DORSAL_CONTENT_DIR`.
 *
 * Returns: (transfer full): the referred-pain data, or %NULL with @error set
 */
DorsalReferred *
dorsal_referred_new_default (GError **error)
{
  g_autoptr(GFile) file = dorsal_content_file ("referred.xml");

  return dorsal_referred_new_from_file (file, error);
}

/**
 * dorsal_referred_check_with_triage:
 * @self: the referred-pain data
 * @triage: the self-assessment
 * @error: where to put a `file:line: message` error
 *
 * Checks that the data agree with the self-assessment: every level is one of
 * its levels; a warning sign that names a question reaches that question's
 * yes-level; an organ's level is its most urgent sign's; and every zone is a
 * body-map zone of the pain-location question.
 *
 * Returns: %TRUE if they agree
 */
gboolean
dorsal_referred_check_with_triage (DorsalReferred  *self,
                                   DorsalTriage    *triage,
                                   GError         **error)
{
  Loader loader = { NULL, NULL };
  const DorsalQuestion *zones_question = NULL;

  g_return_val_if_fail (DORSAL_IS_REFERRED (self), FALSE);
  g_return_val_if_fail (DORSAL_IS_TRIAGE (triage), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  loader.name = self->name;

  for (guint q = 0; q < dorsal_triage_get_n_questions (triage); q++)
    if (dorsal_question_get_kind (dorsal_triage_get_question (triage, q)) == DORSAL_QUESTION_ZONES)
      zones_question = dorsal_triage_get_question (triage, q);

  for (guint i = 0; i < self->organs->len && loader.error == NULL; i++)
    {
      const DorsalReferredOrgan *organ = g_ptr_array_index (self->organs, i);
      const DorsalLevel *level = dorsal_triage_find_level (triage, organ->level);
      const DorsalLevel *most_urgent = NULL;

      if (level == NULL)
        set_error (&loader, DORSAL_REFERRED_ERROR_INVALID, organ->line,
                   "the organ “%s” has the level “%s”, which the self-assessment does not have",
                   organ->id, organ->level);

      for (guint w = 0; w < organ->warnings->len; w++)
        {
          const Warning *warning = g_ptr_array_index (organ->warnings, w);
          const DorsalLevel *reached = dorsal_triage_find_level (triage, warning->level);

          if (reached == NULL)
            {
              set_error (&loader, DORSAL_REFERRED_ERROR_INVALID, warning->line,
                         "a warning sign of “%s” has the level “%s”, which the self-assessment "
                         "does not have", organ->id, warning->level);
              continue;
            }
          if (warning->question != NULL)
            {
              const DorsalQuestion *question = dorsal_triage_find_question (triage,
                                                                            warning->question);

              if (question == NULL || dorsal_question_get_yes_level (question) == NULL)
                set_error (&loader, DORSAL_REFERRED_ERROR_INVALID, warning->line,
                           "a warning sign of “%s” names “%s”, which is not a yes/no question "
                           "of the self-assessment", organ->id, warning->question);
              else if (dorsal_question_get_yes_level (question) != reached)
                set_error (&loader, DORSAL_REFERRED_ERROR_INVALID, warning->line,
                           "a warning sign of “%s” reaches “%s”, but a yes to “%s” reaches “%s”",
                           organ->id, warning->level, warning->question,
                           dorsal_level_get_id (dorsal_question_get_yes_level (question)));
            }
          if (most_urgent == NULL
              || dorsal_level_get_rank (reached) < dorsal_level_get_rank (most_urgent))
            most_urgent = reached;
        }

      if (level != NULL && most_urgent != NULL && level != most_urgent)
        set_error (&loader, DORSAL_REFERRED_ERROR_INVALID, organ->line,
                   "the organ “%s” has the level “%s”, but its most urgent sign reaches “%s”",
                   organ->id, organ->level, dorsal_level_get_id (most_urgent));

      for (guint z = 0; organ->zones != NULL && organ->zones[z] != NULL; z++)
        if (zones_question == NULL
            || !g_str_has_prefix (organ->zones[z], "zone-")
            || dorsal_question_get_value_label (zones_question,
                                                organ->zones[z] + strlen ("zone-")) == NULL)
          set_error (&loader, DORSAL_REFERRED_ERROR_INVALID, organ->line,
                     "the organ “%s” lists “%s”, which is not a body-map zone of the "
                     "self-assessment", organ->id, organ->zones[z]);
    }

  if (loader.error != NULL)
    {
      g_propagate_error (error, loader.error);
      return FALSE;
    }
  return TRUE;
}

/* Lookups */

guint
dorsal_referred_get_n_organs (DorsalReferred *self)
{
  g_return_val_if_fail (DORSAL_IS_REFERRED (self), 0);
  return self->organs->len;
}

const DorsalReferredOrgan *
dorsal_referred_get_organ (DorsalReferred *self,
                           guint           index)
{
  g_return_val_if_fail (DORSAL_IS_REFERRED (self), NULL);
  g_return_val_if_fail (index < self->organs->len, NULL);
  return g_ptr_array_index (self->organs, index);
}

/**
 * dorsal_referred_find_organ:
 * @id: an organ id ("heart"), one of its SVG parts ("organ-lung-left",
 *   "dermatome-t5") or its atlas topic ("organ-heart", "kidneys")
 *
 * Returns: (nullable): the organ
 */
const DorsalReferredOrgan *
dorsal_referred_find_organ (DorsalReferred *self,
                            const char     *id)
{
  g_return_val_if_fail (DORSAL_IS_REFERRED (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);
  return g_hash_table_lookup (self->organ_by_id, id);
}

/**
 * dorsal_referred_areas_for_organ:
 * @id: as for dorsal_referred_find_organ()
 *
 * What the drawing lights when a person chooses an organ in referred-pain
 * mode: its `referred-*` areas, of the front and back views together (an id
 * drawn in both views is listed once). Use dorsal_referred_organ_get_areas()
 * for one view.
 *
 * Returns: (nullable) (transfer none): the areas, or %NULL for an unknown id
 */
const char * const *
dorsal_referred_areas_for_organ (DorsalReferred *self,
                                 const char     *id)
{
  const DorsalReferredOrgan *organ = dorsal_referred_find_organ (self, id);

  return organ != NULL ? (const char * const *) organ->all_areas : NULL;
}

/**
 * dorsal_referred_organs_for_area:
 * @id: a `referred-*` area or a body-map `zone-*`
 *
 * What can send pain to a spot a person taps: every organ that lists the area
 * (or the zone), in file order.
 *
 * Returns: (transfer container) (element-type DorsalReferredOrgan): the
 *   organs, empty for an id no organ lists
 */
GPtrArray *
dorsal_referred_organs_for_area (DorsalReferred *self,
                                 const char     *id)
{
  GPtrArray *organs;
  gboolean zone;

  g_return_val_if_fail (DORSAL_IS_REFERRED (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  organs = g_ptr_array_new ();
  zone = g_str_has_prefix (id, "zone-");
  for (guint i = 0; i < self->organs->len; i++)
    {
      DorsalReferredOrgan *organ = g_ptr_array_index (self->organs, i);
      GStrv ids = zone ? organ->zones : organ->all_areas;

      if (ids != NULL && g_strv_contains ((const char * const *) ids, id))
        g_ptr_array_add (organs, organ);
    }
  return organs;
}

/* "T5", "t5", "vertebra-t5" and "dermatome-t5" all name T5. */
static char *
normalize_level (const char *level)
{
  if (g_str_has_prefix (level, "vertebra-"))
    level += strlen ("vertebra-");
  else if (g_str_has_prefix (level, "dermatome-"))
    level += strlen ("dermatome-");
  return g_ascii_strup (level, -1);
}

/**
 * dorsal_referred_organs_for_spinal_level:
 * @level: a thoracic level: "T5", "t5", "vertebra-t5" or "dermatome-t5"
 *
 * Returns: (transfer container) (element-type DorsalReferredOrgan): the
 *   organs whose pain can be felt at that level, in file order
 */
GPtrArray *
dorsal_referred_organs_for_spinal_level (DorsalReferred *self,
                                         const char     *level)
{
  g_autofree char *id = NULL;
  GPtrArray *organs;

  g_return_val_if_fail (DORSAL_IS_REFERRED (self), NULL);
  g_return_val_if_fail (level != NULL, NULL);

  id = normalize_level (level);
  organs = g_ptr_array_new ();
  for (guint i = 0; i < self->organs->len; i++)
    {
      DorsalReferredOrgan *organ = g_ptr_array_index (self->organs, i);

      if (organ->spinal_levels != NULL
          && g_strv_contains ((const char * const *) organ->spinal_levels, id))
        g_ptr_array_add (organs, organ);
    }
  return organs;
}

/**
 * dorsal_referred_get_spinal_levels:
 *
 * Returns: (transfer none): the levels that have a paragraph ("T1" … "T12")
 */
const char * const *
dorsal_referred_get_spinal_levels (DorsalReferred *self)
{
  g_return_val_if_fail (DORSAL_IS_REFERRED (self), NULL);
  return (const char * const *) self->level_ids;
}

/**
 * dorsal_referred_get_spinal_level_text:
 * @level: as for dorsal_referred_organs_for_spinal_level()
 *
 * "When pain here needs a doctor": which organs can send pain to that level
 * and which signs mean getting help, in plain words.
 *
 * Returns: (nullable): the translated paragraph, or %NULL for a level with none
 */
const char *
dorsal_referred_get_spinal_level_text (DorsalReferred *self,
                                       const char     *level)
{
  g_autofree char *id = NULL;
  const SpinalLevel *found;

  g_return_val_if_fail (DORSAL_IS_REFERRED (self), NULL);
  g_return_val_if_fail (level != NULL, NULL);

  id = normalize_level (level);
  found = lookup_level (self, id);
  return found != NULL ? TR (found->id, found->text) : NULL;
}

/**
 * dorsal_referred_get_spinal_level_topic:
 * @level: as for dorsal_referred_organs_for_spinal_level()
 *
 * Returns: (nullable): the atlas topic of that vertebra, such as "vertebra-t5"
 */
const char *
dorsal_referred_get_spinal_level_topic (DorsalReferred *self,
                                        const char     *level)
{
  g_autofree char *id = NULL;
  const SpinalLevel *found;

  g_return_val_if_fail (DORSAL_IS_REFERRED (self), NULL);
  g_return_val_if_fail (level != NULL, NULL);

  id = normalize_level (level);
  found = lookup_level (self, id);
  return found != NULL ? found->topic : NULL;
}

/* Organs */

const char *
dorsal_referred_organ_get_id (const DorsalReferredOrgan *organ)
{
  g_return_val_if_fail (organ != NULL, NULL);
  return organ->id;
}

/**
 * dorsal_referred_organ_get_name:
 *
 * Returns: the translated name, such as "Heart"
 */
const char *
dorsal_referred_organ_get_name (const DorsalReferredOrgan *organ)
{
  g_return_val_if_fail (organ != NULL, NULL);
  return TR (organ->id, organ->name);
}

/**
 * dorsal_referred_organ_get_topic:
 *
 * Returns: the atlas topic to link to, such as "organ-heart" or "cause-shingles"
 */
const char *
dorsal_referred_organ_get_topic (const DorsalReferredOrgan *organ)
{
  g_return_val_if_fail (organ != NULL, NULL);
  return organ->topic;
}

/**
 * dorsal_referred_organ_get_level:
 *
 * Returns: the id of the self-assessment level its most urgent warning sign
 *   reaches (find it with dorsal_triage_find_level())
 */
const char *
dorsal_referred_organ_get_level (const DorsalReferredOrgan *organ)
{
  g_return_val_if_fail (organ != NULL, NULL);
  return organ->level;
}

/**
 * dorsal_referred_organ_get_feels:
 *
 * Returns: the translated plain description of where and how its pain is felt
 */
const char *
dorsal_referred_organ_get_feels (const DorsalReferredOrgan *organ)
{
  g_return_val_if_fail (organ != NULL, NULL);
  return TR (organ->id, organ->feels);
}

/**
 * dorsal_referred_organ_get_parts:
 *
 * Returns: (transfer none): its SVG ids: `organ-*`, or for shingles the nerve
 *   roots and dermatomes
 */
const char * const *
dorsal_referred_organ_get_parts (const DorsalReferredOrgan *organ)
{
  g_return_val_if_fail (organ != NULL, NULL);
  return (const char * const *) organ->parts;
}

/**
 * dorsal_referred_organ_get_areas:
 * @view: (nullable): "anterior" or "posterior"; %NULL for both
 *
 * Returns: (transfer none): the `referred-*` areas of that view (empty if it has none)
 */
const char * const *
dorsal_referred_organ_get_areas (const DorsalReferredOrgan *organ,
                                 const char                *view)
{
  static const char * const none[] = { NULL };

  g_return_val_if_fail (organ != NULL, NULL);

  if (view == NULL)
    return (const char * const *) organ->all_areas;
  for (guint i = 0; i < organ->areas->len; i++)
    {
      const Areas *areas = g_ptr_array_index (organ->areas, i);

      if (strcmp (areas->view, view) == 0)
        return (const char * const *) areas->ids;
    }
  return none;
}

/**
 * dorsal_referred_organ_get_zones:
 *
 * Returns: (transfer none): the body-map zones (`zone-*`) where its pain is felt
 */
const char * const *
dorsal_referred_organ_get_zones (const DorsalReferredOrgan *organ)
{
  g_return_val_if_fail (organ != NULL, NULL);
  return (const char * const *) organ->zones;
}

/**
 * dorsal_referred_organ_get_spinal_levels:
 *
 * Returns: (transfer none): the thoracic levels where its pain is felt ("T1" … "T12")
 */
const char * const *
dorsal_referred_organ_get_spinal_levels (const DorsalReferredOrgan *organ)
{
  g_return_val_if_fail (organ != NULL, NULL);
  return (const char * const *) organ->spinal_levels;
}

guint
dorsal_referred_organ_get_n_warnings (const DorsalReferredOrgan *organ)
{
  g_return_val_if_fail (organ != NULL, 0);
  return organ->warnings->len;
}

/**
 * dorsal_referred_organ_get_warning:
 *
 * Returns: a translated warning sign, in plain words
 */
const char *
dorsal_referred_organ_get_warning (const DorsalReferredOrgan *organ,
                                   guint                      index)
{
  g_return_val_if_fail (organ != NULL, NULL);
  g_return_val_if_fail (index < organ->warnings->len, NULL);
  return TR (organ->id, ((const Warning *) g_ptr_array_index (organ->warnings, index))->text);
}

/**
 * dorsal_referred_organ_get_warning_level:
 *
 * Returns: the id of the self-assessment level that sign reaches
 */
const char *
dorsal_referred_organ_get_warning_level (const DorsalReferredOrgan *organ,
                                         guint                      index)
{
  g_return_val_if_fail (organ != NULL, NULL);
  g_return_val_if_fail (index < organ->warnings->len, NULL);
  return ((const Warning *) g_ptr_array_index (organ->warnings, index))->level;
}

/**
 * dorsal_referred_organ_get_warning_question:
 *
 * Returns: (nullable): the self-assessment question that asks about that
 *   sign (its atlas topic is `warning-<question>`), or %NULL if none does
 */
const char *
dorsal_referred_organ_get_warning_question (const DorsalReferredOrgan *organ,
                                            guint                      index)
{
  g_return_val_if_fail (organ != NULL, NULL);
  g_return_val_if_fail (index < organ->warnings->len, NULL);
  return ((const Warning *) g_ptr_array_index (organ->warnings, index))->question;
}

guint
dorsal_referred_organ_get_n_sources (const DorsalReferredOrgan *organ)
{
  g_return_val_if_fail (organ != NULL, 0);
  return organ->sources->len;
}

/**
 * dorsal_referred_organ_get_source:
 *
 * Returns: the translated title of a guideline or textbook
 */
const char *
dorsal_referred_organ_get_source (const DorsalReferredOrgan *organ,
                                  guint                      index)
{
  g_return_val_if_fail (organ != NULL, NULL);
  g_return_val_if_fail (index < organ->sources->len, NULL);
  return TR (organ->id, ((const Source *) g_ptr_array_index (organ->sources, index))->title);
}

/**
 * dorsal_referred_organ_get_source_publisher:
 *
 * Returns: who publishes it, such as "NHS" (not translated)
 */
const char *
dorsal_referred_organ_get_source_publisher (const DorsalReferredOrgan *organ,
                                            guint                      index)
{
  g_return_val_if_fail (organ != NULL, NULL);
  g_return_val_if_fail (index < organ->sources->len, NULL);
  return ((const Source *) g_ptr_array_index (organ->sources, index))->publisher;
}
