/* a11y-shot.c: a picture of the main window as a person with particular settings sees it, for
 * looking at by eye (build-aux/a11y-screenshots runs it under Xvfb). It also lists every label
 * that ends in "…" because it did not fit, which is how large text clips in GTK.
 *
 *   a11y-shot [--width W] [--height H] [--dark] [--high-contrast] [--dpi-scale F]
 *             [--content-zoom N] [--topic ID] [--assessment] [--kiosk] [--focus] OUT.png
 *
 * --high-contrast sets org.gnome.desktop.a11y.interface high-contrast before libadwaita
 * starts (run with GSETTINGS_BACKEND=memory and ADW_DISABLE_PORTAL=1); --dpi-scale multiplies
 * GtkSettings:gtk-xft-dpi (the system's large-text setting); --content-zoom presses the content
 * pane's Ctrl+plus N times.
 *
 * Copyright 2026 The Dorsal authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "a11y-test-util.h"
#include "dorsal-content-pane.h"
#include "dorsal-diagram-view.h"
#include "dorsal-diagram-view-private.h"
#include "dorsal-resources.h"
#include "dorsal-window.h"

static void
list_ellipsized (GtkWidget *widget,
                 guint     *count)
{
  if (!gtk_widget_get_mapped (widget))
    return;
  if (GTK_IS_LABEL (widget))
    {
      PangoLayout *layout = gtk_label_get_layout (GTK_LABEL (widget));

      if (pango_layout_is_ellipsized (layout))
        {
          g_print ("ellipsized: %s\n", gtk_label_get_text (GTK_LABEL (widget)));
          (*count)++;
        }
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    list_ellipsized (child, count);
}

static gboolean
has_regions (gpointer data)
{
  return _dorsal_diagram_view_get_region (data, "vertebra-t7") != NULL;
}

int
main (int   argc,
      char *argv[])
{
  int width = 1280, height = 800, content_zoom = 0;
  gboolean dark = FALSE, high_contrast = FALSE, assessment = FALSE, kiosk = FALSE, focus = FALSE;
  double dpi_scale = 1.0;
  g_autofree char *topic = NULL;
  g_auto(GStrv) rest = NULL;
  GOptionEntry entries[] = {
    { "width", 0, 0, G_OPTION_ARG_INT, &width, "window width", "W" },
    { "height", 0, 0, G_OPTION_ARG_INT, &height, "window height", "H" },
    { "dark", 0, 0, G_OPTION_ARG_NONE, &dark, "dark style", NULL },
    { "high-contrast", 0, 0, G_OPTION_ARG_NONE, &high_contrast, "high contrast", NULL },
    { "dpi-scale", 0, 0, G_OPTION_ARG_DOUBLE, &dpi_scale, "text scale", "F" },
    { "content-zoom", 0, 0, G_OPTION_ARG_INT, &content_zoom, "Ctrl+plus presses", "N" },
    { "topic", 0, 0, G_OPTION_ARG_STRING, &topic, "topic to open", "ID" },
    { "assessment", 0, 0, G_OPTION_ARG_NONE, &assessment, "open the self-assessment", NULL },
    { "kiosk", 0, 0, G_OPTION_ARG_NONE, &kiosk, "the kiosk look (44 px targets)", NULL },
    { "focus", 0, 0, G_OPTION_ARG_NONE, &focus, "keyboard focus shown on T7 (or Start)", NULL },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_STRING_ARRAY, &rest, NULL, "OUT.png" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("OUT.png");
  g_autoptr(GError) error = NULL;
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GtkSnapshot) snapshot = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autoptr(GtkCssProvider) css = NULL;
  DorsalWindow *window;
  GtkWidget *view, *content;
  guint ellipsized = 0;
  int dpi;

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || rest == NULL || rest[0] == NULL)
    {
      g_printerr ("%s\n", error != NULL ? error->message : "which file?");
      return 2;
    }

  if (high_contrast)
    {
      GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
      g_autoptr(GSettingsSchema) schema =
        g_settings_schema_source_lookup (source, "org.gnome.desktop.a11y.interface", TRUE);
      g_autoptr(GSettings) a11y = NULL;

      if (schema == NULL)
        {
          g_printerr ("no org.gnome.desktop.a11y.interface schema\n");
          return 2;
        }
      a11y = g_settings_new ("org.gnome.desktop.a11y.interface");
      g_settings_set_boolean (a11y, "high-contrast", TRUE);
    }

  gtk_init ();
  adw_init ();
  dorsal_resources_register ();
  /* what AdwApplication does for the app: its own style.css (style-dark/-hc follow the manager) */
  css = gtk_css_provider_new ();
  gtk_css_provider_load_from_resource (css, RESOURCE_PREFIX "/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (css),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
  if (dark)
    adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_DARK);
  if (high_contrast && !adw_style_manager_get_high_contrast (adw_style_manager_get_default ()))
    g_printerr ("warning: libadwaita did not pick up high contrast\n");
  g_object_get (gtk_settings_get_default (), "gtk-xft-dpi", &dpi, NULL);
  if (dpi <= 0)
    dpi = 96 * 1024;
  g_object_set (gtk_settings_get_default (), "gtk-xft-dpi", (int) (dpi * dpi_scale), NULL);

  window = a11y_window_new (width, height);
  if (kiosk)
    gtk_widget_add_css_class (GTK_WIDGET (window), "kiosk");
  view = a11y_find_type (GTK_WIDGET (window), DORSAL_TYPE_DIAGRAM_VIEW);
  content = a11y_find_type (GTK_WIDGET (window), DORSAL_TYPE_CONTENT_PANE);
  if (view != NULL)
    a11y_wait_for (has_regions, view, 30);
  if (topic != NULL && content != NULL)
    dorsal_content_pane_show_topic (DORSAL_CONTENT_PANE (content), topic);
  for (int i = 0; i < content_zoom && content != NULL; i++)
    gtk_widget_activate_action (content, "content.zoom-in", NULL);
  if (assessment)
    dorsal_window_set_assessment_open (window, TRUE);
  if (focus && assessment)
    {
      GtkWidget *start = a11y_find_action (GTK_WIDGET (window), "assessment.start");

      if (start != NULL)
        gtk_widget_grab_focus (start);
      gtk_window_set_focus_visible (GTK_WINDOW (window), TRUE);
    }
  else if (focus && view != NULL)
    {
      GtkWidget *t7 = _dorsal_diagram_view_get_region (DORSAL_DIAGRAM_VIEW (view), "vertebra-t7");

      if (t7 != NULL)
        gtk_widget_grab_focus (t7);
      gtk_window_set_focus_visible (GTK_WINDOW (window), TRUE);
    }
  a11y_wait (1500);

  list_ellipsized (GTK_WIDGET (window), &ellipsized);
  g_print ("%u ellipsized labels\n", ellipsized);

  paintable = gtk_widget_paintable_new (GTK_WIDGET (window));
  snapshot = gtk_snapshot_new ();
  gdk_paintable_snapshot (paintable, snapshot, gtk_widget_get_width (GTK_WIDGET (window)),
                          gtk_widget_get_height (GTK_WIDGET (window)));
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (window)), node, NULL);
  if (!gdk_texture_save_to_png (texture, rest[0]))
    {
      g_printerr ("could not write %s\n", rest[0]);
      return 1;
    }
  a11y_window_destroy (window);
  return 0;
}
