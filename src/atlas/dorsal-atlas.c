/* dorsal-atlas.c: the content model: the topics of the atlas files, checked, translated, searchable
 *
 * Copyright 2026 The Dorsal authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "dorsal-atlas.h"

#include <string.h>
#include <glib/gi18n-lib.h>
#include <libxml/parser.h>
#include <libxml/relaxng.h>
#include <libxml/tree.h>

#include "dorsal-atlas-private.h"
#include "dorsal-resources.h"
#include "dorsal-xml.h"

/*
 * Loading is strict: a file that is not well-formed, does not match
 * atlas.rng, leaves required text empty or reuses a topic id adds nothing,
 * and the error names every problem as "file:line: message", one a line, so
 * an author can fix them all in one go. Cross-file problems (dangling
 * links, ids claimed twice) wait for dorsal_atlas_check(), once every file
 * is in; dorsal_atlas_check_svg_ids() compares the atlas with a drawing.
 *
 * Which topic "claims" an SVG id (team.md): a <show> id equal to the topic
 * id, and every <show> id of a structure or body-area topic, except the
 * condition overlays and referred-pain areas, which topics only show.
 */

struct _DorsalAtlas
{
  GObject            parent_instance;

  GPtrArray         *topics;      /* DorsalTopic*, file order */
  GHashTable        *by_id;       /* id → DorsalTopic* */
  GHashTable        *claims;      /* SVG id → DorsalTopic* (the first claim) */
  GHashTable        *shown_by;    /* SVG id → the first structure or area topic that shows it */
  DorsalSearchIndex *search;      /* built at the first search */
};

G_DEFINE_FINAL_TYPE (DorsalAtlas, dorsal_atlas, G_TYPE_OBJECT)

G_DEFINE_QUARK (dorsal-atlas-error-quark, dorsal_atlas_error)

/* A list of problems found in one pass; the first one's code is the error's. */
typedef struct
{
  GString *text;
  int      code;
  guint    count;
} Problems;

static void
problems_init (Problems *problems)
{
  problems->text = g_string_new (NULL);
  problems->code = -1;
  problems->count = 0;
}

G_GNUC_PRINTF (3, 4)
static void
problems_add (Problems   *problems,
              int         code,
              const char *format,
              ...)
{
  va_list args;

  if (problems->count > 0)
    g_string_append_c (problems->text, '\n');
  else
    problems->code = code;

  va_start (args, format);
  g_string_append_vprintf (problems->text, format, args);
  va_end (args);
  problems->count++;
}

/* Frees the list; returns FALSE and sets @error if it holds any problem. */
static gboolean
problems_finish (Problems  *problems,
                 GError   **error)
{
  gboolean ok = problems->count == 0;

  if (!ok)
    g_set_error_literal (error, DORSAL_ATLAS_ERROR, problems->code, problems->text->str);

  g_string_free (problems->text, TRUE);
  return ok;
}

static gboolean
has_markup_chars (const char *text)
{
  return strpbrk (text, "&<>") != NULL;
}

static char *
escape_markup_chars (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '&')
        g_string_append (out, "&amp;");
      else if (*p == '<')
        g_string_append (out, "&lt;");
      else if (*p == '>')
        g_string_append (out, "&gt;");
      else
        g_string_append_c (out, *p);
    }

  return g_string_free (out, FALSE);
}

static char *
unescape_markup_chars (const char *text)
{
  g_autoptr(GString) out = g_string_new (text);

  g_string_replace (out, "&lt;", "<", 0);
  g_string_replace (out, "&gt;", ">", 0);
  g_string_replace (out, "&quot;", "\"", 0);
  g_string_replace (out, "&apos;", "'", 0);
  g_string_replace (out, "&amp;", "&", 0);
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* The translation of @text (already normalised) with the topic id as
 * context. xgettext keeps "&", "<" and ">" escaped in messages it extracts
 * unless the ITS rules say otherwise, so text holding them is looked up in
 * both forms. */
static char *
translate (const char *context,
           const char *text)
{
  if (has_markup_chars (text))
    {
      g_autofree char *escaped = escape_markup_chars (text);
      const char *translated = g_dpgettext2 (GETTEXT_PACKAGE, context, escaped);

      if (translated != escaped)
        return unescape_markup_chars (translated);
    }

  return g_strdup (g_dpgettext2 (GETTEXT_PACKAGE, context, text));
}

static gboolean
node_is (xmlNode    *node,
         const char *name)
{
  return node->type == XML_ELEMENT_NODE && strcmp ((const char *) node->name, name) == 0;
}

static xmlNode *
first_child (xmlNode    *parent,
             const char *name)
{
  for (xmlNode *child = parent->children; child != NULL; child = child->next)
    if (node_is (child, name))
      return child;
  return NULL;
}

static int
node_line (xmlNode *node)
{
  return (int) xmlGetLineNo (node);
}

/* The compiled schema, shared by every atlas for the life of the process. */
static xmlRelaxNGPtr
get_schema (void)
{
  static xmlRelaxNGPtr schema = NULL;
  static gsize done = 0;

  if (g_once_init_enter (&done))
    {
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(GError) error = NULL;

      dorsal_resources_register ();
      bytes = g_resources_lookup_data (RESOURCE_PREFIX "/content/atlas.rng",
                                       G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
      if (bytes == NULL)
        g_critical ("The atlas schema is not bundled: %s", error->message);
      else
        {
          xmlRelaxNGParserCtxtPtr parser;

          parser = xmlRelaxNGNewMemParserCtxt (g_bytes_get_data (bytes, NULL),
                                               (int) g_bytes_get_size (bytes));
          schema = xmlRelaxNGParse (parser);
          xmlRelaxNGFreeParserCtxt (parser);
          if (schema == NULL)
            g_critical ("The bundled atlas schema does not compile");
        }

      g_once_init_leave (&done, 1);
    }

  return schema;
}

typedef struct
{
  Problems   *problems;
  const char *name;
  GHashTable *seen;   /* messages already reported */
} SchemaErrors;

static void
on_schema_error (void        *data,
                 xmlErrorPtr  xml_error)
{
  SchemaErrors *errors = data;
  g_autofree char *message = NULL;
  char *line_text;
  int line = xml_error->line;

  if (xml_error->node != NULL && line == 0)
    line = node_line (xml_error->node);

  message = g_strchomp (g_strdup (xml_error->message != NULL ? xml_error->message : "invalid"));
  line_text = g_strdup_printf ("%s:%d: %s", errors->name, line, message);

  /* libxml2 repeats some complaints for each way a pattern could have matched */
  if (!g_hash_table_add (errors->seen, line_text))
    return;

  problems_add (errors->problems, DORSAL_ATLAS_ERROR_SCHEMA, "%s", line_text);
}

static void
validate_schema (xmlDoc     *doc,
                 const char *name,
                 Problems   *problems)
{
  xmlRelaxNGPtr schema = get_schema ();
  xmlRelaxNGValidCtxtPtr context;
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  SchemaErrors errors = { problems, name, seen };
  guint before = problems->count;
  int result;

  if (schema == NULL)
    {
      problems_add (problems, DORSAL_ATLAS_ERROR_SCHEMA, "%s: the atlas schema is missing", name);
      return;
    }

  context = xmlRelaxNGNewValidCtxt (schema);
  xmlRelaxNGSetValidStructuredErrors (context, on_schema_error, &errors);
  result = xmlRelaxNGValidateDoc (context, doc);
  xmlRelaxNGFreeValidCtxt (context);

  if (result != 0 && problems->count == before)
    problems_add (problems, DORSAL_ATLAS_ERROR_SCHEMA, "%s: does not match the atlas schema", name);
}

/* Required elements that are missing or hold no text. Run before the schema
 * so the commonest slip gets a message that names the topic. */
static void
check_required_text (xmlNode    *root,
                     const char *name,
                     Problems   *problems)
{
  static const char * const required[] = { "title", "summary", "plain", "clinical", "source" };

  for (xmlNode *topic = root->children; topic != NULL; topic = topic->next)
    {
      g_autofree char *id = NULL;

      if (!node_is (topic, "topic"))
        continue;

      id = dorsal_xml_get_attribute (topic, "id");
      if (id == NULL)
        {
          problems_add (problems, DORSAL_ATLAS_ERROR_MISSING_TEXT,
                        "%s:%d: <topic> has no id", name, node_line (topic));
          continue;
        }

      for (guint i = 0; i < G_N_ELEMENTS (required); i++)
        {
          xmlNode *element = first_child (topic, required[i]);

          if (element == NULL)
            {
              problems_add (problems, DORSAL_ATLAS_ERROR_MISSING_TEXT,
                            "%s:%d: topic \"%s\" has no <%s>",
                            name, node_line (topic), id, required[i]);
              continue;
            }

          for (; element != NULL; element = element->next)
            {
              gboolean is_body;

              if (!node_is (element, required[i]))
                continue;

              is_body = strcmp (required[i], "plain") == 0 || strcmp (required[i], "clinical") == 0;
              if (is_body)
                {
                  if (first_child (element, "p") == NULL)
                    problems_add (problems, DORSAL_ATLAS_ERROR_MISSING_TEXT,
                                  "%s:%d: <%s> of topic \"%s\" has no <p>",
                                  name, node_line (element), required[i], id);

                  for (xmlNode *p = element->children; p != NULL; p = p->next)
                    {
                      g_autofree char *text = NULL;

                      if (!node_is (p, "p"))
                        continue;
                      text = dorsal_xml_get_text (p);
                      if (*text == '\0')
                        problems_add (problems, DORSAL_ATLAS_ERROR_MISSING_TEXT,
                                      "%s:%d: <p> in <%s> of topic \"%s\" is empty",
                                      name, node_line (p), required[i], id);
                    }
                }
              else
                {
                  g_autofree char *text = dorsal_xml_get_text (element);

                  if (*text == '\0')
                    problems_add (problems, DORSAL_ATLAS_ERROR_MISSING_TEXT,
                                  "%s:%d: <%s> of topic \"%s\" is empty",
                                  name, node_line (element), required[i], id);
                }
            }
        }
    }
}

static GStrv
split_ids (const char *text)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) parts = g_strsplit_set (text, " \t\r\n", -1);

  for (guint i = 0; parts[i] != NULL; i++)
    if (*parts[i] != '\0')
      g_strv_builder_add (builder, parts[i]);

  return g_strv_builder_end (builder);
}

static GStrv
paragraphs (xmlNode    *parent,
            const char *context)
{
  GPtrArray *list = g_ptr_array_new ();

  for (xmlNode *p = parent->children; p != NULL; p = p->next)
    {
      g_autofree char *text = NULL;

      if (!node_is (p, "p"))
        continue;
      text = dorsal_xml_get_text (p);
      g_ptr_array_add (list, translate (context, text));
    }

  g_ptr_array_add (list, NULL);
  return (GStrv) g_ptr_array_free (list, FALSE);
}

/* Builds a topic from a <topic> element that passed the schema. */
static DorsalTopic *
topic_from_node (xmlNode    *node,
                 const char *file)
{
  DorsalTopic *topic = _dorsal_topic_new ();
  GPtrArray *synonyms = g_ptr_array_new ();
  g_autofree char *kind = dorsal_xml_get_attribute (node, "kind");

  topic->id = dorsal_xml_get_attribute (node, "id");
  if (!dorsal_topic_kind_from_string (kind, &topic->kind))
    g_assert_not_reached ();
  topic->file = file;
  topic->line = node_line (node);

  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      g_autofree char *text = NULL;

      if (child->type != XML_ELEMENT_NODE)
        continue;

      if (node_is (child, "plain"))
        topic->plain = paragraphs (child, topic->id);
      else if (node_is (child, "clinical"))
        topic->clinical = paragraphs (child, topic->id);
      else if (node_is (child, "show"))
        {
          DorsalTopicShow show = { 0 };
          g_autofree char *view = dorsal_xml_get_attribute (child, "view");

          text = dorsal_xml_get_text (child);
          show.view = g_intern_string (view);
          show.ids = split_ids (text);
          show.line = node_line (child);
          g_array_append_val (topic->shows, show);
        }
      else if (node_is (child, "related"))
        {
          text = dorsal_xml_get_text (child);
          topic->related = split_ids (text);
          topic->related_line = node_line (child);
        }
      else if (node_is (child, "source"))
        {
          DorsalTopicSource source = { 0 };

          text = dorsal_xml_get_text (child);
          source.title = translate (topic->id, text);
          source.publisher = dorsal_xml_get_attribute (child, "publisher");
          g_array_append_val (topic->sources, source);
        }
      else
        {
          g_autofree char *translated = NULL;

          text = dorsal_xml_get_text (child);
          translated = translate (topic->id, text);

          if (node_is (child, "title"))
            topic->title = g_steal_pointer (&translated);
          else if (node_is (child, "label"))
            topic->label = g_steal_pointer (&translated);
          else if (node_is (child, "summary"))
            topic->summary = g_steal_pointer (&translated);
          else if (node_is (child, "synonym"))
            g_ptr_array_add (synonyms, g_steal_pointer (&translated));
        }
    }

  if (topic->related == NULL)
    topic->related = g_new0 (char *, 1);
  g_ptr_array_add (synonyms, NULL);
  topic->synonyms = (GStrv) g_ptr_array_free (synonyms, FALSE);

  return topic;
}

static gboolean
id_is_overlay (const char *svg_id)
{
  return g_str_has_prefix (svg_id, "condition-") || g_str_has_prefix (svg_id, "referred-");
}

static gboolean
kind_claims (DorsalTopicKind kind)
{
  return kind == DORSAL_TOPIC_KIND_STRUCTURE || kind == DORSAL_TOPIC_KIND_AREA;
}

static gboolean
topic_claims (DorsalTopic *topic,
              const char  *svg_id)
{
  if (strcmp (svg_id, topic->id) == 0)
    return TRUE;
  return kind_claims (topic->kind) && !id_is_overlay (svg_id);
}

static void
index_topic (DorsalAtlas *self,
             DorsalTopic *topic)
{
  g_ptr_array_add (self->topics, topic);
  g_hash_table_insert (self->by_id, topic->id, topic);

  for (guint i = 0; i < topic->shows->len; i++)
    {
      DorsalTopicShow *show = &g_array_index (topic->shows, DorsalTopicShow, i);

      for (guint j = 0; show->ids[j] != NULL; j++)
        {
          const char *svg_id = show->ids[j];

          if (topic_claims (topic, svg_id) && !g_hash_table_contains (self->claims, svg_id))
            g_hash_table_insert (self->claims, (gpointer) svg_id, topic);
          if (kind_claims (topic->kind) && !g_hash_table_contains (self->shown_by, svg_id))
            g_hash_table_insert (self->shown_by, (gpointer) svg_id, topic);
        }
    }
}

static xmlDoc *
parse (GBytes     *bytes,
       const char *name,
       Problems   *problems)
{
  g_autofree char *message = NULL;
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);
  int line;
  xmlDoc *doc;

  doc = dorsal_xml_parse (data, size, name, NULL, &line, &message);
  if (doc == NULL)
    problems_add (problems, DORSAL_ATLAS_ERROR_PARSE, "%s:%d: %s", name, line, message);
  return doc;
}

/**
 * dorsal_atlas_add_file:
 * @file: an atlas XML file
 *
 * Reads, validates and adds the topics of @file. On any problem nothing is
 * added and @error lists every problem found, one "file:line: message" a
 * line.
 *
 * Returns: whether the file was added
 */
gboolean
dorsal_atlas_add_file (DorsalAtlas  *self,
                       GFile        *file,
                       GError      **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GPtrArray) added = NULL;
  g_autoptr(GHashTable) ids = NULL;
  g_autofree char *basename = NULL;
  const char *name;
  Problems problems;
  xmlDoc *doc;
  xmlNode *root;

  g_return_val_if_fail (DORSAL_IS_ATLAS (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  basename = g_file_get_basename (file);
  name = g_intern_string (basename != NULL ? basename : "atlas");

  bytes = g_file_load_bytes (file, NULL, NULL, &local_error);
  if (bytes == NULL)
    {
      g_set_error (error, DORSAL_ATLAS_ERROR, DORSAL_ATLAS_ERROR_READ,
                   "%s: cannot be read: %s", name, local_error->message);
      return FALSE;
    }

  problems_init (&problems);

  doc = parse (bytes, name, &problems);
  if (doc == NULL)
    return problems_finish (&problems, error);

  root = xmlDocGetRootElement (doc);
  if (root != NULL && node_is (root, "atlas"))
    check_required_text (root, name, &problems);
  if (problems.count == 0)
    validate_schema (doc, name, &problems);
  if (problems.count > 0)
    {
      xmlFreeDoc (doc);
      return problems_finish (&problems, error);
    }

  added = g_ptr_array_new_with_free_func ((GDestroyNotify) dorsal_topic_unref);
  ids = g_hash_table_new (g_str_hash, g_str_equal);

  for (xmlNode *node = root->children; node != NULL; node = node->next)
    {
      DorsalTopic *topic;
      DorsalTopic *other;

      if (!node_is (node, "topic"))
        continue;

      topic = topic_from_node (node, name);
      other = g_hash_table_lookup (self->by_id, topic->id);
      if (other == NULL)
        other = g_hash_table_lookup (ids, topic->id);

      if (other != NULL)
        problems_add (&problems, DORSAL_ATLAS_ERROR_DUPLICATE_ID,
                      "%s:%d: topic id \"%s\" is already used at %s:%d",
                      name, topic->line, topic->id, other->file, other->line);
      else
        g_hash_table_insert (ids, topic->id, topic);

      g_ptr_array_add (added, topic);
    }

  xmlFreeDoc (doc);

  if (problems.count > 0)
    return problems_finish (&problems, error);

  for (guint i = 0; i < added->len; i++)
    index_topic (self, dorsal_topic_ref (g_ptr_array_index (added, i)));
  g_clear_pointer (&self->search, _dorsal_search_index_free);

  return problems_finish (&problems, error);
}

/**
 * dorsal_atlas_check:
 *
 * Checks what only shows once every file is in: links to unknown topics,
 * and SVG ids that two topics claim.
 *
 * Returns: whether the atlas is sound; if not, @error lists every problem
 */
gboolean
dorsal_atlas_check (DorsalAtlas  *self,
                    GError      **error)
{
  g_autoptr(GHashTable) claims = NULL;
  g_autoptr(GHashTable) lines = NULL;
  Problems problems;

  g_return_val_if_fail (DORSAL_IS_ATLAS (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  problems_init (&problems);
  claims = g_hash_table_new (g_str_hash, g_str_equal);
  lines = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < self->topics->len; i++)
    {
      DorsalTopic *topic = g_ptr_array_index (self->topics, i);

      for (guint j = 0; topic->related[j] != NULL; j++)
        if (!g_hash_table_contains (self->by_id, topic->related[j]))
          problems_add (&problems, DORSAL_ATLAS_ERROR_UNKNOWN_TOPIC,
                        "%s:%d: <related> names unknown topic \"%s\"",
                        topic->file, topic->related_line, topic->related[j]);

      for (guint j = 0; j < topic->shows->len; j++)
        {
          DorsalTopicShow *show = &g_array_index (topic->shows, DorsalTopicShow, j);

          for (guint k = 0; show->ids[k] != NULL; k++)
            {
              const char *svg_id = show->ids[k];
              DorsalTopic *other;

              if (!topic_claims (topic, svg_id))
                continue;

              other = g_hash_table_lookup (claims, svg_id);
              if (other == NULL)
                {
                  g_hash_table_insert (claims, (gpointer) svg_id, topic);
                  g_hash_table_insert (lines, (gpointer) svg_id, GINT_TO_POINTER (show->line));
                }
              else if (other != topic)
                problems_add (&problems, DORSAL_ATLAS_ERROR_CLAIMED_TWICE,
                              "%s:%d: topic \"%s\" claims \"%s\", which topic \"%s\" "
                              "already claims at %s:%d",
                              topic->file, show->line, topic->id, svg_id, other->id,
                              other->file, GPOINTER_TO_INT (g_hash_table_lookup (lines, svg_id)));
            }
        }
    }

  return problems_finish (&problems, error);
}

/**
 * dorsal_atlas_check_svg_ids:
 * @view: the view, such as "posterior"
 * @ids: (array zero-terminated=1) (nullable): every id in the drawing of
 *   @view, or %NULL to take @interactive_ids
 * @interactive_ids: (array zero-terminated=1): the ids a person can pick in
 *   that drawing
 *
 * Checks that every interactive id has a topic that claims it, and that
 * every id a topic shows in @view exists in that drawing.
 *
 * Returns: whether the atlas and the drawing agree; if not, @error lists
 *   every problem
 */
gboolean
dorsal_atlas_check_svg_ids (DorsalAtlas        *self,
                            const char         *view,
                            const char * const *ids,
                            const char * const *interactive_ids,
                            GError            **error)
{
  g_autoptr(GHashTable) known = NULL;
  const char *interned;
  Problems problems;

  g_return_val_if_fail (DORSAL_IS_ATLAS (self), FALSE);
  g_return_val_if_fail (view != NULL, FALSE);
  g_return_val_if_fail (interactive_ids != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  problems_init (&problems);
  interned = g_intern_string (view);
  known = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; ids != NULL && ids[i] != NULL; i++)
    g_hash_table_add (known, (gpointer) ids[i]);
  for (guint i = 0; interactive_ids[i] != NULL; i++)
    g_hash_table_add (known, (gpointer) interactive_ids[i]);

  for (guint i = 0; interactive_ids[i] != NULL; i++)
    if (!g_hash_table_contains (self->claims, interactive_ids[i]))
      problems_add (&problems, DORSAL_ATLAS_ERROR_UNCLAIMED_ID,
                    "%s.svg: no topic claims the interactive id \"%s\"", view, interactive_ids[i]);

  for (guint i = 0; i < self->topics->len; i++)
    {
      DorsalTopic *topic = g_ptr_array_index (self->topics, i);

      for (guint j = 0; j < topic->shows->len; j++)
        {
          DorsalTopicShow *show = &g_array_index (topic->shows, DorsalTopicShow, j);

          if (show->view != interned)
            continue;

          for (guint k = 0; show->ids[k] != NULL; k++)
            if (!g_hash_table_contains (known, show->ids[k]))
              problems_add (&problems, DORSAL_ATLAS_ERROR_UNKNOWN_SVG_ID,
                            "%s:%d: <show view=\"%s\"> names \"%s\", which %s.svg does not have",
                            topic->file, show->line, view, show->ids[k], view);
        }
    }

  return problems_finish (&problems, error);
}

/**
 * dorsal_atlas_load_default:
 *
 * Loads atlas.xml and atlas-care.xml (from `DORSAL_CONTENT_DIR` if it holds
 * them, else the bundled ones) and checks them together.
 *
 * Returns: (transfer full) (nullable): the atlas, or %NULL with @error set
 */
DorsalAtlas *
dorsal_atlas_load_default (GError **error)
{
  static const char * const names[] = { "atlas.xml", "atlas-care.xml" };
  g_autoptr(DorsalAtlas) atlas = dorsal_atlas_new ();

  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autoptr(GFile) file = dorsal_content_file (names[i]);

      if (!dorsal_atlas_add_file (atlas, file, error))
        return NULL;
    }

  if (!dorsal_atlas_check (atlas, error))
    return NULL;

  return g_steal_pointer (&atlas);
}

guint
dorsal_atlas_get_n_topics (DorsalAtlas *self)
{
  g_return_val_if_fail (DORSAL_IS_ATLAS (self), 0);
  return self->topics->len;
}

/**
 * dorsal_atlas_get_topic:
 *
 * Returns: (transfer none) (nullable): the topic with @id
 */
DorsalTopic *
dorsal_atlas_get_topic (DorsalAtlas *self,
                        const char  *id)
{
  g_return_val_if_fail (DORSAL_IS_ATLAS (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);
  return g_hash_table_lookup (self->by_id, id);
}

/**
 * dorsal_atlas_topic_for_svg_id:
 * @svg_id: an id from a drawing
 *
 * The topic that opens when @svg_id is picked: the structure or body-area
 * topic that claims it, or for a referred-pain area the first structure
 * topic (an organ) that shows it.
 *
 * Returns: (transfer none) (nullable): the topic
 */
DorsalTopic *
dorsal_atlas_topic_for_svg_id (DorsalAtlas *self,
                               const char  *svg_id)
{
  DorsalTopic *topic;

  g_return_val_if_fail (DORSAL_IS_ATLAS (self), NULL);
  g_return_val_if_fail (svg_id != NULL, NULL);

  topic = g_hash_table_lookup (self->claims, svg_id);
  if (topic == NULL)
    topic = g_hash_table_lookup (self->shown_by, svg_id);
  return topic;
}

/**
 * dorsal_atlas_list_topics:
 *
 * Returns: (transfer container) (element-type DorsalTopic): the topics of
 *   @kind, in file order
 */
GPtrArray *
dorsal_atlas_list_topics (DorsalAtlas     *self,
                          DorsalTopicKind  kind)
{
  GPtrArray *list;

  g_return_val_if_fail (DORSAL_IS_ATLAS (self), NULL);

  list = g_ptr_array_new_with_free_func ((GDestroyNotify) dorsal_topic_unref);
  for (guint i = 0; i < self->topics->len; i++)
    {
      DorsalTopic *topic = g_ptr_array_index (self->topics, i);

      if (topic->kind == kind)
        g_ptr_array_add (list, dorsal_topic_ref (topic));
    }

  return list;
}

/**
 * dorsal_atlas_search:
 * @query: what a person typed
 *
 * Finds topics by title, label, synonyms and text, forgiving of case,
 * accents and small typos. Each result's kind says which group it goes in.
 *
 * Returns: (transfer container) (element-type DorsalTopic): the matching
 *   topics, best first; empty when nothing matches
 */
GPtrArray *
dorsal_atlas_search (DorsalAtlas *self,
                     const char  *query)
{
  g_return_val_if_fail (DORSAL_IS_ATLAS (self), NULL);
  g_return_val_if_fail (query != NULL, NULL);

  if (self->search == NULL)
    self->search = _dorsal_search_index_new (self->topics);

  return _dorsal_search_index_run (self->search, query);
}

DorsalAtlas *
dorsal_atlas_new (void)
{
  return g_object_new (DORSAL_TYPE_ATLAS, NULL);
}

static void
dorsal_atlas_finalize (GObject *object)
{
  DorsalAtlas *self = DORSAL_ATLAS (object);

  g_clear_pointer (&self->search, _dorsal_search_index_free);
  g_clear_pointer (&self->claims, g_hash_table_unref);
  g_clear_pointer (&self->shown_by, g_hash_table_unref);
  g_clear_pointer (&self->by_id, g_hash_table_unref);
  g_clear_pointer (&self->topics, g_ptr_array_unref);

  G_OBJECT_CLASS (dorsal_atlas_parent_class)->finalize (object);
}

static void
dorsal_atlas_class_init (DorsalAtlasClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = dorsal_atlas_finalize;
}

static void
dorsal_atlas_init (DorsalAtlas *self)
{
  self->topics = g_ptr_array_new_with_free_func ((GDestroyNotify) dorsal_topic_unref);
  self->by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->claims = g_hash_table_new (g_str_hash, g_str_equal);
  self->shown_by = g_hash_table_new (g_str_hash, g_str_equal);
}
