/* test-classroom.c: classroom mode, the tour stepping over the drawing, and a scored quiz round
 *
 * Copyright 2026 The Dorsal authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "dorsal-application.h"
#include "dorsal-classroom.h"
#include "dorsal-diagram-pane.h"
#include "dorsal-quiz-panel.h"
#include "dorsal-resources.h"
#include "dorsal-tour-bar.h"
#include "dorsal-window.h"
#include "modes-gui-test-util.h"

static DorsalWindow *
new_window (void)
{
  DorsalWindow *window = g_object_new (DORSAL_TYPE_WINDOW, NULL);

  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  return window;
}

static void
destroy_window (DorsalWindow *window)
{
  g_object_ref (window);
  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

static gboolean
strv_equal (const char * const *a,
            const char * const *b)
{
  if (a == NULL || b == NULL)
    return a == b;
  return g_strv_equal (a, b);
}

/* The button labelled @label inside @root, or NULL. */
static GtkWidget *
find_button (GtkWidget  *root,
             const char *label)
{
  if (GTK_IS_BUTTON (root) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (root)), label) == 0)
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_button (child, label);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static void
test_classroom_enter_leave (void)
{
  DorsalWindow *window = new_window ();
  DorsalDiagramView *view = modes_test_window_diagram (window);

  gtk_window_present (GTK_WINDOW (window));
  g_assert_false (dorsal_classroom_get_active (window));

  dorsal_classroom_set_active (window, TRUE);
  g_assert_true (dorsal_classroom_get_active (window));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (window), "classroom"));
  g_assert_true (dorsal_diagram_view_get_projector (view));
  g_assert_true (dorsal_diagram_view_get_show_labels (view));
  modes_test_spin (0.1);

  /* the classroom's buttons cover neither the drawing (and its labels) nor the text */
  {
    GtkWidget *bar = gtk_widget_get_parent (find_button (GTK_WIDGET (window), "_Tour"));
    graphene_rect_t bar_bounds, view_bounds;

    modes_test_spin (0.2);
    g_assert_true (gtk_widget_get_mapped (bar));
    g_assert_true (gtk_widget_compute_bounds (bar, GTK_WIDGET (window), &bar_bounds));
    g_assert_true (gtk_widget_compute_bounds (GTK_WIDGET (view), GTK_WIDGET (window), &view_bounds));
    g_test_message ("drawing ends at y=%.0f, the classroom bar starts at y=%.0f",
                    view_bounds.origin.y + view_bounds.size.height, bar_bounds.origin.y);
    g_assert_cmpfloat (view_bounds.origin.y + view_bounds.size.height, <=, bar_bounds.origin.y);
  }

  dorsal_classroom_set_active (window, FALSE);
  g_assert_false (dorsal_classroom_get_active (window));
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (window), "classroom"));
  g_assert_false (dorsal_diagram_view_get_projector (view));
  /* labels go back to what they were before class */
  g_assert_false (dorsal_diagram_view_get_show_labels (view));

  /* the toolbar's buttons: Tour starts the tour, Leave leaves */
  dorsal_classroom_set_active (window, TRUE);
  g_signal_emit_by_name (find_button (GTK_WIDGET (window), "_Tour"), "clicked");
  g_assert_true (gtk_widget_get_visible (dorsal_classroom_get_tour_bar (dorsal_classroom_get_for_window (window))));
  g_signal_emit_by_name (dorsal_classroom_get_tour_bar (dorsal_classroom_get_for_window (window)), "closed");
  g_signal_emit_by_name (find_button (GTK_WIDGET (window), "_Leave Classroom"), "clicked");
  g_assert_false (dorsal_classroom_get_active (window));
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (window), "classroom"));

  destroy_window (window);
}

static void
test_classroom_tour (void)
{
  DorsalWindow *window = new_window ();
  DorsalDiagramView *view = modes_test_window_diagram (window);
  DorsalClassroom *classroom;
  DorsalTourBar *bar;
  DorsalTour *tour;
  guint n, referred_steps;

  gtk_window_present (GTK_WINDOW (window));
  classroom = dorsal_classroom_get_for_window (window);
  dorsal_classroom_start_tour (classroom);
  g_assert_true (dorsal_classroom_get_active (window));

  bar = DORSAL_TOUR_BAR (dorsal_classroom_get_tour_bar (classroom));
  g_assert_nonnull (bar);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (bar)));
  g_assert_true (dorsal_tour_bar_get_diagram_view (bar) == GTK_WIDGET (view));
  tour = dorsal_tour_bar_get_tour (bar);
  n = dorsal_tour_get_n_steps (tour);

  /* forward with the clicker's Page Down: every step shows its view and ids */
  referred_steps = 0;
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *counter = g_strdup_printf ("Step %u of %u", i + 1, n);

      if (i > 0)
        g_assert_true (dorsal_tour_bar_handle_key (bar, GDK_KEY_Page_Down, 0));
      g_assert_cmpuint (dorsal_tour_get_position (tour), ==, i);
      g_assert_cmpstr (dorsal_tour_bar_get_counter_text (bar), ==, counter);
      g_assert_cmpstr (dorsal_diagram_view_get_view (view), ==, dorsal_tour_get_step_view (tour, i));
      g_assert_true (strv_equal (dorsal_diagram_view_get_shown_ids (view),
                                 dorsal_tour_get_step_ids (tour, i)));
      /* a step about referred pain turns the drawing's referred-pain mode on, and only it */
      g_assert_true (dorsal_diagram_view_get_referred_mode (view) ==
                     g_str_has_prefix (dorsal_tour_get_step_ids (tour, i)[0], "referred-"));
      if (dorsal_diagram_view_get_referred_mode (view))
        referred_steps++;
    }
  g_assert_cmpuint (referred_steps, >=, 1);
  /* past the end stays at the end */
  g_assert_true (dorsal_tour_bar_handle_key (bar, GDK_KEY_space, 0));
  g_assert_cmpuint (dorsal_tour_get_position (tour), ==, n - 1);

  /* and back with Page Up, Left and Up */
  for (guint i = n - 1; i > 0; i--)
    {
      static const guint back[] = { GDK_KEY_Page_Up, GDK_KEY_Left, GDK_KEY_Up };

      g_assert_true (dorsal_tour_bar_handle_key (bar, back[i % G_N_ELEMENTS (back)], 0));
      g_assert_cmpuint (dorsal_tour_get_position (tour), ==, i - 1);
      g_assert_cmpstr (dorsal_diagram_view_get_view (view), ==, dorsal_tour_get_step_view (tour, i - 1));
      g_assert_true (strv_equal (dorsal_diagram_view_get_shown_ids (view),
                                 dorsal_tour_get_step_ids (tour, i - 1)));
    }

  /* End and Home jump; letters and Ctrl+keys are not the tour's */
  g_assert_true (dorsal_tour_bar_handle_key (bar, GDK_KEY_End, 0));
  g_assert_cmpuint (dorsal_tour_get_position (tour), ==, n - 1);
  g_assert_true (dorsal_tour_bar_handle_key (bar, GDK_KEY_Home, 0));
  g_assert_cmpuint (dorsal_tour_get_position (tour), ==, 0);
  g_assert_true (dorsal_tour_bar_handle_key (bar, GDK_KEY_space, 0));
  g_assert_true (dorsal_tour_bar_handle_key (bar, GDK_KEY_space, GDK_SHIFT_MASK));
  g_assert_cmpuint (dorsal_tour_get_position (tour), ==, 0);
  g_assert_false (dorsal_tour_bar_handle_key (bar, GDK_KEY_t, 0));
  g_assert_false (dorsal_tour_bar_handle_key (bar, GDK_KEY_Page_Down, GDK_CONTROL_MASK));
  g_assert_cmpuint (dorsal_tour_get_position (tour), ==, 0);

  /* steps with nerves show the nerve layer, which is off by default */
  dorsal_tour_bar_handle_key (bar, GDK_KEY_End, 0);
  g_assert_true (dorsal_diagram_view_get_layer_visible (view, "nerves"));

  /* closing the tour keeps the classroom; leaving the classroom hides everything */
  g_signal_emit_by_name (bar, "closed");
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (bar)));
  g_assert_true (dorsal_classroom_get_active (window));
  dorsal_classroom_start_tour (classroom);
  g_assert_cmpuint (dorsal_tour_get_position (tour), ==, 0);
  dorsal_classroom_set_active (window, FALSE);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (bar)));

  destroy_window (window);
}

static void
click (GtkWidget *button)
{
  g_assert_true (GTK_IS_BUTTON (button));
  g_signal_emit_by_name (button, "clicked");
}

static void
test_classroom_quiz (void)
{
  DorsalWindow *window = new_window ();
  DorsalDiagramView *view = modes_test_window_diagram (window);
  DorsalClassroom *classroom;
  DorsalQuizPanel *panel;
  DorsalQuiz *quiz;
  g_autoptr(GRand) rand = g_rand_new_with_seed (11);
  guint round;

  gtk_window_present (GTK_WINDOW (window));
  classroom = dorsal_classroom_get_for_window (window);
  dorsal_classroom_start_quiz (classroom);
  panel = DORSAL_QUIZ_PANEL (dorsal_classroom_get_quiz_panel (classroom));
  g_assert_nonnull (panel);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (panel)));
  modes_test_spin (0.1);

  quiz = dorsal_quiz_panel_get_quiz (panel);
  dorsal_quiz_panel_start (panel, 6, rand);
  round = dorsal_quiz_get_round_length (quiz);
  g_assert_cmpuint (round, ==, 6);

  /* answers right, wrong, right, wrong, then a skip and a right one */
  for (guint i = 0; i < round; i++)
    {
      DorsalQuizQuestion *question = dorsal_quiz_get_current (quiz);
      gboolean right = (i % 2 == 0) || i == 5;

      g_assert_cmpint (dorsal_quiz_panel_get_page (panel), ==, DORSAL_QUIZ_PANEL_PAGE_QUESTION);
      g_assert_cmpstr (dorsal_diagram_view_get_view (view), ==, dorsal_quiz_question_get_view (question));
      /* the class answers on a drawing that gives nothing away */
      g_assert_null (dorsal_diagram_view_get_shown_ids (view));

      if (i == 4)
        dorsal_quiz_panel_skip (panel);
      else if (dorsal_quiz_question_get_kind (question) == DORSAL_QUIZ_KIND_TAP)
        g_signal_emit_by_name (view, "structure-activated",
                               right ? dorsal_quiz_question_get_answer_ids (question)[0] : "vertebra-l1");
      else
        {
          guint correct = dorsal_quiz_question_get_correct_option (question);
          guint option = right ? correct : (correct + 1) % dorsal_quiz_question_get_n_options (question);

          /* a tap on the drawing does not answer a choice question */
          g_signal_emit_by_name (view, "structure-activated", "vertebra-t7");
          g_assert_cmpint (dorsal_quiz_panel_get_page (panel), ==, DORSAL_QUIZ_PANEL_PAGE_QUESTION);
          click (dorsal_quiz_panel_get_option_button (panel, option));
        }

      /* feedback, with the right structures lit up */
      g_assert_cmpint (dorsal_quiz_panel_get_page (panel), ==, DORSAL_QUIZ_PANEL_PAGE_FEEDBACK);
      g_assert_true (strv_equal (dorsal_diagram_view_get_shown_ids (view),
                                 dorsal_quiz_question_get_show_ids (question)));
      if (i == 4)
        g_assert_nonnull (strstr (dorsal_quiz_panel_get_feedback (panel), "Skipped"));
      else if (right)
        g_assert_nonnull (strstr (dorsal_quiz_panel_get_feedback (panel), "Right"));
      else
        g_assert_nonnull (strstr (dorsal_quiz_panel_get_feedback (panel), "Not quite"));

      /* a second tap while the feedback shows changes nothing */
      g_signal_emit_by_name (view, "structure-activated", "vertebra-t1");
      dorsal_quiz_panel_next (panel);
    }

  g_assert_cmpint (dorsal_quiz_panel_get_page (panel), ==, DORSAL_QUIZ_PANEL_PAGE_SCORE);
  g_assert_cmpuint (dorsal_quiz_get_n_right (quiz), ==, 3);
  g_assert_cmpuint (dorsal_quiz_get_n_wrong (quiz), ==, 2);
  g_assert_cmpuint (dorsal_quiz_get_n_skipped (quiz), ==, 1);
  g_assert_cmpstr (dorsal_quiz_panel_get_score_text (panel), ==, "3 / 6");

  dorsal_classroom_set_active (window, FALSE);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (panel)));

  destroy_window (window);
}

static void
test_widgets_new_destroy (void)
{
  g_autoptr(DorsalTour) tour = dorsal_tour_load_default (NULL);
  g_autoptr(DorsalQuiz) quiz = dorsal_quiz_load_default (NULL);
  GtkWidget *bar = g_object_ref_sink (dorsal_tour_bar_new (tour));
  GtkWidget *panel = g_object_ref_sink (dorsal_quiz_panel_new (quiz));
  GtkWidget *view = g_object_ref_sink (dorsal_diagram_view_new ());

  g_assert_true (dorsal_tour_bar_get_tour (DORSAL_TOUR_BAR (bar)) == tour);
  g_object_set (bar, "diagram-view", view, NULL);
  g_assert_true (dorsal_tour_bar_get_diagram_view (DORSAL_TOUR_BAR (bar)) == view);
  g_assert_cmpstr (dorsal_tour_bar_get_counter_text (DORSAL_TOUR_BAR (bar)), ==, "Step 1 of 17");
  dorsal_quiz_panel_set_diagram_view (DORSAL_QUIZ_PANEL (panel), view);
  dorsal_quiz_panel_start (DORSAL_QUIZ_PANEL (panel), 0, NULL);
  g_assert_cmpuint (dorsal_quiz_get_round_length (quiz), ==, 10);

  /* the drawing may go first; neither widget keeps it */
  g_assert_finalize_object (view);
  g_assert_null (dorsal_tour_bar_get_diagram_view (DORSAL_TOUR_BAR (bar)));
  g_assert_finalize_object (bar);
  g_assert_finalize_object (panel);
}

static void
on_activate_classroom (GApplication *app,
                       gboolean     *ran)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));
  g_auto(GStrv) accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), "app.classroom");

  /* --classroom: the window starts in classroom mode */
  g_assert_true (DORSAL_IS_WINDOW (window));
  g_assert_true (dorsal_classroom_get_active (DORSAL_WINDOW (window)));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (window), "classroom"));

  /* F5 toggles it */
  g_assert_true (g_strv_contains ((const char * const *) accels, "F5"));
  g_action_group_activate_action (G_ACTION_GROUP (app), "classroom", NULL);
  g_assert_false (dorsal_classroom_get_active (DORSAL_WINDOW (window)));
  g_action_group_activate_action (G_ACTION_GROUP (app), "classroom", NULL);
  g_assert_true (dorsal_classroom_get_active (DORSAL_WINDOW (window)));

  *ran = TRUE;
  gtk_window_destroy (window);
}

static void
test_classroom_app (void)
{
  DorsalApplication *app = g_object_new (DORSAL_TYPE_APPLICATION,
                                         "application-id", APP_ID,
                                         "flags", G_APPLICATION_NON_UNIQUE,
                                         NULL);
  char *argv[] = { (char *) "dorsal", (char *) "--classroom", NULL };
  gboolean ran = FALSE;

  g_signal_connect_after (app, "activate", G_CALLBACK (on_activate_classroom), &ran);
  g_assert_cmpint (g_application_run (G_APPLICATION (app), 2, argv), ==, 0);
  g_assert_true (ran);
  g_assert_finalize_object (app);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  dorsal_resources_register ();

  g_test_add_func ("/modes/classroom/enter-leave", test_classroom_enter_leave);
  g_test_add_func ("/modes/classroom/app", test_classroom_app);
  g_test_add_func ("/modes/classroom/tour", test_classroom_tour);
  g_test_add_func ("/modes/classroom/quiz", test_classroom_quiz);
  g_test_add_func ("/modes/classroom/widgets-new-destroy", test_widgets_new_destroy);

  return g_test_run ();
}
