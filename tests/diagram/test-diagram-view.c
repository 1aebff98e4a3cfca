/* test-diagram-view.c: the drawing widget and its pane in a real window
 *
 * Copyright 2026 The Dorsal authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <math.h>
#include <string.h>

#include "dorsal-diagram-pane.h"
#include "dorsal-diagram-view-private.h"
#include "dorsal-resources.h"

static gboolean
wake (gpointer data)
{
  return G_SOURCE_CONTINUE;
}

/* run the main loop until the view has its picture and hit map, with no
 * render or settle pending */
static void
wait_settled (DorsalDiagramView *view)
{
  gint64 deadline = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;
  guint ticker = g_timeout_add (10, wake, NULL);

  while (!_dorsal_diagram_view_is_settled (view) ||
         gtk_widget_get_width (GTK_WIDGET (view)) <= 0)
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, TRUE);
    }
  /* one more round for the frame after */
  while (g_main_context_iteration (NULL, FALSE))
    ;

  g_source_remove (ticker);
}

static GtkWidget *
window_with (GtkWidget *child,
             int        width,
             int        height)
{
  GtkWidget *window = gtk_window_new ();

  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  gtk_window_set_child (GTK_WINDOW (window), child);
  gtk_window_present (GTK_WINDOW (window));

  return window;
}

static void
destroy_window (GtkWidget *window)
{
  gtk_window_destroy (GTK_WINDOW (window));
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static GtkEventController *
find_key_controller (GtkWidget *widget)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_KEY (controller))
        return controller;
    }

  g_assert_not_reached ();
  return NULL;
}

static gboolean
press_key (DorsalDiagramView *view,
           guint              keyval)
{
  GtkEventController *controller = find_key_controller (GTK_WIDGET (view));
  gboolean handled = FALSE;

  g_signal_emit_by_name (controller, "key-pressed", keyval, 0, 0, &handled);
  return handled;
}

static const char *
focused_id (DorsalDiagramView *view)
{
  GtkWidget *focus = gtk_widget_get_focus_child (GTK_WIDGET (view));

  return DORSAL_IS_DIAGRAM_REGION (focus)
           ? dorsal_diagram_region_get_id (DORSAL_DIAGRAM_REGION (focus)) : NULL;
}

static void
count_notify (guint *count)
{
  (*count)++;
}

static void
record_id (GObject    *object,
           const char *id,
           char      **out)
{
  g_free (*out);
  *out = g_strdup (id);
}

static void
test_new_destroy (void)
{
  GtkWidget *view = dorsal_diagram_view_new ();
  GtkWidget *pane = dorsal_diagram_pane_new ();

  g_object_ref_sink (view);
  g_assert_cmpstr (dorsal_diagram_view_get_view (DORSAL_DIAGRAM_VIEW (view)), ==, "posterior");
  g_assert_finalize_object (view);

  g_object_ref_sink (pane);
  g_assert_true (DORSAL_IS_DIAGRAM_VIEW (dorsal_diagram_pane_get_view (DORSAL_DIAGRAM_PANE (pane))));
  g_assert_finalize_object (pane);

  /* and after being shown and rendered */
  view = dorsal_diagram_view_new ();
  g_object_ref (view);
  {
    GtkWidget *window = window_with (view, 500, 600);

    wait_settled (DORSAL_DIAGRAM_VIEW (view));
    dorsal_diagram_view_set_selected (DORSAL_DIAGRAM_VIEW (view), "vertebra-t7");
    _dorsal_diagram_view_set_hover (DORSAL_DIAGRAM_VIEW (view), "rib-left-3");
    destroy_window (window);
  }
  g_assert_finalize_object (view);
}

static void
test_properties (void)
{
  GtkWidget *view = g_object_ref_sink (dorsal_diagram_view_new ());
  static const char * const zones[] = { "zone-neck", "zone-mid-back", NULL };
  g_auto(GStrv) got = NULL;
  g_autofree char *view_name = NULL;
  g_autofree char *selected = NULL;
  gboolean labels, pick, referred, projector;
  double zoom;
  guint notified = 0;

  g_signal_connect_swapped (view, "notify", G_CALLBACK (count_notify), &notified);

  g_object_set (view,
                "view", "lateral",
                "selected", "vertebra-t8",
                "show-labels", TRUE,
                "pick-mode", TRUE,
                "picked-zones", zones,
                "referred-mode", TRUE,
                "projector", TRUE,
                NULL);
  g_object_get (view,
                "view", &view_name,
                "selected", &selected,
                "show-labels", &labels,
                "pick-mode", &pick,
                "picked-zones", &got,
                "referred-mode", &referred,
                "projector", &projector,
                "zoom", &zoom,
                NULL);

  g_assert_cmpstr (view_name, ==, "lateral");
  g_assert_cmpstr (selected, ==, "vertebra-t8");
  g_assert_true (labels && pick && referred && projector);
  g_assert_true (g_strv_equal ((const char * const *) got, zones));
  g_assert_cmpfloat (zoom, ==, 1.0);
  g_assert_cmpuint (notified, >=, 7);

  /* the same values again notify nothing */
  notified = 0;
  g_object_set (view, "view", "lateral", "selected", "vertebra-t8", "show-labels", TRUE,
                "pick-mode", TRUE, "picked-zones", zones, "referred-mode", TRUE,
                "projector", TRUE, NULL);
  g_assert_cmpuint (notified, ==, 0);

  /* zoom is clamped to 1–8 */
  dorsal_diagram_view_set_zoom (DORSAL_DIAGRAM_VIEW (view), 20);
  g_assert_cmpfloat (dorsal_diagram_view_get_zoom (DORSAL_DIAGRAM_VIEW (view)), ==, 8.0);
  dorsal_diagram_view_set_zoom (DORSAL_DIAGRAM_VIEW (view), 0.2);
  g_assert_cmpfloat (dorsal_diagram_view_get_zoom (DORSAL_DIAGRAM_VIEW (view)), ==, 1.0);

  /* an unknown view leaves the view as it was */
  g_test_expect_message (G_LOG_DOMAIN, G_LOG_LEVEL_WARNING, "*sideways*");
  dorsal_diagram_view_set_view (DORSAL_DIAGRAM_VIEW (view), "sideways");
  g_test_assert_expected_messages ();
  g_assert_cmpstr (dorsal_diagram_view_get_view (DORSAL_DIAGRAM_VIEW (view)), ==, "lateral");

  g_assert_finalize_object (view);
}

static char *
test_name (const char *id,
           gboolean    short_label,
           gpointer    data)
{
  guint *calls = data;

  (*calls)++;
  if (strcmp (id, "vertebra-t7") == 0)
    return g_strdup (short_label ? "T7" : "T7, seventh thoracic vertebra");
  return NULL;
}

static void
test_name_func (void)
{
  GtkWidget *view = g_object_ref_sink (dorsal_diagram_view_new ());
  guint calls = 0;
  GtkWidget *region;
  g_autofree char *name = NULL;
  g_autofree char *fallback = NULL;

  dorsal_diagram_view_set_name_func (DORSAL_DIAGRAM_VIEW (view), test_name, &calls, NULL);
  g_assert_cmpuint (calls, >, 0);

  region = _dorsal_diagram_view_get_region (DORSAL_DIAGRAM_VIEW (view), "vertebra-t7");
  g_assert_nonnull (region);
  g_assert_cmpstr (dorsal_diagram_region_get_label (DORSAL_DIAGRAM_REGION (region)), ==,
                   "T7, seventh thoracic vertebra");
  name = _dorsal_diagram_view_get_name (DORSAL_DIAGRAM_VIEW (view), "vertebra-t7", TRUE);
  g_assert_cmpstr (name, ==, "T7");
  /* no name from the content: the id, readable */
  fallback = _dorsal_diagram_view_get_name (DORSAL_DIAGRAM_VIEW (view), "rib-left-7", FALSE);
  g_assert_cmpstr (fallback, ==, "Rib left 7");

  g_assert_finalize_object (view);
}

/* Each structure the view offers is picked at its own deepest point, in
 * every view; points off the drawing pick nothing. */
static void
test_pick_in_window (void)
{
  GtkWidget *view = dorsal_diagram_view_new ();
  GtkWidget *window = window_with (view, 700, 800);
  const char * const *views = dorsal_diagram_get_view_names ();
  DorsalDiagramView *self = DORSAL_DIAGRAM_VIEW (view);

  for (guint v = 0; views[v] != NULL; v++)
    {
      GPtrArray *regions;
      DorsalHitMap *map;
      guint hit = 0;

      dorsal_diagram_view_set_view (self, views[v]);
      wait_settled (self);
      regions = _dorsal_diagram_view_get_regions (self);
      map = _dorsal_diagram_view_get_hit_map (self);
      g_assert_nonnull (map);
      g_assert_cmpuint (regions->len, >, 0);

      for (guint i = 0; i < regions->len; i++)
        {
          const char *id = dorsal_diagram_region_get_id (g_ptr_array_index (regions, i));
          double dx, dy, x, y;

          g_assert_true (dorsal_hit_map_get_interior_point (map, id, &dx, &dy));
          _dorsal_diagram_view_to_widget (self, dx, dy, &x, &y);
          g_assert_cmpstr (_dorsal_diagram_view_pick (self, x, y, FALSE), ==, id);
          g_assert_cmpstr (_dorsal_diagram_view_pick (self, x, y, TRUE), ==, id);
          hit++;
        }
      g_test_message ("%s: %u picked", views[v], hit);

      g_assert_null (_dorsal_diagram_view_pick (self, -5, -5, FALSE));
      g_assert_null (_dorsal_diagram_view_pick (self, 2, 2, FALSE));
      g_assert_null (_dorsal_diagram_view_pick (self, 2, 2, TRUE));
      g_assert_null (_dorsal_diagram_view_pick (self, 10000, 400, TRUE));
    }

  destroy_window (window);
}

/* Arrows reach every structure of a view from the first one; Page Down
 * walks them all in order; Enter selects, Escape clears. */
static void
test_keyboard (void)
{
  GtkWidget *view = dorsal_diagram_view_new ();
  GtkWidget *window = window_with (view, 700, 800);
  DorsalDiagramView *self = DORSAL_DIAGRAM_VIEW (view);
  const char * const *views = dorsal_diagram_get_view_names ();
  static const guint arrows[] = { GDK_KEY_Up, GDK_KEY_Down, GDK_KEY_Left, GDK_KEY_Right };
  g_autofree char *activated = NULL;

  g_signal_connect (view, "structure-activated", G_CALLBACK (record_id), &activated);

  for (guint v = 0; views[v] != NULL; v++)
    {
      GPtrArray *regions;
      g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
      g_autoptr(GQueue) queue = g_queue_new ();

      dorsal_diagram_view_set_view (self, views[v]);
      wait_settled (self);
      regions = _dorsal_diagram_view_get_regions (self);

      /* Tab order enters the drawing at its first structure */
      gtk_window_set_focus (GTK_WINDOW (window), NULL);
      g_assert_true (gtk_widget_child_focus (view, GTK_DIR_TAB_FORWARD));
      g_assert_cmpstr (focused_id (self), ==,
                       dorsal_diagram_region_get_id (g_ptr_array_index (regions, 0)));
      /* and the next Tab leaves it */
      g_assert_false (gtk_widget_child_focus (view, GTK_DIR_TAB_FORWARD));

      g_assert_true (press_key (self, GDK_KEY_Home));
      for (guint i = 0; i < regions->len; i++)
        {
          g_assert_cmpstr (focused_id (self), ==,
                           dorsal_diagram_region_get_id (g_ptr_array_index (regions, i)));
          g_assert_true (press_key (self, GDK_KEY_Page_Down));
        }
      g_assert_true (press_key (self, GDK_KEY_End));
      g_assert_cmpstr (focused_id (self), ==,
                       dorsal_diagram_region_get_id (g_ptr_array_index (regions, regions->len - 1)));

      /* every structure is reachable with the arrow keys alone */
      press_key (self, GDK_KEY_Home);
      g_hash_table_add (seen, (gpointer) focused_id (self));
      g_queue_push_tail (queue, (gpointer) focused_id (self));
      while (!g_queue_is_empty (queue))
        {
          const char *from = g_queue_pop_head (queue);

          for (guint k = 0; k < G_N_ELEMENTS (arrows); k++)
            {
              const char *to;

              gtk_widget_grab_focus (_dorsal_diagram_view_get_region (self, from));
              g_assert_true (press_key (self, arrows[k]));
              to = focused_id (self);
              g_assert_nonnull (to);
              if (g_hash_table_add (seen, (gpointer) to))
                g_queue_push_tail (queue, (gpointer) to);
            }
        }
      g_test_message ("%s: %u of %u reached with arrows", views[v],
                      g_hash_table_size (seen), regions->len);
      g_assert_cmpuint (g_hash_table_size (seen), ==, regions->len);

      /* Enter selects what has focus and reports it */
      gtk_widget_grab_focus (g_ptr_array_index (regions, regions->len / 2));
      g_assert_true (press_key (self, GDK_KEY_Return));
      g_assert_cmpstr (activated, ==, focused_id (self));
      g_assert_cmpstr (dorsal_diagram_view_get_selected (self), ==, focused_id (self));
      g_assert_true (press_key (self, GDK_KEY_Escape));
      g_assert_null (dorsal_diagram_view_get_selected (self));
      /* with nothing to clear, Escape is left to others */
      g_assert_false (press_key (self, GDK_KEY_Escape));
    }

  /* + - 0 zoom */
  g_assert_true (press_key (self, GDK_KEY_plus));
  g_assert_cmpfloat (dorsal_diagram_view_get_zoom (self), >, 1.0);
  g_assert_true (press_key (self, GDK_KEY_minus));
  g_assert_cmpfloat_with_epsilon (dorsal_diagram_view_get_zoom (self), 1.0, 1e-9);
  press_key (self, GDK_KEY_plus);
  press_key (self, GDK_KEY_plus);
  g_assert_true (press_key (self, GDK_KEY_0));
  g_assert_cmpfloat (dorsal_diagram_view_get_zoom (self), ==, 1.0);

  destroy_window (window);
}

/* Zooming at a point keeps the document point under it where it was, and
 * the sharper picture and hit map for the zoomed part arrive. */
static void
test_zoom_fixed_point (void)
{
  GtkWidget *view = dorsal_diagram_view_new ();
  GtkWidget *window = window_with (view, 800, 700);
  DorsalDiagramView *self = DORSAL_DIAGRAM_VIEW (view);
  static const double steps[][3] = {
    { 2.0, 400, 300 }, { 3.5, 250, 420 }, { 8.0, 520, 200 }, { 5.0, 100, 650 },
  };
  double dx, dy, x, y;

  wait_settled (self);

  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    {
      double before_x, before_y, after_x, after_y;

      _dorsal_diagram_view_to_document (self, steps[i][1], steps[i][2], &before_x, &before_y);
      dorsal_diagram_view_zoom_at (self, steps[i][0], steps[i][1], steps[i][2]);
      g_assert_cmpfloat (dorsal_diagram_view_get_zoom (self), ==, steps[i][0]);
      _dorsal_diagram_view_to_document (self, steps[i][1], steps[i][2], &after_x, &after_y);
      g_test_message ("zoom %.1f at %.0f,%.0f: %.3f,%.3f -> %.3f,%.3f", steps[i][0],
                      steps[i][1], steps[i][2], before_x, before_y, after_x, after_y);
      /* within a device pixel */
      g_assert_cmpfloat (fabs (after_x - before_x) * _dorsal_diagram_view_get_scale (self), <=, 1.0);
      g_assert_cmpfloat (fabs (after_y - before_y) * _dorsal_diagram_view_get_scale (self), <=, 1.0);
    }

  /* once settled, the zoomed part has its own texture and hit map at this scale */
  wait_settled (self);
  g_assert_nonnull (self->detail.texture);
  g_assert_nonnull (self->detail.hit_map);
  g_assert_cmpint (gdk_texture_get_width (self->detail.texture), <=, 800 * 2);
  g_assert_cmpint (gdk_texture_get_height (self->detail.texture), <=, 700 * 2);
  g_assert_cmpfloat_with_epsilon (self->detail.scale,
                                  _dorsal_diagram_view_get_scale (self) *
                                  gtk_widget_get_scale_factor (view), 1e-6);

  /* something visible in the middle is still picked correctly */
  _dorsal_diagram_view_to_document (self, 400, 350, &dx, &dy);
  {
    const char *from_view = _dorsal_diagram_view_pick (self, 400, 350, FALSE);
    const char *from_map = dorsal_hit_map_lookup (self->detail.hit_map, dx, dy);

    if (from_map != NULL && !dorsal_diagram_is_pickable (_dorsal_diagram_view_get_diagram (self), from_map))
      from_map = NULL;
    g_assert_cmpstr (from_view, ==, from_map);
  }

  /* selecting from elsewhere brings the structure into sight */
  {
    DorsalDiagram *diagram = _dorsal_diagram_view_get_diagram (self);
    RsvgRectangle box;
    double x0, y0, x1, y1;

    dorsal_diagram_view_zoom_at (self, 8.0, 400, 50);
    dorsal_diagram_view_set_selected (self, "vertebra-l1");
    g_assert_true (dorsal_diagram_get_box (diagram, "vertebra-l1", &box));
    _dorsal_diagram_view_to_widget (self, box.x, box.y, &x0, &y0);
    _dorsal_diagram_view_to_widget (self, box.x + box.width, box.y + box.height, &x1, &y1);
    g_test_message ("L1 at %.0f,%.0f–%.0f,%.0f, zoom %.2f", x0, y0, x1, y1,
                    dorsal_diagram_view_get_zoom (self));
    g_assert_cmpfloat (x0, >=, 0);
    g_assert_cmpfloat (y0, >=, 0);
    g_assert_cmpfloat (x1, <=, 800);
    g_assert_cmpfloat (y1, <=, 700);
    wait_settled (self);
  }

  /* zoom 1 fits the whole drawing again and drops the zoomed texture */
  dorsal_diagram_view_zoom_fit (self);
  wait_settled (self);
  g_assert_null (self->detail.texture);
  _dorsal_diagram_view_to_widget (self, 0, 0, &x, &y);
  g_assert_cmpfloat (x, >=, 0);
  g_assert_cmpfloat (y, >=, 0);

  destroy_window (window);
}

static void
test_selection_survives_view_switch (void)
{
  GtkWidget *view = dorsal_diagram_view_new ();
  GtkWidget *window = window_with (view, 600, 700);
  DorsalDiagramView *self = DORSAL_DIAGRAM_VIEW (view);
  guint notified = 0;

  wait_settled (self);
  dorsal_diagram_view_set_selected (self, "rib-left-7");
  g_signal_connect_swapped (view, "notify::selected", G_CALLBACK (count_notify), &notified);

  dorsal_diagram_view_set_view (self, "anterior");
  wait_settled (self);
  g_assert_cmpstr (dorsal_diagram_view_get_view (self), ==, "anterior");
  g_assert_cmpstr (dorsal_diagram_view_get_selected (self), ==, "rib-left-7");
  g_assert_cmpuint (notified, ==, 0);
  g_assert_nonnull (self->selected_overlay.texture);
  g_assert_true (dorsal_diagram_region_get_active (
    DORSAL_DIAGRAM_REGION (_dorsal_diagram_view_get_region (self, "rib-left-7"))));

  /* the vertebra view has no rib 7: the selection goes */
  dorsal_diagram_view_set_view (self, "vertebra");
  g_assert_null (dorsal_diagram_view_get_selected (self));
  g_assert_cmpuint (notified, ==, 1);

  destroy_window (window);
}

static void
test_resize (void)
{
  GtkWidget *pane = dorsal_diagram_pane_new ();
  GtkWidget *window = window_with (pane, 360, 640);
  DorsalDiagramView *self = dorsal_diagram_pane_get_view (DORSAL_DIAGRAM_PANE (pane));
  static const int sizes[][2] = { { 360, 640 }, { 3840, 2160 }, { 1280, 800 }, { 360, 640 } };

  dorsal_diagram_view_set_show_labels (self, TRUE);
  dorsal_diagram_view_set_selected (self, "vertebra-t6");

  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      int height;

      /* without a window manager, a shown window keeps its size; a size
       * request on the drawing grows it, even past the screen */
      gtk_widget_set_size_request (GTK_WIDGET (self), sizes[i][0], sizes[i][1] - 50);
      gtk_widget_hide (window);
      gtk_window_set_default_size (GTK_WINDOW (window), sizes[i][0], sizes[i][1]);
      gtk_window_present (GTK_WINDOW (window));
      {
        gint64 deadline = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;
        guint ticker = g_timeout_add (10, wake, NULL);

        while (gtk_widget_get_width (GTK_WIDGET (self)) != sizes[i][0])
          {
            g_assert_cmpint (g_get_monotonic_time (), <, deadline);
            g_main_context_iteration (NULL, TRUE);
          }
        g_source_remove (ticker);
      }
      wait_settled (self);
      height = gtk_widget_get_height (GTK_WIDGET (self));
      g_test_message ("%dx%d: view %dx%d, picture %dx%d", sizes[i][0], sizes[i][1],
                      gtk_widget_get_width (GTK_WIDGET (self)), height,
                      gdk_texture_get_width (self->fit.texture),
                      gdk_texture_get_height (self->fit.texture));
      g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (self)), ==, sizes[i][0]);
      /* the picture fits the view, rendered for its size */
      g_assert_cmpint (gdk_texture_get_height (self->fit.texture), <=,
                       height * gtk_widget_get_scale_factor (GTK_WIDGET (self)));
      g_assert_cmpint (gdk_texture_get_height (self->fit.texture), >=, (height - 40) / 2);
    }

  destroy_window (window);
}

static void
test_pick_mode (void)
{
  GtkWidget *view = dorsal_diagram_view_new ();
  GtkWidget *window = window_with (view, 600, 700);
  DorsalDiagramView *self = DORSAL_DIAGRAM_VIEW (view);
  g_autofree char *activated = NULL;
  const char * const *picked;
  guint notified = 0;
  GPtrArray *regions;
  GtkWidget *neck;

  g_signal_connect (view, "structure-activated", G_CALLBACK (record_id), &activated);
  g_signal_connect_swapped (view, "notify::picked-zones", G_CALLBACK (count_notify), &notified);

  dorsal_diagram_view_set_pick_mode (self, TRUE);
  wait_settled (self);
  regions = _dorsal_diagram_view_get_regions (self);
  g_assert_cmpuint (regions->len, >=, 6);
  for (guint i = 0; i < regions->len; i++)
    g_assert_true (g_str_has_prefix (dorsal_diagram_region_get_id (g_ptr_array_index (regions, i)),
                                     "zone-"));

  /* a tap (here, the region's own activate) toggles a zone */
  neck = _dorsal_diagram_view_get_region (self, "zone-neck");
  g_assert_nonnull (neck);
  g_signal_emit_by_name (neck, "activate");
  picked = dorsal_diagram_view_get_picked_zones (self);
  g_assert_cmpstr (picked[0], ==, "zone-neck");
  g_assert_null (picked[1]);
  g_assert_cmpuint (notified, ==, 1);
  g_assert_true (dorsal_diagram_region_get_active (DORSAL_DIAGRAM_REGION (neck)));
  g_assert_null (activated);

  _dorsal_diagram_view_activate (self, "zone-mid-back");
  g_assert_cmpuint (g_strv_length ((char **) dorsal_diagram_view_get_picked_zones (self)), ==, 2);
  wait_settled (self);
  g_assert_nonnull (self->picked_overlay.texture);

  g_signal_emit_by_name (neck, "activate");
  picked = dorsal_diagram_view_get_picked_zones (self);
  g_assert_cmpstr (picked[0], ==, "zone-mid-back");
  g_assert_null (picked[1]);
  g_assert_cmpuint (notified, ==, 3);
  g_assert_false (dorsal_diagram_region_get_active (DORSAL_DIAGRAM_REGION (neck)));

  /* bones cannot be picked while zones are */
  _dorsal_diagram_view_activate (self, "vertebra-t7");
  g_assert_null (activated);

  dorsal_diagram_view_set_pick_mode (self, FALSE);
  wait_settled (self);
  g_assert_null (_dorsal_diagram_view_get_region (self, "zone-neck"));
  g_assert_nonnull (_dorsal_diagram_view_get_region (self, "vertebra-t7"));
  _dorsal_diagram_view_activate (self, "vertebra-t7");
  g_assert_cmpstr (activated, ==, "vertebra-t7");

  destroy_window (window);
}

static void
test_referred_mode (void)
{
  GtkWidget *view = dorsal_diagram_view_new ();
  GtkWidget *window = window_with (view, 600, 700);
  DorsalDiagramView *self = DORSAL_DIAGRAM_VIEW (view);
  g_autofree char *area = NULL;
  g_autofree char *structure = NULL;
  static const char * const lit[] = { "referred-between-shoulder-blades", NULL };

  g_signal_connect (view, "referred-area-activated", G_CALLBACK (record_id), &area);
  g_signal_connect (view, "structure-activated", G_CALLBACK (record_id), &structure);

  g_assert_null (_dorsal_diagram_view_get_region (self, "referred-between-shoulder-blades"));
  dorsal_diagram_view_set_referred_mode (self, TRUE);
  wait_settled (self);
  g_assert_nonnull (_dorsal_diagram_view_get_region (self, "referred-between-shoulder-blades"));

  _dorsal_diagram_view_activate (self, "referred-between-shoulder-blades");
  g_assert_cmpstr (area, ==, "referred-between-shoulder-blades");
  g_assert_null (structure);
  _dorsal_diagram_view_activate (self, "vertebra-t5");
  g_assert_cmpstr (structure, ==, "vertebra-t5");

  dorsal_diagram_view_show_ids (self, NULL, lit);
  wait_settled (self);
  g_assert_nonnull (self->shown_overlay.texture);

  destroy_window (window);
}

static void
test_show_ids (void)
{
  GtkWidget *view = dorsal_diagram_view_new ();
  GtkWidget *window = window_with (view, 600, 700);
  DorsalDiagramView *self = DORSAL_DIAGRAM_VIEW (view);
  static const char * const ids[] = { "vertebra-t8", "condition-compression-fracture", NULL };
  DorsalDiagram *diagram;

  wait_settled (self);
  dorsal_diagram_view_show_ids (self, "lateral", ids);
  wait_settled (self);
  diagram = _dorsal_diagram_view_get_diagram (self);
  g_assert_cmpstr (dorsal_diagram_view_get_view (self), ==, "lateral");
  g_assert_true (g_strv_equal (dorsal_diagram_view_get_shown_ids (self), ids));
  g_assert_true (dorsal_diagram_get_layer_visible (diagram, "conditions"));
  g_assert_nonnull (self->shown_overlay.texture);

  dorsal_diagram_view_show_ids (self, NULL, NULL);
  wait_settled (self);
  g_assert_null (dorsal_diagram_view_get_shown_ids (self));
  g_assert_false (dorsal_diagram_get_layer_visible (diagram, "conditions"));
  g_assert_null (self->shown_overlay.texture);

  destroy_window (window);
}

static void
test_layers_and_reset (void)
{
  GtkWidget *view = dorsal_diagram_view_new ();
  GtkWidget *window = window_with (view, 600, 700);
  DorsalDiagramView *self = DORSAL_DIAGRAM_VIEW (view);
  guint changed = 0;

  g_signal_connect_swapped (view, "layers-changed", G_CALLBACK (count_notify), &changed);

  dorsal_diagram_view_set_view (self, "lateral");
  g_assert_false (dorsal_diagram_view_get_layer_visible (self, "nerves"));
  g_assert_null (_dorsal_diagram_view_get_region (self, "spinal-cord"));
  dorsal_diagram_view_set_layer_visible (self, "nerves", TRUE);
  g_assert_cmpuint (changed, ==, 1);
  dorsal_diagram_view_set_layer_visible (self, "layer-nerves", TRUE);
  g_assert_cmpuint (changed, ==, 1);
  g_assert_true (dorsal_diagram_view_get_layer_visible (self, "nerves"));
  g_assert_nonnull (_dorsal_diagram_view_get_region (self, "spinal-cord"));
  wait_settled (self);

  /* toggles apply to every view */
  dorsal_diagram_view_set_layer_visible (self, "bones", FALSE);
  dorsal_diagram_view_set_view (self, "posterior");
  g_assert_null (_dorsal_diagram_view_get_region (self, "vertebra-t7"));

  dorsal_diagram_view_set_view (self, "anterior");
  dorsal_diagram_view_set_selected (self, "rib-right-3");
  dorsal_diagram_view_set_zoom (self, 3);
  dorsal_diagram_view_set_show_labels (self, TRUE);
  dorsal_diagram_view_set_pick_mode (self, TRUE);
  _dorsal_diagram_view_activate (self, "zone-chest-front");
  g_assert_nonnull (dorsal_diagram_view_get_picked_zones (self)[0]);

  dorsal_diagram_view_reset (self);
  wait_settled (self);
  g_assert_cmpstr (dorsal_diagram_view_get_view (self), ==, "posterior");
  g_assert_null (dorsal_diagram_view_get_selected (self));
  g_assert_cmpfloat (dorsal_diagram_view_get_zoom (self), ==, 1.0);
  g_assert_false (dorsal_diagram_view_get_show_labels (self));
  g_assert_false (dorsal_diagram_view_get_pick_mode (self));
  g_assert_false (dorsal_diagram_view_get_referred_mode (self));
  g_assert_null (dorsal_diagram_view_get_picked_zones (self)[0]);
  g_assert_true (dorsal_diagram_view_get_layer_visible (self, "bones"));
  g_assert_false (dorsal_diagram_view_get_layer_visible (self, "nerves"));
  g_assert_nonnull (_dorsal_diagram_view_get_region (self, "vertebra-t7"));
  g_assert_cmpuint (changed, >=, 3);

  destroy_window (window);
}

static void
test_pane (void)
{
  GtkWidget *pane = dorsal_diagram_pane_new ();
  GtkWidget *window = window_with (pane, 900, 700);
  DorsalDiagramView *view = dorsal_diagram_pane_get_view (DORSAL_DIAGRAM_PANE (pane));

  wait_settled (view);
  g_assert_true (gtk_widget_activate_action (pane, "diagram.zoom-in", NULL));
  g_assert_cmpfloat (dorsal_diagram_view_get_zoom (view), ==, 1.5);
  g_assert_true (gtk_widget_activate_action (pane, "diagram.zoom-out", NULL));
  g_assert_cmpfloat (dorsal_diagram_view_get_zoom (view), ==, 1.0);
  gtk_widget_activate_action (pane, "diagram.zoom-in", NULL);
  gtk_widget_activate_action (pane, "diagram.zoom-in", NULL);
  g_assert_true (gtk_widget_activate_action (pane, "diagram.zoom-fit", NULL));
  g_assert_cmpfloat (dorsal_diagram_view_get_zoom (view), ==, 1.0);

  dorsal_diagram_view_set_view (view, "vertebra");
  dorsal_diagram_view_set_layer_visible (view, "nerves", TRUE);
  dorsal_diagram_view_reset (view);
  wait_settled (view);

  destroy_window (window);
}

/* Pinch (the touch path: GtkGestureZoom's centre and scale): the document point that was
 * between the fingers stays between them as they spread and move together, the zoom
 * follows the spread within 1x to 8x, and the hover name goes while fingers are down. */
static void
test_pinch (void)
{
  GtkWidget *view = dorsal_diagram_view_new ();
  GtkWidget *window = window_with (view, 800, 700);
  DorsalDiagramView *self = DORSAL_DIAGRAM_VIEW (view);
  /* the fingers' centre and the spread since they landed, as the gesture reports them */
  static const double moves[][3] = {
    { 400, 350, 1.0 }, { 410, 340, 1.5 }, { 450, 300, 2.0 }, { 300, 420, 3.0 }, { 320, 400, 2.5 },
  };
  double anchor_x, anchor_y;

  wait_settled (self);
  _dorsal_diagram_view_set_hover (self, "vertebra-t7");
  g_assert_cmpstr (self->hover, ==, "vertebra-t7");

  _dorsal_diagram_view_to_document (self, 400, 350, &anchor_x, &anchor_y);
  _dorsal_diagram_view_pinch_begin (self, 400, 350);
  g_assert_null (self->hover);

  for (guint i = 0; i < G_N_ELEMENTS (moves); i++)
    {
      double x, y;

      _dorsal_diagram_view_pinch_update (self, moves[i][0], moves[i][1], moves[i][2]);
      g_assert_cmpfloat_with_epsilon (dorsal_diagram_view_get_zoom (self), moves[i][2], 1e-9);
      /* the anchor is still under the fingers, within a device pixel */
      _dorsal_diagram_view_to_widget (self, anchor_x, anchor_y, &x, &y);
      g_test_message ("pinch %.1f at %.0f,%.0f: anchor drawn at %.2f,%.2f",
                      moves[i][2], moves[i][0], moves[i][1], x, y);
      g_assert_cmpfloat (fabs (x - moves[i][0]), <=, 1.0);
      g_assert_cmpfloat (fabs (y - moves[i][1]), <=, 1.0);
    }

  /* spreading far past the limit stops at 8x; pinching in stops at 1x */
  _dorsal_diagram_view_pinch_update (self, 400, 350, 40.0);
  g_assert_cmpfloat (dorsal_diagram_view_get_zoom (self), ==, DORSAL_DIAGRAM_VIEW_MAX_ZOOM);
  _dorsal_diagram_view_pinch_update (self, 400, 350, 0.01);
  g_assert_cmpfloat (dorsal_diagram_view_get_zoom (self), ==, DORSAL_DIAGRAM_VIEW_MIN_ZOOM);

  /* after the fingers lift, scale reports change nothing */
  _dorsal_diagram_view_pinch_update (self, 400, 350, 3.0);
  _dorsal_diagram_view_pinch_end (self);
  _dorsal_diagram_view_pinch_update (self, 100, 100, 6.0);
  g_assert_cmpfloat_with_epsilon (dorsal_diagram_view_get_zoom (self), 3.0, 1e-9);

  /* and the sharper picture for the pinched-in part arrives once it settles */
  wait_settled (self);
  g_assert_nonnull (self->detail.texture);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* What the view paints reaches the screen with the renderer the window has (GL, or cairo on a
 * machine without a GPU, where the drawing is a cairo node): the drawing covers much of the
 * view, and the hover highlight's accent shows at the hovered vertebra. Run under both
 * renderers (tests/diagram/meson.build). */
static void
test_paint (void)
{
  GtkWidget *view = dorsal_diagram_view_new ();
  GtkWidget *window = window_with (view, 600, 600);
  DorsalDiagramView *self = DORSAL_DIAGRAM_VIEW (view);
  GskRenderer *renderer;
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GtkSnapshot) snapshot = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree guint8 *pixels = NULL;
  GdkRGBA accent, halo, bg, fg;
  RsvgRectangle box;
  double x0, y0, x1, y1;
  int width, height, stride;
  guint painted = 0, accented = 0;

  wait_settled (self);
  _dorsal_diagram_view_set_hover (self, "vertebra-t7");
  g_assert_true (dorsal_diagram_get_box (_dorsal_diagram_view_get_diagram (self), "vertebra-t7", &box));
  _dorsal_diagram_view_to_widget (self, box.x, box.y, &x0, &y0);
  _dorsal_diagram_view_to_widget (self, box.x + box.width, box.y + box.height, &x1, &y1);

  renderer = gtk_native_get_renderer (GTK_NATIVE (window));
  g_test_message ("renderer: %s (GSK_RENDERER=%s)", G_OBJECT_TYPE_NAME (renderer),
                  g_getenv ("GSK_RENDERER") != NULL ? g_getenv ("GSK_RENDERER") : "unset");
  if (g_strcmp0 (g_getenv ("GSK_RENDERER"), "cairo") == 0)
    g_assert_true (GSK_IS_CAIRO_RENDERER (renderer));

  width = gtk_widget_get_width (view);
  height = gtk_widget_get_height (view);
  paintable = gtk_widget_paintable_new (view);
  /* the paintable takes the widget's picture from the frames that follow */
  gtk_widget_queue_draw (view);
  {
    gint64 until = g_get_monotonic_time () + 300 * 1000;
    guint ticker = g_timeout_add (10, wake, NULL);

    while (g_get_monotonic_time () < until)
      g_main_context_iteration (NULL, TRUE);
    g_source_remove (ticker);
  }
  snapshot = gtk_snapshot_new ();
  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), width, height);
  node = gtk_snapshot_to_node (snapshot);
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, width, height));
  g_assert_cmpint (gdk_texture_get_width (texture), ==, width);

  stride = width * 4;
  pixels = g_malloc ((gsize) stride * height);
  gdk_texture_download (texture, pixels, stride);
  _dorsal_diagram_view_get_colours (self, &accent, &halo, &bg, &fg);

  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      {
        const guint8 *p = pixels + y * stride + x * 4;   /* B G R A, premultiplied */
        gboolean inside = x >= x0 - 4 && x <= x1 + 4 && y >= y0 - 4 && y <= y1 + 4;

        painted += p[3] > 200;
        /* the accent ring: close to the accent colour, around the hovered vertebra */
        if (inside && p[3] > 200 &&
            fabs (p[2] / 255.0 - accent.red) < 0.12 && fabs (p[1] / 255.0 - accent.green) < 0.12 &&
            fabs (p[0] / 255.0 - accent.blue) < 0.12)
          accented++;
      }

  g_test_message ("%u of %d pixels painted, %u in the accent around T7", painted, width * height, accented);
  g_assert_cmpuint (painted, >, (guint) (width * height / 4));
  g_assert_cmpuint (accented, >, 20);

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  dorsal_resources_register ();

  g_test_add_func ("/diagram-view/new-destroy", test_new_destroy);
  g_test_add_func ("/diagram-view/properties", test_properties);
  g_test_add_func ("/diagram-view/name-func", test_name_func);
  g_test_add_func ("/diagram-view/pick-in-window", test_pick_in_window);
  g_test_add_func ("/diagram-view/keyboard", test_keyboard);
  g_test_add_func ("/diagram-view/zoom-fixed-point", test_zoom_fixed_point);
  g_test_add_func ("/diagram-view/pinch", test_pinch);
  g_test_add_func ("/diagram-view/paint", test_paint);
  g_test_add_func ("/diagram-view/selection-survives-view-switch",
                   test_selection_survives_view_switch);
  g_test_add_func ("/diagram-view/resize", test_resize);
  g_test_add_func ("/diagram-view/pick-mode", test_pick_mode);
  g_test_add_func ("/diagram-view/referred-mode", test_referred_mode);
  g_test_add_func ("/diagram-view/show-ids", test_show_ids);
  g_test_add_func ("/diagram-view/layers-and-reset", test_layers_and_reset);
  g_test_add_func ("/diagram-pane/actions", test_pane);

  return g_test_run ();
}
