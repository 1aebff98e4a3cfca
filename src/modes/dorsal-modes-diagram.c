/* dorsal-modes-diagram.c: how the kiosk and classroom modes find and drive the drawing
 *
 * Copyright 2026 The Dorsal authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "dorsal-modes-diagram.h"

#include "dorsal-diagram-view.h"
#include "dorsal-resources.h"
#include "dorsal-svg-index.h"

/* The modes reach the drawing through this one file, and do nothing (rather
 * than fail) in a window that shows no drawing, e.g. while it loads. */

/**
 * _dorsal_modes_find_diagram_view:
 *
 * Returns: (transfer none) (nullable): the first drawing inside @root
 */
GtkWidget *
_dorsal_modes_find_diagram_view (GtkWidget *root)
{
  if (root == NULL)
    return NULL;
  if (DORSAL_IS_DIAGRAM_VIEW (root))
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = _dorsal_modes_find_diagram_view (child);

      if (found != NULL)
        return found;
    }

  return NULL;
}

void
_dorsal_modes_diagram_set_view (GtkWidget  *view,
                                const char *view_name)
{
  if (DORSAL_IS_DIAGRAM_VIEW (view))
    dorsal_diagram_view_set_view (DORSAL_DIAGRAM_VIEW (view), view_name);
}

/* Back to how a new visitor finds it: back view, no selection, whole
 * drawing, default layers, no labels. */
void
_dorsal_modes_diagram_reset (GtkWidget *view)
{
  if (DORSAL_IS_DIAGRAM_VIEW (view))
    dorsal_diagram_view_reset (DORSAL_DIAGRAM_VIEW (view));
}

/* The ids of each view and their layers, read once per process. */
static DorsalSvgIndex *
get_index (const char *view_name)
{
  static GHashTable *indexes = NULL;
  DorsalSvgIndex *index;

  if (indexes == NULL)
    indexes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);

  index = g_hash_table_lookup (indexes, view_name);
  if (index == NULL)
    {
      g_autofree char *path = g_strdup_printf ("diagrams/%s.svg", view_name);
      g_autoptr(GFile) file = dorsal_resource_file (path);

      index = dorsal_svg_index_new_from_file (file, NULL);
      if (index == NULL)
        return NULL;
      g_hash_table_insert (indexes, g_strdup (view_name), index);
    }

  return index;
}

/**
 * _dorsal_modes_diagram_show_ids:
 * @ids: (nullable): what to highlight and zoom to; %NULL for a clean drawing
 *
 * Shows @view_name with @ids highlighted, first switching on the layers they
 * are drawn in (nerves and muscles are off by default).
 */
void
_dorsal_modes_diagram_show_ids (GtkWidget          *view,
                                const char         *view_name,
                                const char * const *ids)
{
  DorsalSvgIndex *index;
  gboolean referred = FALSE;

  if (!DORSAL_IS_DIAGRAM_VIEW (view))
    return;

  index = get_index (view_name);
  for (guint i = 0; index != NULL && ids != NULL && ids[i] != NULL; i++)
    {
      const char *layer = dorsal_svg_index_get_layer (index, ids[i]);

      /* areas where organ pain is felt show only in referred-pain mode */
      if (g_strcmp0 (layer, "referred") == 0)
        referred = TRUE;
      else if (layer != NULL)
        dorsal_diagram_view_set_layer_visible (DORSAL_DIAGRAM_VIEW (view), layer, TRUE);
    }
  dorsal_diagram_view_set_referred_mode (DORSAL_DIAGRAM_VIEW (view), referred);

  dorsal_diagram_view_show_ids (DORSAL_DIAGRAM_VIEW (view), view_name, ids);
}

gboolean
_dorsal_modes_diagram_get_flag (GtkWidget  *view,
                                const char *property)
{
  gboolean value = FALSE;

  if (DORSAL_IS_DIAGRAM_VIEW (view))
    g_object_get (view, property, &value, NULL);
  return value;
}

void
_dorsal_modes_diagram_set_flag (GtkWidget  *view,
                                const char *property,
                                gboolean    value)
{
  if (DORSAL_IS_DIAGRAM_VIEW (view))
    g_object_set (view, property, value, NULL);
}
