/* dorsal-svg-index.c: the ids of a drawing, their layers and which ones a person can pick
 *
 * Copyright 2026 The Dorsal authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "dorsal-svg-index.h"

#include <string.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

/*
 * A scan of one SVG with libxml2. Every element that has an id is listed in
 * document order with the layer it sits in: the nearest ancestor
 * <g id="layer-NAME">. Inside a layer, the outermost element with an id is a
 * *structure*; elements with ids inside a structure are its parts (shading,
 * outlines) and belong to it. What a structure is for follows from its layer
 * (DESIGN.md "Ids"). Ids inside <defs> and paint servers are listed but are
 * never structures.
 */

typedef struct
{
  char          *id;
  char          *layer;      /* layer name without "layer-", or NULL */
  const char    *structure;  /* the structure this id belongs to, or NULL */
  DorsalSvgKind  kind;
  int            line;
} Entry;

struct _DorsalSvgIndex
{
  GObject     parent_instance;

  GPtrArray  *entries;     /* Entry*, document order */
  GHashTable *by_id;       /* id → Entry* */
  GStrv       ids;
  GStrv       structures;
  GStrv       layers;
  char       *style_text;  /* the text of every <style>, in order */
};

G_DEFINE_FINAL_TYPE (DorsalSvgIndex, dorsal_svg_index, G_TYPE_OBJECT)

G_DEFINE_QUARK (dorsal-svg-index-error-quark, dorsal_svg_index_error)

static const char * const interactive_layers[] = {
  "bones", "cartilage", "discs", "nerves", "muscles", "organs", "dermatomes", "zones",
};

/**
 * dorsal_svg_layer_is_interactive:
 * @layer: a layer name without "layer-", such as "bones"
 *
 * Returns: whether the structures of @layer are interactive: picked, and
 *   each has an atlas topic
 */
gboolean
dorsal_svg_layer_is_interactive (const char *layer)
{
  if (layer == NULL)
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (interactive_layers); i++)
    if (strcmp (layer, interactive_layers[i]) == 0)
      return TRUE;

  return FALSE;
}

static DorsalSvgKind
kind_for_layer (const char *layer)
{
  if (dorsal_svg_layer_is_interactive (layer))
    return DORSAL_SVG_KIND_STRUCTURE;
  if (g_strcmp0 (layer, "referred") == 0)
    return DORSAL_SVG_KIND_REFERRED;
  if (g_strcmp0 (layer, "conditions") == 0)
    return DORSAL_SVG_KIND_CONDITION;
  if (g_strcmp0 (layer, "context") == 0)
    return DORSAL_SVG_KIND_CONTEXT;
  return DORSAL_SVG_KIND_NONE;
}

static void
entry_free (gpointer data)
{
  Entry *entry = data;

  g_free (entry->id);
  g_free (entry->layer);
  g_free (entry);
}

static void
dorsal_svg_index_finalize (GObject *object)
{
  DorsalSvgIndex *self = DORSAL_SVG_INDEX (object);

  g_clear_pointer (&self->by_id, g_hash_table_unref);
  g_clear_pointer (&self->entries, g_ptr_array_unref);
  g_clear_pointer (&self->ids, g_free);
  g_clear_pointer (&self->structures, g_free);
  g_clear_pointer (&self->layers, g_strfreev);
  g_clear_pointer (&self->style_text, g_free);

  G_OBJECT_CLASS (dorsal_svg_index_parent_class)->finalize (object);
}

static void
dorsal_svg_index_class_init (DorsalSvgIndexClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = dorsal_svg_index_finalize;
}

static void
dorsal_svg_index_init (DorsalSvgIndex *self)
{
  self->entries = g_ptr_array_new_with_free_func (entry_free);
  self->by_id = g_hash_table_new (g_str_hash, g_str_equal);
}

static gboolean
is_svg_element (xmlNode    *node,
                const char *name)
{
  return node->type == XML_ELEMENT_NODE && strcmp ((const char *) node->name, name) == 0;
}

/* Elements whose ids are references (paint servers, clips), not drawn shapes. */
static gboolean
is_definition (xmlNode *node)
{
  static const char * const names[] = {
    "defs", "linearGradient", "radialGradient", "clipPath", "mask", "pattern", "marker",
    "symbol", "filter", "style", "title", "desc", "metadata",
  };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (is_svg_element (node, names[i]))
      return TRUE;

  return FALSE;
}

typedef struct
{
  DorsalSvgIndex *self;
  const char     *name;
  GPtrArray      *layers;
  GString        *style_text;
  GError         *error;
} Scan;

static void
scan_node (Scan       *scan,
           xmlNode    *node,
           const char *layer,
           const char *structure,
           gboolean    in_defs)
{
  for (xmlNode *child = node->children; child != NULL && scan->error == NULL; child = child->next)
    {
      g_autofree char *layer_here = NULL;
      const char *child_layer = layer;
      const char *child_structure = structure;
      gboolean child_in_defs = in_defs || is_definition (child);
      xmlChar *id;

      if (child->type != XML_ELEMENT_NODE)
        continue;

      if (is_svg_element (child, "style"))
        {
          xmlChar *text = xmlNodeGetContent (child);

          if (text != NULL)
            g_string_append_printf (scan->style_text, "%s\n", (const char *) text);
          xmlFree (text);
        }

      id = xmlGetProp (child, (const xmlChar *) "id");
      if (id != NULL && *id != '\0')
        {
          Entry *entry;
          Entry *previous = g_hash_table_lookup (scan->self->by_id, id);

          if (previous != NULL)
            {
              g_set_error (&scan->error, DORSAL_SVG_INDEX_ERROR, DORSAL_SVG_INDEX_ERROR_DUPLICATE_ID,
                           "%s:%ld: the id “%s” is used twice (first on line %d)",
                           scan->name, xmlGetLineNo (child), (const char *) id, previous->line);
              xmlFree (id);
              return;
            }

          entry = g_new0 (Entry, 1);
          entry->id = g_strdup ((const char *) id);
          entry->line = (int) xmlGetLineNo (child);

          if (!child_in_defs && is_svg_element (child, "g") &&
              g_str_has_prefix (entry->id, "layer-") && entry->id[6] != '\0')
            {
              /* a layer group: a new layer begins; it is no structure itself */
              child_layer = layer_here = g_strdup (entry->id + 6);
              child_structure = NULL;
              g_ptr_array_add (scan->layers, g_strdup (layer_here));
            }
          else if (!child_in_defs && layer != NULL && structure == NULL)
            {
              entry->kind = kind_for_layer (layer);
              if (entry->kind != DORSAL_SVG_KIND_NONE)
                child_structure = entry->id;
            }

          entry->layer = g_strdup (child_layer);
          entry->structure = child_in_defs ? NULL : child_structure;
          g_ptr_array_add (scan->self->entries, entry);
          g_hash_table_insert (scan->self->by_id, entry->id, entry);
        }
      xmlFree (id);

      scan_node (scan, child, child_layer, child_structure, child_in_defs);
    }
}

typedef struct
{
  int   line;
  char *message;
} FirstError;

/* libxml2 goes on after the first error and reports what follows from it;
 * the first one is the one a person can act on. */
static void
keep_first_error (void     *user_data,
                  xmlError *xerr)
{
  xmlParserCtxt *ctxt = user_data;
  FirstError *first = ctxt->_private;

  if (first->message != NULL || xerr->level < XML_ERR_ERROR)
    return;

  first->line = xerr->line;
  first->message = g_strchomp (g_strdup (xerr->message != NULL ? xerr->message : "unknown error"));
}

/**
 * dorsal_svg_index_new_from_bytes:
 * @bytes: the SVG document
 * @name: the file name used in error messages
 * @error: return location for a #DORSAL_SVG_INDEX_ERROR
 *
 * Returns: (transfer full): the index, or %NULL with @error set, naming
 *   @name and the line
 */
DorsalSvgIndex *
dorsal_svg_index_new_from_bytes (GBytes      *bytes,
                                 const char  *name,
                                 GError     **error)
{
  g_autoptr(DorsalSvgIndex) self = NULL;
  xmlParserCtxt *ctxt;
  xmlDoc *doc;
  xmlNode *root;
  gsize size;
  const char *data;
  Scan scan = { 0 };
  FirstError first = { 0 };

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (name == NULL)
    name = "(svg)";

  data = g_bytes_get_data (bytes, &size);
  ctxt = xmlNewParserCtxt ();
  ctxt->_private = &first;
  ctxt->sax->serror = keep_first_error;
  doc = xmlCtxtReadMemory (ctxt, data != NULL ? data : "", (int) size, name, NULL,
                           XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING |
                           XML_PARSE_HUGE);
  if (doc == NULL)
    {
      g_set_error (error, DORSAL_SVG_INDEX_ERROR, DORSAL_SVG_INDEX_ERROR_PARSE,
                   "%s:%d: not a well-formed SVG file: %s", name, first.line,
                   first.message != NULL ? first.message : "empty document");
      g_free (first.message);
      xmlFreeParserCtxt (ctxt);
      return NULL;
    }
  g_free (first.message);
  xmlFreeParserCtxt (ctxt);

  root = xmlDocGetRootElement (doc);
  if (root == NULL || !is_svg_element (root, "svg"))
    {
      g_set_error (error, DORSAL_SVG_INDEX_ERROR, DORSAL_SVG_INDEX_ERROR_NOT_SVG,
                   "%s:%ld: the root element is <%s>, not <svg>", name,
                   root != NULL ? xmlGetLineNo (root) : 0L,
                   root != NULL ? (const char *) root->name : "");
      xmlFreeDoc (doc);
      return NULL;
    }

  self = g_object_new (DORSAL_TYPE_SVG_INDEX, NULL);
  scan.self = self;
  scan.name = name;
  scan.layers = g_ptr_array_new ();
  scan.style_text = g_string_new (NULL);
  scan_node (&scan, root, NULL, NULL, FALSE);
  self->style_text = g_string_free (scan.style_text, FALSE);
  xmlFreeDoc (doc);

  g_ptr_array_add (scan.layers, NULL);
  self->layers = (GStrv) g_ptr_array_free (scan.layers, FALSE);

  if (scan.error != NULL)
    {
      g_propagate_error (error, scan.error);
      return NULL;
    }

  self->ids = g_new0 (char *, self->entries->len + 1);
  self->structures = g_new0 (char *, self->entries->len + 1);
  for (guint i = 0, n = 0; i < self->entries->len; i++)
    {
      Entry *entry = g_ptr_array_index (self->entries, i);

      self->ids[i] = entry->id;
      if (entry->structure == entry->id)
        self->structures[n++] = entry->id;
    }

  return g_steal_pointer (&self);
}

/**
 * dorsal_svg_index_new_from_file:
 * @file: an SVG file (a path or a resource:// URI)
 * @error: return location for a #GIOError or #DORSAL_SVG_INDEX_ERROR
 *
 * Returns: (transfer full): the index, or %NULL with @error set
 */
DorsalSvgIndex *
dorsal_svg_index_new_from_file (GFile   *file,
                                GError **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  bytes = g_file_load_bytes (file, NULL, NULL, error);
  if (bytes == NULL)
    return NULL;

  name = g_file_get_parse_name (file);
  return dorsal_svg_index_new_from_bytes (bytes, name, error);
}

/**
 * dorsal_svg_index_get_ids:
 *
 * Returns: (transfer none): every element id of the document, in document
 *   order, %NULL-terminated
 */
const char * const *
dorsal_svg_index_get_ids (DorsalSvgIndex *self)
{
  g_return_val_if_fail (DORSAL_IS_SVG_INDEX (self), NULL);
  return (const char * const *) self->ids;
}

/**
 * dorsal_svg_index_get_structures:
 *
 * Returns: (transfer none): the ids of the structures (the outermost id in a
 *   known layer: interactive ones, referred areas, conditions and context
 *   shapes), in document order, %NULL-terminated
 */
const char * const *
dorsal_svg_index_get_structures (DorsalSvgIndex *self)
{
  g_return_val_if_fail (DORSAL_IS_SVG_INDEX (self), NULL);
  return (const char * const *) self->structures;
}

/**
 * dorsal_svg_index_get_layers:
 *
 * Returns: (transfer none): the layer names (without "layer-"), in document
 *   order, %NULL-terminated
 */
const char * const *
dorsal_svg_index_get_layers (DorsalSvgIndex *self)
{
  g_return_val_if_fail (DORSAL_IS_SVG_INDEX (self), NULL);
  return (const char * const *) self->layers;
}

gboolean
dorsal_svg_index_has_id (DorsalSvgIndex *self,
                         const char     *id)
{
  g_return_val_if_fail (DORSAL_IS_SVG_INDEX (self), FALSE);
  return id != NULL && g_hash_table_contains (self->by_id, id);
}

/**
 * dorsal_svg_index_get_layer:
 * @id: an element id
 *
 * Returns: (nullable): the name of the layer @id sits in, without "layer-"
 *   ("bones" for an id inside `<g id="layer-bones">`; a layer group is in
 *   its own layer), or %NULL if @id is unknown or outside every layer
 */
const char *
dorsal_svg_index_get_layer (DorsalSvgIndex *self,
                            const char     *id)
{
  Entry *entry;

  g_return_val_if_fail (DORSAL_IS_SVG_INDEX (self), NULL);

  entry = id != NULL ? g_hash_table_lookup (self->by_id, id) : NULL;
  return entry != NULL ? entry->layer : NULL;
}

/**
 * dorsal_svg_index_get_kind:
 * @id: an element id
 *
 * Returns: what @id is for; %DORSAL_SVG_KIND_NONE for unknown ids, layer
 *   groups, parts of a structure and definitions
 */
DorsalSvgKind
dorsal_svg_index_get_kind (DorsalSvgIndex *self,
                           const char     *id)
{
  Entry *entry;

  g_return_val_if_fail (DORSAL_IS_SVG_INDEX (self), DORSAL_SVG_KIND_NONE);

  entry = id != NULL ? g_hash_table_lookup (self->by_id, id) : NULL;
  return entry != NULL ? entry->kind : DORSAL_SVG_KIND_NONE;
}

/**
 * dorsal_svg_index_is_interactive:
 * @id: an element id
 *
 * Returns: whether @id is an interactive structure, one that needs an atlas
 *   topic (referred-pain areas are not: they are picked only in
 *   referred-pain mode and belong to the organ topics)
 */
gboolean
dorsal_svg_index_is_interactive (DorsalSvgIndex *self,
                                 const char     *id)
{
  return dorsal_svg_index_get_kind (self, id) == DORSAL_SVG_KIND_STRUCTURE;
}

/**
 * dorsal_svg_index_get_structure_of:
 * @id: an element id
 *
 * Returns: (nullable): the structure @id belongs to: @id itself for a
 *   structure, the enclosing structure for a part, else %NULL
 */
const char *
dorsal_svg_index_get_structure_of (DorsalSvgIndex *self,
                                   const char     *id)
{
  Entry *entry;

  g_return_val_if_fail (DORSAL_IS_SVG_INDEX (self), NULL);

  entry = id != NULL ? g_hash_table_lookup (self->by_id, id) : NULL;
  return entry != NULL ? entry->structure : NULL;
}

/**
 * dorsal_svg_index_get_line:
 * @id: an element id
 *
 * Returns: the line of the element in its file, or 0 if @id is unknown
 */
int
dorsal_svg_index_get_line (DorsalSvgIndex *self,
                           const char     *id)
{
  Entry *entry;

  g_return_val_if_fail (DORSAL_IS_SVG_INDEX (self), 0);

  entry = id != NULL ? g_hash_table_lookup (self->by_id, id) : NULL;
  return entry != NULL ? entry->line : 0;
}

/**
 * dorsal_svg_index_get_style_text:
 *
 * Returns: the text of the document's `<style>` elements, one after another
 */
const char *
dorsal_svg_index_get_style_text (DorsalSvgIndex *self)
{
  g_return_val_if_fail (DORSAL_IS_SVG_INDEX (self), NULL);
  return self->style_text;
}
