/* test-styles.c: the drawing follows the system's style while the app runs: dark (the style
 * manager's colour scheme) and high contrast (org.gnome.desktop.a11y.interface high-contrast,
 * which libadwaita 1.2 reads when there is no settings portal: run with ADW_DISABLE_PORTAL=1
 * and the memory GSettings backend). The drawing's own stylesheet changes, not just the chrome.
 *
 * Copyright 2026 The Dorsal authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "a11y-test-util.h"
#include "dorsal-diagram.h"
#include "dorsal-diagram-view.h"
#include "dorsal-diagram-view-private.h"
#include "dorsal-resources.h"
#include "dorsal-window.h"

static GSettings *a11y_interface;

static gboolean
has_diagram (gpointer data)
{
  return DORSAL_DIAGRAM_VIEW (data)->diagram != NULL;
}

static DorsalDiagramTheme
drawing_theme (GtkWidget *view)
{
  DorsalDiagramView *self = DORSAL_DIAGRAM_VIEW (view);

  /* what the view chose, and what its drawing was told */
  g_assert_cmpint (dorsal_diagram_get_theme (self->diagram), ==, self->theme);
  return self->theme;
}

static void
test_follow_styles (void)
{
  AdwStyleManager *manager = adw_style_manager_get_default ();
  DorsalWindow *window = a11y_window_new (1280, 800);
  GtkWidget *view = a11y_find_type (GTK_WIDGET (window), DORSAL_TYPE_DIAGRAM_VIEW);

  g_assert_nonnull (view);
  g_assert_true (a11y_wait_for (has_diagram, view, 30));
  g_assert_false (adw_style_manager_get_high_contrast (manager));
  g_assert_cmpint (drawing_theme (view), ==, DORSAL_DIAGRAM_THEME_LIGHT);

  adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_FORCE_DARK);
  a11y_spin ();
  g_assert_cmpint (drawing_theme (view), ==, DORSAL_DIAGRAM_THEME_DARK);

  adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_FORCE_LIGHT);
  a11y_spin ();
  g_assert_cmpint (drawing_theme (view), ==, DORSAL_DIAGRAM_THEME_LIGHT);

  /* the system's high-contrast switch, turned on while the app runs */
  g_settings_set_boolean (a11y_interface, "high-contrast", TRUE);
  a11y_wait (100);
  g_assert_true (adw_style_manager_get_high_contrast (manager));
  g_assert_cmpint (drawing_theme (view), ==, DORSAL_DIAGRAM_THEME_HIGH_CONTRAST);

  /* high contrast with the dark style: white outlines on black */
  adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_FORCE_DARK);
  a11y_spin ();
  g_assert_cmpint (drawing_theme (view), ==, DORSAL_DIAGRAM_THEME_HIGH_CONTRAST_DARK);
  adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_FORCE_LIGHT);
  a11y_spin ();
  g_assert_cmpint (drawing_theme (view), ==, DORSAL_DIAGRAM_THEME_HIGH_CONTRAST);

  g_settings_set_boolean (a11y_interface, "high-contrast", FALSE);
  a11y_wait (100);
  g_assert_false (adw_style_manager_get_high_contrast (manager));
  g_assert_cmpint (drawing_theme (view), ==, DORSAL_DIAGRAM_THEME_LIGHT);

  adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_DEFAULT);
  a11y_window_destroy (window);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  gtk_test_init (&argc, &argv, NULL);
  /* before libadwaita starts, so it reads the key and follows it */
  a11y_interface = g_settings_new ("org.gnome.desktop.a11y.interface");
  g_settings_set_boolean (a11y_interface, "high-contrast", FALSE);
  adw_init ();
  dorsal_resources_register ();

  g_test_add_func ("/a11y/styles/follow", test_follow_styles);

  status = g_test_run ();
  g_object_unref (a11y_interface);
  return status;
}
