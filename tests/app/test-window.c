/* test-window.c: the main window builds, has its three areas and closes cleanly
 *
 * Copyright 2026 The Dorsal authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "dorsal-application.h"
#include "dorsal-resources.h"
#include "dorsal-window.h"

static void
test_window_areas (void)
{
  DorsalWindow *window = g_object_new (DORSAL_TYPE_WINDOW, NULL);
  GtkWidget *areas[3];

  areas[0] = dorsal_window_get_diagram_area (window);
  areas[1] = dorsal_window_get_content_area (window);
  areas[2] = dorsal_window_get_assessment_area (window);

  for (guint i = 0; i < G_N_ELEMENTS (areas); i++)
    {
      g_assert_true (GTK_IS_WIDGET (areas[i]));
      g_assert_true (gtk_widget_is_ancestor (areas[i], GTK_WIDGET (window)));
      /* each area shows something, never blank space */
      g_assert_nonnull (adw_bin_get_child (ADW_BIN (areas[i])));
    }
  g_assert_true (areas[0] != areas[1] && areas[1] != areas[2]);

  g_object_ref (window);
  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

static void
count_notify (guint *count)
{
  (*count)++;
}

static void
test_window_assessment_toggle (void)
{
  DorsalWindow *window = g_object_new (DORSAL_TYPE_WINDOW, NULL);
  guint notified = 0;

  g_signal_connect_swapped (window, "notify::assessment-open",
                            G_CALLBACK (count_notify), &notified);

  g_assert_false (dorsal_window_get_assessment_open (window));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.toggle-assessment", NULL));
  g_assert_true (dorsal_window_get_assessment_open (window));
  g_assert_cmpuint (notified, ==, 1);

  /* setting the same value again notifies nothing */
  dorsal_window_set_assessment_open (window, TRUE);
  g_assert_cmpuint (notified, ==, 1);

  g_object_set (window, "assessment-open", FALSE, NULL);
  g_assert_false (dorsal_window_get_assessment_open (window));
  g_assert_cmpuint (notified, ==, 2);

  g_object_ref (window);
  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

static void
test_window_sizes (void)
{
  static const int sizes[][2] = { { 1280, 800 }, { 400, 800 }, { 360, 640 }, { 3840, 2160 } };

  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      DorsalWindow *window = g_object_new (DORSAL_TYPE_WINDOW, NULL);

      gtk_window_set_default_size (GTK_WINDOW (window), sizes[i][0], sizes[i][1]);
      dorsal_window_set_assessment_open (window, TRUE);
      gtk_window_present (GTK_WINDOW (window));
      for (guint j = 0; j < 20; j++)
        g_main_context_iteration (NULL, FALSE);

      g_object_ref (window);
      gtk_window_destroy (GTK_WINDOW (window));
      g_assert_finalize_object (window);
    }
}

static void
test_window_size_remembered (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  DorsalWindow *window;

  g_settings_set_int (settings, "window-width", 900);
  g_settings_set_int (settings, "window-height", 700);
  window = g_object_new (DORSAL_TYPE_WINDOW, NULL);
  {
    int w, h;

    gtk_window_get_default_size (GTK_WINDOW (window), &w, &h);
    g_assert_cmpint (w, ==, 900);
    g_assert_cmpint (h, ==, 700);
  }
  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 750);
  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 1000);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 750);

  g_object_ref (window);
  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
  g_settings_reset (settings, "window-width");
  g_settings_reset (settings, "window-height");
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  dorsal_resources_register ();

  g_test_add_func ("/window/areas", test_window_areas);
  g_test_add_func ("/window/assessment-toggle", test_window_assessment_toggle);
  g_test_add_func ("/window/sizes", test_window_sizes);
  g_test_add_func ("/window/size-remembered", test_window_size_remembered);

  return g_test_run ();
}
