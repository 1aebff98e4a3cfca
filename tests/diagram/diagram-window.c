/* diagram-window.c: the diagram pane alone in a window, to look at and to measure
 *
 * Copyright 2026 The Dorsal authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * diagram-window [--size WxH] [--view V] [--labels] [--select ID] [--zoom Z]
 *                [--layer NAME]... [--pick] [--referred] [--dark] [--hc] [--projector]
 *                [--hover ID]
 * Prints "visible" once the window has drawn a frame with the drawing in it,
 * then stays open until killed.
 */
#include "config.h"

#include <adwaita.h>

#include "dorsal-application.h"
#include "dorsal-diagram-pane.h"
#include "dorsal-diagram-view-private.h"
#include "dorsal-resources.h"

static gboolean reported;

static void
on_after_paint (GdkFrameClock *clock,
                GtkWidget     *view)
{
  DorsalDiagramView *self = DORSAL_DIAGRAM_VIEW (view);

  if (reported || self->fit.texture == NULL || self->fit.diagram != _dorsal_diagram_view_get_diagram (self))
    return;

  /* the frame just painted held the drawing */
  reported = TRUE;
  g_print ("visible\n");
  fflush (stdout);
}

static void
on_map (GtkWidget *window,
        GtkWidget *view)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (window);

  g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint), view);
}

static char *
demo_name (const char *id,
           gboolean    short_label,
           gpointer    data)
{
  /* the real names come from the atlas; these are enough to look at */
  if (g_str_has_prefix (id, "vertebra-"))
    return short_label ? g_ascii_strup (id + 9, -1)
                       : g_strdup_printf ("%s, thoracic vertebra", id + 9);
  if (g_str_has_prefix (id, "rib-left-"))
    return short_label ? g_strdup_printf ("Rib %s L", id + 9)
                       : g_strdup_printf ("Rib %s, left", id + 9);
  if (g_str_has_prefix (id, "rib-right-"))
    return short_label ? g_strdup_printf ("Rib %s R", id + 10)
                       : g_strdup_printf ("Rib %s, right", id + 10);
  return NULL;
}

static gboolean
hover_later (gpointer data)
{
  GtkWidget *view = data;
  const char *id = g_object_get_data (G_OBJECT (view), "hover-id");

  _dorsal_diagram_view_set_hover (DORSAL_DIAGRAM_VIEW (view), id);
  return G_SOURCE_REMOVE;
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *size = NULL;
  g_autofree char *view_name = NULL;
  g_autofree char *select = NULL;
  g_autofree char *hover = NULL;
  g_auto(GStrv) layers = NULL;
  gboolean labels = FALSE, pick = FALSE, referred = FALSE, dark = FALSE, hc = FALSE;
  gboolean projector = FALSE;
  double zoom = 1.0;
  int width = 1000, height = 800;
  GOptionEntry entries[] = {
    { "size", 0, 0, G_OPTION_ARG_STRING, &size, "Window size", "WxH" },
    { "view", 0, 0, G_OPTION_ARG_STRING, &view_name, "View", "VIEW" },
    { "labels", 0, 0, G_OPTION_ARG_NONE, &labels, "Labels", NULL },
    { "select", 0, 0, G_OPTION_ARG_STRING, &select, "Select", "ID" },
    { "hover", 0, 0, G_OPTION_ARG_STRING, &hover, "Hover", "ID" },
    { "zoom", 0, 0, G_OPTION_ARG_DOUBLE, &zoom, "Zoom", "Z" },
    { "layer", 0, 0, G_OPTION_ARG_STRING_ARRAY, &layers, "Show a layer", "NAME" },
    { "pick", 0, 0, G_OPTION_ARG_NONE, &pick, "Pick mode", NULL },
    { "referred", 0, 0, G_OPTION_ARG_NONE, &referred, "Referred mode", NULL },
    { "dark", 0, 0, G_OPTION_ARG_NONE, &dark, "Dark style", NULL },
    { "hc", 0, 0, G_OPTION_ARG_NONE, &hc, "High contrast", NULL },
    { "projector", 0, 0, G_OPTION_ARG_NONE, &projector, "Projector palette", NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(GError) error = NULL;
  GtkWidget *window, *view, *pane;
  GMainContext *main_context;

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }
  if (size != NULL)
    sscanf (size, "%dx%d", &width, &height);

  /* the renderer the app itself would use here (src/main.c) */
  dorsal_choose_renderer ();
  adw_init ();
  dorsal_resources_register ();
  if (dark)
    adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_DARK);
  if (hc)
    g_object_set (gtk_settings_get_default (), "gtk-theme-name", "Adwaita-hc", NULL);

  window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  gtk_window_set_decorated (GTK_WINDOW (window), FALSE);
  pane = dorsal_diagram_pane_new ();
  view = GTK_WIDGET (dorsal_diagram_pane_get_view (DORSAL_DIAGRAM_PANE (pane)));
  dorsal_diagram_view_set_name_func (DORSAL_DIAGRAM_VIEW (view), demo_name, NULL, NULL);
  if (view_name != NULL)
    dorsal_diagram_view_set_view (DORSAL_DIAGRAM_VIEW (view), view_name);
  for (guint i = 0; layers != NULL && layers[i] != NULL; i++)
    dorsal_diagram_view_set_layer_visible (DORSAL_DIAGRAM_VIEW (view), layers[i], TRUE);
  dorsal_diagram_view_set_show_labels (DORSAL_DIAGRAM_VIEW (view), labels);
  dorsal_diagram_view_set_pick_mode (DORSAL_DIAGRAM_VIEW (view), pick);
  dorsal_diagram_view_set_referred_mode (DORSAL_DIAGRAM_VIEW (view), referred);
  dorsal_diagram_view_set_projector (DORSAL_DIAGRAM_VIEW (view), projector);
  gtk_window_set_child (GTK_WINDOW (window), pane);
  g_signal_connect (window, "map", G_CALLBACK (on_map), view);
  gtk_window_present (GTK_WINDOW (window));

  if (select != NULL)
    dorsal_diagram_view_set_selected (DORSAL_DIAGRAM_VIEW (view), select);
  if (zoom != 1.0)
    dorsal_diagram_view_set_zoom (DORSAL_DIAGRAM_VIEW (view), zoom);
  if (hover != NULL)
    {
      g_object_set_data_full (G_OBJECT (view), "hover-id", g_strdup (hover), g_free);
      g_timeout_add (400, hover_later, view);
    }

  main_context = g_main_context_default ();
  while (g_list_model_get_n_items (gtk_window_get_toplevels ()) > 0)
    g_main_context_iteration (main_context, TRUE);

  return 0;
}
