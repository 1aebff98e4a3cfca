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
