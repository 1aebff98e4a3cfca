/* a11y-test-util.h: helpers the accessibility tests share (a window, a main loop, widget search,
 * which controls are named)
 *
 * Copyright 2026 The Dorsal authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "dorsal-window.h"

/* let the window settle: pending work runs, but never for long */
static inline void
a11y_spin (void)
{
  for (guint i = 0; i < 200 && g_main_context_pending (NULL); i++)
    g_main_context_iteration (NULL, FALSE);
}

static inline gboolean
a11y_timeout_cb (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

/* run the main loop for @ms milliseconds */
static inline void
a11y_wait (guint ms)
{
  gboolean done = FALSE;

  g_timeout_add (ms, a11y_timeout_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

typedef gboolean (*A11yCondition) (gpointer data);

/* run the main loop until @cond holds, at most @seconds */
static inline gboolean
a11y_wait_for (A11yCondition cond,
               gpointer      data,
               guint         seconds)
{
  gint64 end = g_get_monotonic_time () + (gint64) seconds * G_USEC_PER_SEC;

  while (!cond (data))
    {
      if (g_get_monotonic_time () > end)
        return FALSE;
      a11y_wait (20);
    }
  return TRUE;
}

static inline GtkWidget *
a11y_find_type (GtkWidget *root,
                GType      type)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type))
        return child;
      found = a11y_find_type (child, type);
      if (found != NULL)
        return found;
    }
  return NULL;
}

/* a widget whose action-name is @action */
static inline GtkWidget *
a11y_find_action (GtkWidget  *root,
                  const char *action)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_ACTIONABLE (child) &&
          g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (child)), action) == 0)
        return child;
      found = a11y_find_action (child, action);
      if (found != NULL)
        return found;
    }
  return NULL;
}

/* a window as the app makes it, shown at @width × @height */
static inline DorsalWindow *
a11y_window_new (int width,
                 int height)
{
  DorsalWindow *window = g_object_new (DORSAL_TYPE_WINDOW, NULL);

  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  gtk_window_present (GTK_WINDOW (window));
  a11y_spin ();
  return window;
}

static inline void
a11y_window_destroy (DorsalWindow *window)
{
  gtk_window_destroy (GTK_WINDOW (window));
  a11y_spin ();
}

/* the controls a person operates: what takes focus or is clicked, not the inside of
 * composite widgets (a menu button's button, a spin button's text) */
static inline gboolean
a11y_is_control (GtkWidget *widget)
{
  return GTK_IS_BUTTON (widget) || GTK_IS_MENU_BUTTON (widget) || GTK_IS_CHECK_BUTTON (widget) ||
         GTK_IS_DROP_DOWN (widget) || GTK_IS_SWITCH (widget) || GTK_IS_SPIN_BUTTON (widget) ||
         GTK_IS_SEARCH_ENTRY (widget) || GTK_IS_ENTRY (widget) || GTK_IS_SCALE (widget) ||
         GTK_IS_EXPANDER (widget) || GTK_IS_LIST_BOX_ROW (widget) || GTK_IS_FLOW_BOX_CHILD (widget);
}

static inline gboolean
a11y_is_composite (GtkWidget *widget)
{
  return GTK_IS_MENU_BUTTON (widget) || GTK_IS_SPIN_BUTTON (widget) || GTK_IS_DROP_DOWN (widget) ||
         GTK_IS_SEARCH_ENTRY (widget) || GTK_IS_ENTRY (widget) || GTK_IS_SCALE (widget) ||
         GTK_IS_SWITCH (widget);
}

/* every visible control under @root, depth first */
static inline void
a11y_collect_controls (GtkWidget *root,
                       GPtrArray *out)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (!gtk_widget_get_visible (child))
        continue;
      if (a11y_is_control (child))
        g_ptr_array_add (out, child);
      if (!a11y_is_composite (child))
        a11y_collect_controls (child, out);
    }
}
