/* test-motion.c: reduced motion. With gtk-enable-animations off (the system's "reduce
 * animation" setting), everything that moves arrives at once: the side flap, the question
 * pages, the drawing's zoom by key, and the classroom tour's steps.
 *
 * Copyright 2026 The Dorsal authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "a11y-test-util.h"
#include "dorsal-assessment-pane.h"
#include "dorsal-classroom.h"
#include "dorsal-diagram-view.h"
#include "dorsal-diagram-view-private.h"
#include "dorsal-resources.h"
#include "dorsal-tour.h"
#include "dorsal-tour-bar.h"
#include "dorsal-window.h"

static gboolean
has_regions (gpointer data)
{
  return _dorsal_diagram_view_get_region (data, "vertebra-t7") != NULL;
}

static gboolean
strv_same (const char * const *a,
           const char * const *b)
{
  guint n = a != NULL ? g_strv_length ((char **) a) : 0;

  if (n != (b != NULL ? g_strv_length ((char **) b) : 0))
    return FALSE;
  for (guint i = 0; i < n; i++)
    if (!g_strv_contains (b, a[i]))
      return FALSE;
  return TRUE;
}

static void
test_no_motion (void)
{
  DorsalWindow *window = a11y_window_new (1280, 800);
  AdwFlap *flap = ADW_FLAP (a11y_find_type (GTK_WIDGET (window), ADW_TYPE_FLAP));
  GtkWidget *pane = a11y_find_type (GTK_WIDGET (window), DORSAL_TYPE_ASSESSMENT_PANE);
  GtkWidget *view = a11y_find_type (GTK_WIDGET (window), DORSAL_TYPE_DIAGRAM_VIEW);
  GtkStack *stack;

  g_assert_nonnull (flap);
  g_assert_nonnull (pane);
  g_assert_nonnull (view);
  stack = GTK_STACK (a11y_find_type (pane, GTK_TYPE_STACK));
  g_assert_nonnull (stack);

  /* the flap: open at once */
  dorsal_window_set_assessment_open (window, TRUE);
  a11y_spin ();
  g_assert_cmpfloat (adw_flap_get_reveal_progress (flap), ==, 1.0);

  /* the question pages: no slide running */
  g_assert_true (gtk_widget_activate_action (pane, "assessment.start", NULL));
  g_assert_false (gtk_stack_get_transition_running (stack));

  /* the drawing: a zoom key takes effect before the next frame */
  g_assert_true (a11y_wait_for (has_regions, view, 30));
  dorsal_diagram_view_zoom_in (DORSAL_DIAGRAM_VIEW (view));
  g_assert_cmpfloat_with_epsilon (dorsal_diagram_view_get_zoom (DORSAL_DIAGRAM_VIEW (view)), 1.5, 1e-9);
  dorsal_diagram_view_zoom_fit (DORSAL_DIAGRAM_VIEW (view));
  g_assert_cmpfloat_with_epsilon (dorsal_diagram_view_get_zoom (DORSAL_DIAGRAM_VIEW (view)), 1.0, 1e-9);

  a11y_window_destroy (window);
}

/* the tour: each step shows its view and structures in the same main-loop turn */
static void
test_tour_steps_at_once (void)
{
  DorsalWindow *window = a11y_window_new (1280, 800);
  GtkWidget *view = a11y_find_type (GTK_WIDGET (window), DORSAL_TYPE_DIAGRAM_VIEW);
  DorsalClassroom *classroom = dorsal_classroom_get_for_window (window);
  DorsalTourBar *bar;
  DorsalTour *tour;

  g_assert_nonnull (classroom);
  dorsal_classroom_start_tour (classroom);
  a11y_spin ();
  bar = DORSAL_TOUR_BAR (dorsal_classroom_get_tour_bar (classroom));
  tour = dorsal_tour_bar_get_tour (bar);
  g_assert_cmpuint (dorsal_tour_get_n_steps (tour), >, 2);
  for (guint i = 1; i < 3; i++)
    {
      g_assert_true (dorsal_tour_bar_handle_key (bar, GDK_KEY_Page_Down, 0));
      /* no main-loop turn in between */
      g_assert_cmpstr (dorsal_diagram_view_get_view (DORSAL_DIAGRAM_VIEW (view)), ==,
                       dorsal_tour_get_step_view (tour, i));
      g_assert_true (strv_same (dorsal_diagram_view_get_shown_ids (DORSAL_DIAGRAM_VIEW (view)),
                                dorsal_tour_get_step_ids (tour, i)));
    }
  dorsal_classroom_stop (classroom);
  dorsal_classroom_set_active (window, FALSE);
  a11y_window_destroy (window);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  dorsal_resources_register ();

  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

  g_test_add_func ("/a11y/motion/none", test_no_motion);
  g_test_add_func ("/a11y/motion/tour", test_tour_steps_at_once);

  return g_test_run ();
}
