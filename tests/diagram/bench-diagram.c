/* bench-diagram.c: how long loading, rendering, hit-testing and hovering take
 *
 * Copyright 2026 The Dorsal authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Prints "bench: NAME VALUE" lines, each the median of several runs. The
 * hover figure needs a display (run under Xvfb at 3840×2160); without one
 * it is skipped and says so.
 */
#include "config.h"

#include <adwaita.h>
#include <math.h>
#include <string.h>
#include <time.h>

#include "dorsal-diagram-pane.h"
#include "dorsal-diagram-view-private.h"
#include "dorsal-resources.h"

#define RUNS 9

static double
now_ms (void)
{
  return g_get_monotonic_time () / 1000.0;
}

static double
thread_cpu_ms (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
median (double *values,
        guint   n)
{
  qsort (values, n, sizeof (double), compare_doubles);
  return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

static void
bench_load (void)
{
  const char * const *views = dorsal_diagram_get_view_names ();
  double times[RUNS];

  for (guint r = 0; r < RUNS; r++)
    {
      double start = now_ms ();

      for (guint v = 0; views[v] != NULL; v++)
        {
          g_autoptr(GError) error = NULL;
          g_autoptr(DorsalDiagram) diagram = dorsal_diagram_new_for_view (views[v], &error);

          g_assert_no_error (error);
          g_assert_nonnull (diagram);
        }
      times[r] = now_ms () - start;
    }

  g_print ("bench: svg-load-ms %.2f\n", median (times, RUNS));
}

/* the picture of the back view fitted into a screen, as the view renders it
 * on a worker thread; the hit map separately */
static void
bench_render (const char *name,
              int         width,
              int         height,
              DorsalHitMap **map_out)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DorsalDiagram) diagram = dorsal_diagram_new_for_view ("posterior", &error);
  double render[RUNS], pick[RUNS];
  double w, h, s;
  RsvgRectangle area;

  g_assert_no_error (error);
  dorsal_diagram_get_size (diagram, &w, &h);
  s = MIN (width / w, height / h);
  area = (RsvgRectangle) { 0, 0, w, h };

  /* the first run makes the handles; it is not counted */
  dorsal_diagram_rendering_free (dorsal_diagram_render (diagram, &area, s, s, NULL));

  for (guint r = 0; r < RUNS; r++)
    {
      DorsalDiagramRendering *rendering;
      double start = now_ms ();

      rendering = dorsal_diagram_render (diagram, &area, s, 0, &error);
      g_assert_no_error (error);
      render[r] = now_ms () - start;
      dorsal_diagram_rendering_free (rendering);

      start = now_ms ();
      rendering = dorsal_diagram_render (diagram, &area, 0, s, &error);
      g_assert_no_error (error);
      pick[r] = now_ms () - start;
      if (map_out != NULL && r == RUNS - 1)
        *map_out = g_object_ref (rendering->hit_map);
      dorsal_diagram_rendering_free (rendering);
    }

  g_print ("bench: full-render-%s-ms %.2f\n", name, median (render, RUNS));
  g_print ("bench: hit-map-%s-ms %.2f\n", name, median (pick, RUNS));
}

static void
bench_hit_test (DorsalHitMap *map)
{
  const guint lookups = 200000;
  double per[RUNS];
  double ox, oy, s = dorsal_hit_map_get_scale (map);
  double w = dorsal_hit_map_get_width (map) / s, h = dorsal_hit_map_get_height (map) / s;
  g_autofree double *points = g_new (double, 2 * lookups);
  GRand *rand = g_rand_new_with_seed (7);
  guint found = 0;

  dorsal_hit_map_get_origin (map, &ox, &oy);
  for (guint i = 0; i < lookups; i++)
    {
      points[2 * i] = ox + g_rand_double (rand) * w;
      points[2 * i + 1] = oy + g_rand_double (rand) * h;
    }
  g_rand_free (rand);

  for (guint r = 0; r < RUNS; r++)
    {
      gint64 start = g_get_monotonic_time ();

      for (guint i = 0; i < lookups; i++)
        found += dorsal_hit_map_lookup (map, points[2 * i], points[2 * i + 1]) != NULL;
      per[r] = (g_get_monotonic_time () - start) * 1000.0 / lookups;
    }

  g_print ("bench: hit-test-ns %.1f\n", median (per, RUNS));
  g_print ("bench: hit-test-share-on-structures %.2f\n", found / (double) (RUNS * lookups));
}

static gboolean
wake (gpointer data)
{
  return G_SOURCE_CONTINUE;
}

static GtkEventController *
find_motion_controller (GtkWidget *widget)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_MOTION (controller))
        return controller;
    }

  return NULL;
}

/* From a motion event to the render nodes of the next frame, on the real
 * widget at 4K: the hit-test, the highlight of the new structure and the
 * snapshot of the whole view. */
static void
bench_hover (void)
{
  GtkWidget *window, *pane;
  DorsalDiagramView *view;
  GtkEventController *motion;
  GPtrArray *regions;
  DorsalHitMap *map;
  double cpu[200], wall[200];
  guint n = 0;
  guint ticker;
  gint64 deadline;

  window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (window), 3840, 2160);
  gtk_window_set_decorated (GTK_WINDOW (window), FALSE);
  pane = dorsal_diagram_pane_new ();
  gtk_window_set_child (GTK_WINDOW (window), pane);
  gtk_window_present (GTK_WINDOW (window));
  view = dorsal_diagram_pane_get_view (DORSAL_DIAGRAM_PANE (pane));

  ticker = g_timeout_add (10, wake, NULL);
  deadline = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;
  while (!_dorsal_diagram_view_is_settled (view) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (ticker);
  g_assert_true (_dorsal_diagram_view_is_settled (view));

  g_print ("bench: view-size-4k %dx%d\n", gtk_widget_get_width (GTK_WIDGET (view)),
           gtk_widget_get_height (GTK_WIDGET (view)));

  motion = find_motion_controller (GTK_WIDGET (view));
  regions = _dorsal_diagram_view_get_regions (view);
  map = _dorsal_diagram_view_get_hit_map (view);

  /* alternate between structures, so every move changes the hover */
  for (guint round = 0; round < 3; round++)
    for (guint i = 0; i < regions->len && n < G_N_ELEMENTS (cpu); i++)
      {
        const char *id = dorsal_diagram_region_get_id (g_ptr_array_index (regions, i));
        g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
        g_autoptr(GskRenderNode) node = NULL;
        double dx, dy, x, y, c0, w0;

        if (!dorsal_hit_map_get_interior_point (map, id, &dx, &dy))
          continue;
        _dorsal_diagram_view_to_widget (view, dx, dy, &x, &y);

        _dorsal_diagram_view_set_hover (view, NULL);
        /* measure a change that is drawn at once, not one held back to
         * pace the repaints or while the pointer flies past */
        view->hover_time = 0;
        view->motion_time = 0;
        c0 = thread_cpu_ms ();
        w0 = now_ms ();
        g_signal_emit_by_name (motion, "motion", x, y);
        /* what the next frame asks of the view: its render nodes (the
         * region children draw nothing) */
        GTK_WIDGET_GET_CLASS (view)->snapshot (GTK_WIDGET (view), snapshot);
        node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
        cpu[n] = thread_cpu_ms () - c0;
        wall[n] = now_ms () - w0;
        g_assert_cmpstr (view->hover, ==, id);
        g_assert_nonnull (node);
        n++;
      }

  g_print ("bench: hover-update-ms-4k %.3f\n", median (cpu, n));
  g_print ("bench: hover-update-wall-ms-4k %.3f\n", median (wall, n));
  g_print ("bench: hover-samples %u\n", n);

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(DorsalHitMap) map = NULL;

  dorsal_resources_register ();

  bench_load ();
  bench_render ("1080p", 1920, 1080, NULL);
  bench_render ("4k", 3840, 2160, &map);
  bench_hit_test (map);

  if (gtk_init_check ())
    {
      adw_init ();
      bench_hover ();
    }
  else
    g_print ("# no display: hover-update-ms-4k not measured\n");

  return 0;
}
