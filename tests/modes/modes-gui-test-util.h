/* modes-gui-test-util.h: helpers shared by the modes tests that build windows
 *
 * Copyright 2026 The Dorsal authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "dorsal-diagram-pane.h"
#include "dorsal-window.h"

/* Runs the main loop for @seconds. */
static inline void
modes_test_spin (double seconds)
{
  gint64 end = g_get_monotonic_time () + (gint64) (seconds * G_USEC_PER_SEC);

  while (g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE), g_usleep (1000);
}

/* The first widget of @type inside @root (depth first), or NULL. */
static inline GtkWidget *
modes_test_find_widget (GtkWidget *root,
                        GType      type)
{
  if (g_type_is_a (G_OBJECT_TYPE (root), type))
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = modes_test_find_widget (child, type);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* The window's drawing, putting one in while the window does not wire it yet. */
static inline DorsalDiagramView *
modes_test_window_diagram (DorsalWindow *window)
{
  GtkWidget *area = dorsal_window_get_diagram_area (window);
  GtkWidget *view = modes_test_find_widget (area, DORSAL_TYPE_DIAGRAM_VIEW);

  if (view == NULL)
    {
      GtkWidget *pane = dorsal_diagram_pane_new ();

      adw_bin_set_child (ADW_BIN (area), pane);
      view = GTK_WIDGET (dorsal_diagram_pane_get_view (DORSAL_DIAGRAM_PANE (pane)));
    }

  return DORSAL_DIAGRAM_VIEW (view);
}
