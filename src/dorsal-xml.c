/* dorsal-xml.c: reading text and attributes from the content files as their schemas see them
 *
 * The content files are validated with RELAX NG before they are read. The schemas give
 * attributes token types (an id, a view name, a kind, a number), and a token matches
 * whatever white space surrounds it: kind=" cause " is as valid as kind="cause". Every
 * loader therefore reads attributes through dorsal_xml_get_attribute(), which folds white
 * space the same way, so a value the schema accepted is always one the code knows.
 *
 * Text is folded as xgettext folds it when it extracts a message, so that the string looked
 * up at run time is exactly the msgid a translator saw.
 *
 * Copyright 2026 The Dorsal authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "dorsal-xml.h"

#include <libxml/parser.h>
#include <libxml/relaxng.h>

#include "dorsal-resources.h"

typedef struct
{
  int   line;
  char *message;
} FirstError;

/* libxml2 goes on after the first error and reports what follows from it
 * ("Premature end of data in tag ..." at the last line); the first one is what
 * an author must fix, so that is the one kept. */
static void
on_parse_error (void        *data,
                xmlErrorPtr  xml_error)
{
  xmlParserCtxtPtr context = data;
  FirstError *first = context->_private;

  if (first->message != NULL || xml_error->level < XML_ERR_ERROR)
    return;

  first->line = xml_error->line;
  first->message = g_strchomp (g_strdup (xml_error->message != NULL ? xml_error->message
                                                                     : "not well-formed XML"));
}

/**
 * dorsal_xml_parse:
 * @data: the bytes of the file
 * @size: their number
 * @name: the file's name, for libxml2's messages
 * @encoding: (nullable): the encoding to assume, or %NULL to follow the XML declaration
 * @error_line: (out): where the line of the first error goes
 * @error_message: (out) (transfer full): where the first error goes
 *
 * Parses a content file without touching the network. On failure the first error is
 * returned, not the last: after a broken tag libxml2 goes on to the end of the file.
 *
 * Returns: (transfer full) (nullable): the document, or %NULL if it is not well-formed XML
 */
xmlDoc *
dorsal_xml_parse (const char  *data,
                  gsize        size,
                  const char  *name,
                  const char  *encoding,
                  int         *error_line,
                  char       **error_message)
{
  xmlParserCtxtPtr context;
  FirstError first = { 0, NULL };
  xmlDoc *doc = NULL;

  g_return_val_if_fail (error_line != NULL, NULL);
  g_return_val_if_fail (error_message != NULL, NULL);

  *error_line = 0;
  *error_message = NULL;

  if (size > G_MAXINT)
    {
      *error_message = g_strdup ("the file is too large");
      return NULL;
    }

  context = xmlNewParserCtxt ();
  if (context == NULL)
    {
      *error_message = g_strdup ("out of memory");
      return NULL;
    }
  context->_private = &first;
  context->sax->serror = on_parse_error;
  doc = xmlCtxtReadMemory (context, data != NULL ? data : "", (int) size, name, encoding,
                           XML_PARSE_NONET | XML_PARSE_NOWARNING | XML_PARSE_BIG_LINES);
  if (doc == NULL || !context->wellFormed || first.message != NULL)
    {
      *error_line = first.line;
      *error_message = first.message != NULL ? g_steal_pointer (&first.message)
                                             : g_strdup ("not well-formed XML");
      g_clear_pointer (&doc, xmlFreeDoc);
    }

  g_free (first.message);
  xmlFreeParserCtxt (context);
  return doc;
}

typedef struct
{
  long  line;
  char *message;
} SchemaError;

static void
on_schema_error (void           *data,
                 const xmlError *error)
{
  SchemaError *first = data;
  long line = error->line;

  if (line <= 0 && error->node != NULL)
    line = xmlGetLineNo (error->node);

  /* libxml2 often says "failed to validate attributes" without a line first,
   * then the precise problem with its line: keep the precise one. */
  if (first->message != NULL && (first->line > 0 || line <= 0))
    return;

  g_free (first->message);
  first->message = g_strchomp (g_strdup (error->message != NULL ? error->message
                                                                 : "does not match the schema"));
  first->line = line;
}

static void
on_quiet_error (void       *data,
                const char *format,
                ...)
{
}

/**
 * dorsal_xml_validate:
 * @doc: a parsed content file
 * @schema: the bundled RELAX NG schema, as a resource path such as "content/referred.rng"
 * @error_line: (out): where the line of the problem goes (0 when none is known)
 * @error_message: (out) (transfer full): where the problem goes
 *
 * Checks @doc against @schema. Of the problems libxml2 reports, the first one that names a
 * line is kept (or else the first one).
 *
 * Returns: whether @doc matches @schema
 */
gboolean
dorsal_xml_validate (xmlDoc      *doc,
                     const char  *schema,
                     long        *error_line,
                     char       **error_message)
{
  g_autoptr(GFile) schema_file = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  SchemaError first = { 0, NULL };
  xmlRelaxNGParserCtxtPtr parser;
  xmlRelaxNGPtr grammar;
  xmlRelaxNGValidCtxtPtr valid;
  int result;

  g_return_val_if_fail (doc != NULL, FALSE);
  g_return_val_if_fail (schema != NULL, FALSE);
  g_return_val_if_fail (error_line != NULL, FALSE);
  g_return_val_if_fail (error_message != NULL, FALSE);

  *error_line = 0;
  *error_message = NULL;

  schema_file = dorsal_resource_file (schema);
  bytes = g_file_load_bytes (schema_file, NULL, NULL, &error);
  if (bytes == NULL)
    {
      *error_message = g_strdup_printf ("cannot read the schema: %s", error->message);
      return FALSE;
    }

  parser = xmlRelaxNGNewMemParserCtxt (g_bytes_get_data (bytes, NULL),
                                       (int) g_bytes_get_size (bytes));
  xmlRelaxNGSetParserErrors (parser, on_quiet_error, on_quiet_error, NULL);
  grammar = xmlRelaxNGParse (parser);
  xmlRelaxNGFreeParserCtxt (parser);
  if (grammar == NULL)
    {
      *error_message = g_strdup ("the bundled schema is broken");
      return FALSE;
    }

  valid = xmlRelaxNGNewValidCtxt (grammar);
  xmlRelaxNGSetValidStructuredErrors (valid, (xmlStructuredErrorFunc) on_schema_error, &first);
  result = xmlRelaxNGValidateDoc (valid, doc);
  xmlRelaxNGFreeValidCtxt (valid);
  xmlRelaxNGFree (grammar);

  if (result == 0)
    {
      g_free (first.message);
      return TRUE;
    }

  *error_line = first.line;
  *error_message = first.message != NULL ? first.message : g_strdup ("does not match the schema");
  return FALSE;
}

/**
 * dorsal_xml_fold_space:
 * @text: a string
 *
 * Returns: (transfer full): @text with runs of white space folded to one space and none at
 *   either end
 */
char *
dorsal_xml_fold_space (const char *text)
{
  GString *out;
  gboolean space = FALSE;

  g_return_val_if_fail (text != NULL, NULL);

  out = g_string_sized_new (strlen (text));
  for (const char *p = text; *p != '\0'; p++)
    {
      if (g_ascii_isspace (*p))
        {
          space = TRUE;
          continue;
        }
      if (space && out->len > 0)
        g_string_append_c (out, ' ');
      space = FALSE;
      g_string_append_c (out, *p);
    }

  return g_string_free (out, FALSE);
}

/**
 * dorsal_xml_get_text:
 * @node: an element
 *
 * Returns: (transfer full): the folded text content of @node, "" when it has none
 */
char *
dorsal_xml_get_text (xmlNode *node)
{
  xmlChar *raw;
  char *text;

  g_return_val_if_fail (node != NULL, NULL);

  raw = xmlNodeGetContent (node);
  text = dorsal_xml_fold_space (raw != NULL ? (const char *) raw : "");
  xmlFree (raw);
  return text;
}

/**
 * dorsal_xml_get_attribute:
 * @node: an element
 * @name: the attribute's name
 *
 * Returns: (transfer full) (nullable): the folded value of the attribute, or %NULL when
 *   @node has no such attribute
 */
char *
dorsal_xml_get_attribute (xmlNode    *node,
                          const char *name)
{
  xmlChar *raw;
  char *value;

  g_return_val_if_fail (node != NULL, NULL);
  g_return_val_if_fail (name != NULL, NULL);

  raw = xmlGetProp (node, (const xmlChar *) name);
  if (raw == NULL)
    return NULL;

  value = dorsal_xml_fold_space ((const char *) raw);
  xmlFree (raw);
  return value;
}
