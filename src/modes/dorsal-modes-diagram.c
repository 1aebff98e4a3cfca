/* dorsal-modes-diagram.c: how the kiosk and classroom modes find and drive the drawing
 *
 * Copyright 2026 The Dorsal authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "dorsal-modes-diagram.h"

/* The modes reach the drawing through this one file, so they keep working
 * (doing nothing) in a window that shows no drawing, e.g. while it loads. */

static gboolean
is_diagram_view (GtkWidget *widget)
{
  GType type = g_type_from_name ("DorsalDiagramView");

  return type != 0 && g_type_is_a (G_OBJECT_TYPE (widget), type);
}

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
  if (is_diagram_view (root))
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

static gboolean
has_property (GtkWidget  *view,
              const char *property)
{
  return view != NULL && g_object_class_find_property (G_OBJECT_GET_CLASS (view), property) != NULL;
}

void
_dorsal_modes_diagram_set_view (GtkWidget  *view,
                                const char *view_name)
{
  if (has_property (view, "view"))
    g_object_set (view, "view", view_name, NULL);
}

void
_dorsal_modes_diagram_show_ids (GtkWidget          *view,
                                const char         *view_name,
                                const char * const *ids)
{
  _dorsal_modes_diagram_set_view (view, view_name);
}

gboolean
_dorsal_modes_diagram_get_flag (GtkWidget  *view,
                                const char *property)
{
  gboolean value = FALSE;

  if (has_property (view, property))
    g_object_get (view, property, &value, NULL);
  return value;
}

void
_dorsal_modes_diagram_set_flag (GtkWidget  *view,
                                const char *property,
                                gboolean    value)
{
  if (has_property (view, property))
    g_object_set (view, property, value, NULL);
}
