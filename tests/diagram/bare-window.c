/* bare-window.c: an empty GTK 4 window, the yardstick for the diagram window's benchmarks
 *
 * Copyright 2026 The Dorsal authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * bare-window [--size WxH]: prints "visible" after its first frame, then
 * stays open until killed.
 */
#include <gtk/gtk.h>

static gboolean reported;

static void
on_after_paint (GdkFrameClock *clock,
                gpointer       data)
{
  if (reported)
    return;

  reported = TRUE;
  g_print ("visible\n");
  fflush (stdout);
}

static void
on_map (GtkWidget *window)
{
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint",
                    G_CALLBACK (on_after_paint), NULL);
}

int
main (int   argc,
      char *argv[])
{
  int width = 1000, height = 800;
  GtkWidget *window;

  if (argc == 3 && g_str_equal (argv[1], "--size"))
    sscanf (argv[2], "%dx%d", &width, &height);

  gtk_init ();
  window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  gtk_window_set_decorated (GTK_WINDOW (window), FALSE);
  g_signal_connect (window, "map", G_CALLBACK (on_map), NULL);
  gtk_window_present (GTK_WINDOW (window));

  while (g_list_model_get_n_items (gtk_window_get_toplevels ()) > 0)
    g_main_context_iteration (NULL, TRUE);

  return 0;
}
