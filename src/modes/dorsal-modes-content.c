/* dorsal-modes-content.c: reading the classroom content files (tour and quiz): schema, lines, translations
 *
 * Copyright 2026 The Dorsal authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "dorsal-modes-content.h"

#include <glib/gi18n-lib.h>
#include <libxml/parser.h>
#include <libxml/relaxng.h>
#include <string.h>

#include "dorsal-resources.h"
#include "dorsal-xml.h"

G_DEFINE_QUARK (dorsal-modes-error-quark, dorsal_modes_error)

/* A short name for messages: the basename, which is what an author edits. */
char *
_dorsal_modes_content_name (GFile *file)
{
  return g_file_get_basename (file);
}

typedef struct
{
  const char *name;
  GString    *text;
  guint       count;
} Problems;

static void
on_schema_error (void        *data,
                 xmlErrorPtr  xml_error)
{
  Problems *problems = data;
  g_autofree char *message = NULL;
  int line = xml_error->line;

  if (line == 0 && xml_error->node != NULL)
    line = (int) xmlGetLineNo ((xmlNode *) xml_error->node);

  problems->count++;
  /* the first few are what an author needs; libxml2 repeats itself after that */
  if (problems->count > 5)
    return;

  message = g_strchomp (g_strdup (xml_error->message != NULL ? xml_error->message : "invalid"));
  if (problems->text->len > 0)
    g_string_append_c (problems->text, '\n');
  g_string_append_printf (problems->text, "%s:%d: %s", problems->name, line, message);
}

static void
on_quiet_error (void       *data,
                const char *format,
                ...)
{
}

static gboolean
validate (xmlDoc      *doc,
          const char  *name,
          const char  *schema_name,
          GError     **error)
{
  g_autofree char *path = g_strconcat (RESOURCE_PREFIX "/content/", schema_name, NULL);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GString) text = g_string_new (NULL);
  Problems problems = { name, text, 0 };
  xmlRelaxNGParserCtxtPtr parser;
  xmlRelaxNGPtr schema;
  xmlRelaxNGValidCtxtPtr context;
  int result;

  dorsal_resources_register ();
  bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (bytes == NULL)
    return FALSE;

  parser = xmlRelaxNGNewMemParserCtxt (g_bytes_get_data (bytes, NULL), (int) g_bytes_get_size (bytes));
  xmlRelaxNGSetParserErrors (parser, on_quiet_error, on_quiet_error, NULL);
  schema = xmlRelaxNGParse (parser);
  xmlRelaxNGFreeParserCtxt (parser);
  if (schema == NULL)
    {
      g_set_error (error, DORSAL_MODES_ERROR, DORSAL_MODES_ERROR_SCHEMA,
                   "The bundled schema %s does not compile", schema_name);
      return FALSE;
    }

  context = xmlRelaxNGNewValidCtxt (schema);
  xmlRelaxNGSetValidStructuredErrors (context, on_schema_error, &problems);
  result = xmlRelaxNGValidateDoc (context, doc);
  xmlRelaxNGFreeValidCtxt (context);
  xmlRelaxNGFree (schema);

  if (result == 0)
    return TRUE;

  if (text->len == 0)
    g_string_printf (text, "%s: does not match %s", name, schema_name);
  g_set_error_literal (error, DORSAL_MODES_ERROR, DORSAL_MODES_ERROR_SCHEMA, text->str);
  return FALSE;
}

/**
 * _dorsal_modes_content_load:
 * @file: the content file
 * @schema_name: the bundled RELAX NG schema it must match, e.g. "tour.rng"
 *
 * Reads, parses and validates @file. Errors name the file and the line.
 *
 * Returns: (transfer full): the document, free with xmlFreeDoc()
 */
xmlDoc *
_dorsal_modes_content_load (GFile       *file,
                            const char  *schema_name,
                            GError     **error)
{
  g_autofree char *name = _dorsal_modes_content_name (file);
  g_autofree char *contents = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *parse_message = NULL;
  int parse_line;
  xmlDoc *doc;
  gsize length;

  if (!g_file_load_contents (file, NULL, &contents, &length, NULL, &local_error))
    {
      g_set_error (error, DORSAL_MODES_ERROR, DORSAL_MODES_ERROR_READ,
                   "%s: cannot be read: %s", name, local_error->message);
      return NULL;
    }

  doc = dorsal_xml_parse (contents, length, name, "UTF-8", &parse_line, &parse_message);
  if (doc == NULL)
    {
      g_set_error (error, DORSAL_MODES_ERROR, DORSAL_MODES_ERROR_PARSE, "%s:%d: %s",
                   name, parse_line, parse_message);
      return NULL;
    }

  if (!validate (doc, name, schema_name, error))
    {
      xmlFreeDoc (doc);
      return NULL;
    }

  return doc;
}

/**
 * _dorsal_modes_content_text:
 * @context: the msgctxt, the id of the step or question
 *
 * Returns: (transfer full): the translated, whitespace-normalised text of @node
 */
char *
_dorsal_modes_content_text (xmlNode    *node,
                            const char *context)
{
  g_autofree char *text = dorsal_xml_get_text (node);

  return g_strdup (g_dpgettext2 (GETTEXT_PACKAGE, context, text));
}

/**
 * _dorsal_modes_content_ids:
 *
 * Returns: (transfer full): the space-separated ids in @node, or an empty array
 */
char **
_dorsal_modes_content_ids (xmlNode *node)
{
  g_autofree char *text = NULL;

  if (node == NULL)
    return g_new0 (char *, 1);

  text = dorsal_xml_get_text (node);

  if (*text == '\0')
    return g_new0 (char *, 1);
  return g_strsplit (text, " ", -1);
}

gboolean
_dorsal_modes_content_node_is (xmlNode    *node,
                               const char *name)
{
  return node->type == XML_ELEMENT_NODE && strcmp ((const char *) node->name, name) == 0;
}

xmlNode *
_dorsal_modes_content_child (xmlNode    *parent,
                             const char *name)
{
  for (xmlNode *child = parent->children; child != NULL; child = child->next)
    if (_dorsal_modes_content_node_is (child, name))
      return child;
  return NULL;
}
