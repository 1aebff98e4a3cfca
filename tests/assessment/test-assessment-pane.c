/* test-assessment-pane.c: the self-assessment pane, driven by keyboard activation and its actions
 *
 * Copyright 2026 The Dorsal authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <string.h>
#include <glib/gstdio.h>

#include "dorsal-assessment-pane.h"
#include "dorsal-assessment-pane-private.h"
#include "dorsal-assessment-question.h"
#include "dorsal-resources.h"

typedef struct
{
  DorsalTriage         *triage;
  GtkWindow            *window;
  DorsalAssessmentPane *pane;
  GSettings            *settings;
} Fixture;

static void
run_main_loop (void)
{
  for (guint i = 0; i < 50 && g_main_context_pending (NULL); i++)
    g_main_context_iteration (NULL, FALSE);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->triage = dorsal_triage_new_default (&error);
  g_assert_no_error (error);
  fixture->settings = g_settings_new (APP_ID);
  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, 480, 800);
  fixture->pane = DORSAL_ASSESSMENT_PANE (dorsal_assessment_pane_new (fixture->triage));
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->pane));
  gtk_window_present (fixture->window);
  run_main_loop ();
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_settings_reset (fixture->settings, "kiosk-mode");
  g_settings_reset (fixture->settings, "allow-printing");
  g_settings_reset (fixture->settings, "emergency-number");
  gtk_window_destroy (fixture->window);
  run_main_loop ();
  g_clear_object (&fixture->settings);
  g_assert_finalize_object (fixture->triage);
}

static const char *
page (Fixture *fixture)
{
  return _dorsal_assessment_pane_get_page (fixture->pane);
}

static GtkWidget *
focus (Fixture *fixture)
{
  return gtk_root_get_focus (GTK_ROOT (fixture->window));
}

/* The widget Tab reaches next, as a keyboard user would move. */
static GtkWidget *
tab (Fixture *fixture)
{
  g_assert_true (gtk_widget_child_focus (GTK_WIDGET (fixture->window), GTK_DIR_TAB_FORWARD));
  return focus (fixture);
}

static gboolean
set_done (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

/* Enter or Space on a button: the same "activate" the keyboard sends. A
 * button shows itself pressed for a moment before it clicks. */
static void
press (GtkWidget *widget)
{
  gboolean done = FALSE;

  g_assert_nonnull (widget);
  g_assert_true (gtk_widget_is_sensitive (widget));
  g_assert_true (gtk_widget_activate (widget));
  g_timeout_add (GTK_IS_CHECK_BUTTON (widget) ? 10 : 300, set_done, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
  run_main_loop ();
}

static void
answer (Fixture    *fixture,
        const char *value)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->pane), "assessment.answer",
                                             "s", value));
  run_main_loop ();
}

static GtkWidget *
find_button_with_label (GtkWidget  *root,
                        const char *label)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_BUTTON (child) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (child)), label) == 0)
        return child;
      found = find_button_with_label (child, label);
      if (found != NULL)
        return found;
    }
  return NULL;
}

static GtkWidget *
find_widget_of_type (GtkWidget *root,
                     GType      type)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type))
        return child;
      found = find_widget_of_type (child, type);
      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
answer_up_to (Fixture    *fixture,
              const char *question_id)
{
  guint n = dorsal_triage_get_n_questions (fixture->triage);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->pane), "assessment.start", NULL));
  for (guint i = 0; i < n; i++)
    {
      const DorsalQuestion *question = dorsal_triage_get_question (fixture->triage, i);
      const char *id = dorsal_question_get_id (question);

      if (g_str_equal (id, question_id))
        break;
      switch (dorsal_question_get_kind (question))
        {
        case DORSAL_QUESTION_NUMBER:
          answer (fixture, "30");
          break;
        case DORSAL_QUESTION_CHOICE:
          answer (fixture, dorsal_question_get_values (question)[0]);
          break;
        case DORSAL_QUESTION_ZONES:
          answer (fixture, "");
          break;
        case DORSAL_QUESTION_YESNO:
        default:
          answer (fixture, "no");
          break;
        }
    }
  {
    g_autofree char *expected = g_strconcat ("question-", question_id, NULL);

    g_assert_cmpstr (page (fixture), ==, expected);
  }
}

static void
test_pane_new_destroy (void)
{
  g_autoptr(GError) error = NULL;
  DorsalTriage *triage = dorsal_triage_new_default (&error);
  GtkWidget *pane;

  g_assert_no_error (error);
  pane = dorsal_assessment_pane_new (triage);
  g_object_ref_sink (pane);
  g_assert_true (dorsal_assessment_pane_get_triage (DORSAL_ASSESSMENT_PANE (pane)) == triage);
  g_assert_cmpstr (_dorsal_assessment_pane_get_page (DORSAL_ASSESSMENT_PANE (pane)), ==, "start");
  g_assert_null (dorsal_assessment_pane_get_level (DORSAL_ASSESSMENT_PANE (pane)));
  g_assert_finalize_object (pane);
  g_assert_finalize_object (triage);
}

/* Start, then every answer by Tab and Enter alone: age on the keypad, the
 * first choice, "no" to every warning sign, no pain zones. */
static void
test_pane_keyboard_walkthrough (Fixture       *fixture,
                                gconstpointer  data)
{
  guint n = dorsal_triage_get_n_questions (fixture->triage);
  GtkWidget *widget;
  g_autoptr(DorsalOutcome) outcome = NULL;

  g_assert_cmpstr (page (fixture), ==, "start");
  widget = focus (fixture);
  g_assert_true (GTK_IS_BUTTON (widget));
  press (widget);

  for (guint i = 0; i < n; i++)
    {
      const DorsalQuestion *question = dorsal_triage_get_question (fixture->triage, i);
      g_autofree char *expected = g_strconcat ("question-", dorsal_question_get_id (question), NULL);
      GtkWidget *question_page;

      g_assert_cmpstr (page (fixture), ==, expected);
      question_page = _dorsal_assessment_pane_get_page_widget (fixture->pane, expected);
      widget = focus (fixture);
      g_assert_nonnull (widget);
      g_assert_true (gtk_widget_is_ancestor (widget, question_page));

      switch (dorsal_question_get_kind (question))
        {
        case DORSAL_QUESTION_NUMBER:
          /* Tab from the age field onto the keypad, then 3, 0, OK */
          while (!GTK_IS_BUTTON (widget))
            widget = tab (fixture);
          press (find_button_with_label (question_page, "3"));
          press (find_button_with_label (question_page, "0"));
          press (find_button_with_label (question_page, "OK"));
          break;

        case DORSAL_QUESTION_CHOICE:
          g_assert_true (GTK_IS_BUTTON (widget));
          press (widget);
          break;

        case DORSAL_QUESTION_YESNO:
          /* focus starts on "Yes"; one Tab reaches "No" */
          g_assert_cmpstr (g_object_get_data (G_OBJECT (widget), "dorsal-value"), ==, "yes");
          widget = tab (fixture);
          g_assert_cmpstr (g_object_get_data (G_OBJECT (widget), "dorsal-value"), ==, "no");
          press (widget);
          break;

        case DORSAL_QUESTION_ZONES:
        default:
          /* Tab past the zones and the drawing button to "Next" */
          do
            widget = tab (fixture);
          while (!GTK_IS_BUTTON (widget) || GTK_IS_TOGGLE_BUTTON (widget) ||
                 g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), "_Next") != 0);
          press (widget);
          break;
        }
    }

  g_assert_cmpstr (page (fixture), ==, "outcome");
  g_assert_cmpstr (dorsal_assessment_pane_get_level (fixture->pane), ==, "self-care");
  g_assert_cmpstr (dorsal_answers_get (dorsal_assessment_pane_get_answers (fixture->pane), "age"),
                   ==, "30");
  outcome = dorsal_triage_evaluate (fixture->triage, dorsal_assessment_pane_get_answers (fixture->pane));
  g_assert_true (dorsal_outcome_get_complete (outcome));

  /* Back returns to the last question, as Alt+Left would */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->pane), "assessment.back", NULL));
  g_assert_cmpstr (page (fixture), ==, "question-pain-location");
}

static void
test_pane_emergency_interrupts (Fixture       *fixture,
                                gconstpointer  data)
{
  GtkWidget *emergency;
  GtkAccessibleRole role;
  g_autofree char *number_text = NULL;

  answer_up_to (fixture, "chest-pain");
  answer (fixture, "yes");

  /* at once, before the next question */
  g_assert_cmpstr (page (fixture), ==, "emergency");
  g_assert_cmpstr (dorsal_assessment_pane_get_level (fixture->pane), ==, "call-emergency");
  emergency = _dorsal_assessment_pane_get_emergency (fixture->pane);
  g_object_get (emergency, "accessible-role", &role, NULL);
  g_assert_cmpint (role, ==, GTK_ACCESSIBLE_ROLE_ALERT);
  g_assert_true (gtk_widget_get_mapped (emergency));
  g_assert_true (focus (fixture) == emergency);

  /* LANG=C.UTF-8 has no territory: 112, shown large */
  g_assert_cmpstr (_dorsal_assessment_pane_get_emergency_number (fixture->pane), ==, "112");
  for (GtkWidget *w = gtk_widget_get_first_child (emergency); w != NULL;
       w = gtk_widget_get_next_sibling (w))
    if (gtk_widget_has_css_class (w, "dorsal-emergency-number"))
      number_text = g_strdup (gtk_label_get_label (GTK_LABEL (w)));
  g_assert_cmpstr (number_text, ==, "112");

  /* continue: the next question; the same level again does not interrupt */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->pane), "assessment.continue", NULL));
  g_assert_cmpstr (page (fixture), ==, "question-breathless");
  answer (fixture, "yes");
  g_assert_cmpstr (page (fixture), ==, "question-tearing-pain");
  answer (fixture, "no");
  answer (fixture, "no");
  g_assert_cmpstr (page (fixture), ==, "question-leg-weakness");
  /* a lower interrupting level does not interrupt either */
  answer (fixture, "yes");
  g_assert_cmpstr (page (fixture), ==, "question-leg-numbness");
  g_assert_cmpstr (dorsal_assessment_pane_get_level (fixture->pane), ==, "call-emergency");
}

static void
test_pane_emergency_number_setting (Fixture       *fixture,
                                    gconstpointer  data)
{
  g_settings_set_string (fixture->settings, "emergency-number", "999");
  answer_up_to (fixture, "leg-weakness");
  answer (fixture, "yes");
  g_assert_cmpstr (page (fixture), ==, "emergency");
  g_assert_cmpstr (dorsal_assessment_pane_get_level (fixture->pane), ==, "emergency-department");
  g_assert_cmpstr (_dorsal_assessment_pane_get_emergency_number (fixture->pane), ==, "999");
}

static void
test_pane_not_sure_no_interrupt (Fixture       *fixture,
                                 gconstpointer  data)
{
  answer_up_to (fixture, "leg-weakness");
  answer (fixture, "not-sure");
  g_assert_cmpstr (dorsal_assessment_pane_get_level (fixture->pane), ==, "urgent");
  g_assert_cmpstr (page (fixture), ==, "question-leg-numbness");
}

static void
test_pane_start_over (Fixture       *fixture,
                      gconstpointer  data)
{
  DorsalAnswers *answers = dorsal_assessment_pane_get_answers (fixture->pane);
  const char *zones[] = { "zone-neck", NULL };
  guint n = dorsal_triage_get_n_questions (fixture->triage);

  answer_up_to (fixture, "fever");
  answer (fixture, "yes");
  dorsal_assessment_pane_set_picked_zones (fixture->pane, zones);
  g_assert_nonnull (dorsal_answers_get (answers, "fever"));
  g_assert_cmpstr (dorsal_assessment_pane_get_level (fixture->pane), ==, "urgent");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->pane), "assessment.start-over", NULL));
  run_main_loop ();
  g_assert_cmpstr (page (fixture), ==, "start");
  g_assert_null (dorsal_assessment_pane_get_level (fixture->pane));
  g_assert_cmpuint (g_strv_length ((char **) dorsal_assessment_pane_get_picked_zones (fixture->pane)), ==, 0);
  for (guint i = 0; i < n; i++)
    g_assert_null (dorsal_answers_get (answers,
                                       dorsal_question_get_id (dorsal_triage_get_question (fixture->triage, i))));

  /* the pages forget too: the age field is empty again */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->pane), "assessment.start", NULL));
  g_assert_false (gtk_widget_get_sensitive (
    find_button_with_label (_dorsal_assessment_pane_get_page_widget (fixture->pane, "question-age"), "OK")));

  /* dorsal_assessment_pane_reset() is the same, for the kiosk */
  answer (fixture, "40");
  dorsal_assessment_pane_reset (fixture->pane);
  g_assert_null (dorsal_answers_get (answers, "age"));
  g_assert_cmpstr (page (fixture), ==, "start");
}

/* Runs the pane's own key binding for @keyval, as a key press would;
 * returns whether the binding handled it (FALSE lets the key go on). */
static gboolean
press_key (Fixture         *fixture,
           guint            keyval,
           GdkModifierType  modifiers)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (fixture->pane));

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          GtkShortcutTrigger *trigger = gtk_shortcut_get_trigger (shortcut);
          gboolean handled;

          if (!GTK_IS_KEYVAL_TRIGGER (trigger) ||
              /* GTK keeps key triggers in lower case, with the modifiers */
              gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger)) != gdk_keyval_to_lower (keyval) ||
              gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (trigger)) != modifiers)
            continue;
          handled = gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut),
                                                  GTK_SHORTCUT_ACTION_EXCLUSIVE,
                                                  GTK_WIDGET (fixture->pane),
                                                  gtk_shortcut_get_arguments (shortcut));
          run_main_loop ();
          return handled;
        }
    }
  g_error ("no binding for %s", gdk_keyval_name (keyval));
  return FALSE;
}

/* Y, N and S answer yes/no pages only; Backspace and Alt+Left go back. */
static void
test_pane_keys (Fixture       *fixture,
                gconstpointer  data)
{
  DorsalAnswers *answers = dorsal_assessment_pane_get_answers (fixture->pane);

  /* nothing to go back to, nothing to answer: the keys go on */
  g_assert_false (press_key (fixture, GDK_KEY_BackSpace, 0));
  g_assert_false (press_key (fixture, GDK_KEY_y, 0));

  answer_up_to (fixture, "chest-pain");
  g_assert_true (press_key (fixture, GDK_KEY_n, 0));
  g_assert_cmpstr (dorsal_answers_get (answers, "chest-pain"), ==, "no");
  g_assert_true (press_key (fixture, GDK_KEY_S, GDK_SHIFT_MASK));
  g_assert_cmpstr (dorsal_answers_get (answers, "breathless"), ==, "not-sure");
  g_assert_cmpstr (page (fixture), ==, "emergency");
  g_assert_false (press_key (fixture, GDK_KEY_y, 0));
  g_assert_true (press_key (fixture, GDK_KEY_Left, GDK_ALT_MASK));
  g_assert_cmpstr (page (fixture), ==, "question-breathless");
  g_assert_true (press_key (fixture, GDK_KEY_BackSpace, 0));
  g_assert_cmpstr (page (fixture), ==, "question-chest-pain");
  g_assert_true (press_key (fixture, GDK_KEY_y, 0));
  g_assert_cmpstr (page (fixture), ==, "emergency");
  g_assert_cmpstr (dorsal_answers_get (answers, "chest-pain"), ==, "yes");

  /* the age page is no yes/no page: its field takes the letters (and drops them) */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->pane), "assessment.start-over", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->pane), "assessment.start", NULL));
  g_assert_false (press_key (fixture, GDK_KEY_n, 0));
  g_assert_cmpstr (page (fixture), ==, "question-age");
}

/* The age field takes digits only, and OK takes only an age in range. */
static void
test_pane_age_field (Fixture       *fixture,
                     gconstpointer  data)
{
  GtkWidget *age_page = _dorsal_assessment_pane_get_page_widget (fixture->pane, "question-age");
  GtkWidget *spin = find_widget_of_type (age_page, GTK_TYPE_SPIN_BUTTON);
  GtkWidget *ok = find_button_with_label (age_page, "OK");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->pane), "assessment.start", NULL));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (spin)), ==, "");
  g_assert_false (gtk_widget_get_sensitive (ok));

  /* typed keys reach the spin button's text directly */
  {
    int position = 0;

    gtk_editable_insert_text (gtk_editable_get_delegate (GTK_EDITABLE (spin)), "4a5b7", -1,
                              &position);
  }
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (spin)), ==, "457");
  press (ok);
  g_assert_cmpstr (page (fixture), ==, "question-age");
  g_assert_null (dorsal_answers_get (dorsal_assessment_pane_get_answers (fixture->pane), "age"));

  press (find_button_with_label (age_page, "Clear"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (spin)), ==, "");
  press (find_button_with_label (age_page, "5"));
  press (find_button_with_label (age_page, "1"));
  press (ok);
  g_assert_cmpstr (page (fixture), ==, "question-sex");
  g_assert_cmpstr (dorsal_answers_get (dorsal_assessment_pane_get_answers (fixture->pane), "age"),
                   ==, "51");

  /* coming back shows the age given */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->pane), "assessment.back", NULL));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (spin)), ==, "51");
}

static void
count_notify (guint *count)
{
  (*count)++;
}

static void
on_pick_requested (DorsalAssessmentPane *pane,
                   gboolean              active,
                   int                  *last)
{
  *last = active;
}

static void
test_pane_picked_zones (Fixture       *fixture,
                        gconstpointer  data)
{
  const char *ids[] = { "zone-mid-back", "zone-neck", "zone-unknown", NULL };
  const char *bare[] = { "chest-front", NULL };
  DorsalAnswers *answers = dorsal_assessment_pane_get_answers (fixture->pane);
  DorsalAssessmentQuestion *zones_page;
  g_auto(GStrv) checked = NULL;
  g_auto(GStrv) property = NULL;
  guint notified = 0;
  int picking = -1;

  g_signal_connect_swapped (fixture->pane, "notify::picked-zones", G_CALLBACK (count_notify), &notified);
  g_signal_connect (fixture->pane, "pick-zones-requested", G_CALLBACK (on_pick_requested), &picking);
  zones_page = DORSAL_ASSESSMENT_QUESTION (
    _dorsal_assessment_pane_get_page_widget (fixture->pane, "question-pain-location"));

  /* property → list and answer; question order, unknown dropped */
  g_object_set (fixture->pane, "picked-zones", ids, NULL);
  g_assert_cmpuint (notified, ==, 1);
  g_object_get (fixture->pane, "picked-zones", &property, NULL);
  g_assert_cmpstr (property[0], ==, "zone-neck");
  g_assert_cmpstr (property[1], ==, "zone-mid-back");
  g_assert_null (property[2]);
  checked = dorsal_assessment_question_get_zones (zones_page);
  g_assert_cmpuint (g_strv_length (checked), ==, 2);
  g_assert_cmpstr (checked[0], ==, "neck");
  g_assert_cmpstr (dorsal_answers_get (answers, "pain-location"), ==, "neck;mid-back");

  /* the same again notifies nothing */
  g_object_set (fixture->pane, "picked-zones", ids, NULL);
  g_assert_cmpuint (notified, ==, 1);

  /* list → property: a check button toggled by the person */
  answer_up_to (fixture, "pain-location");
  for (GtkWidget *w = gtk_widget_get_first_child (GTK_WIDGET (zones_page)); w != NULL;)
    {
      if (GTK_IS_CHECK_BUTTON (w) &&
          g_strcmp0 (g_object_get_data (G_OBJECT (w), "dorsal-value"), "band-left") == 0)
        {
          press (w);
          break;
        }
      /* depth-first walk */
      if (gtk_widget_get_first_child (w) != NULL)
        w = gtk_widget_get_first_child (w);
      else
        {
          while (w != NULL && gtk_widget_get_next_sibling (w) == NULL)
            w = gtk_widget_get_parent (w);
          if (w != NULL)
            w = gtk_widget_get_next_sibling (w);
        }
    }
  g_assert_cmpuint (notified, ==, 2);
  g_assert_true (g_strv_contains (dorsal_assessment_pane_get_picked_zones (fixture->pane),
                                  "zone-band-left"));
  g_assert_cmpstr (dorsal_answers_get (answers, "pain-location"), ==, "neck;mid-back;band-left");

  /* values without the prefix are taken too */
  dorsal_assessment_pane_set_picked_zones (fixture->pane, bare);
  g_assert_cmpstr (dorsal_assessment_pane_get_picked_zones (fixture->pane)[0], ==, "zone-chest-front");
  g_strfreev (checked);
  checked = dorsal_assessment_question_get_zones (zones_page);
  g_assert_cmpuint (g_strv_length (checked), ==, 1);

  /* "choose on the drawing" asks the window for pick mode, and leaving the page ends it */
  dorsal_assessment_question_set_picking (zones_page, TRUE);
  g_assert_cmpint (picking, ==, TRUE);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->pane), "assessment.back", NULL));
  g_assert_cmpint (picking, ==, FALSE);
}

static void
test_pane_print_kiosk (Fixture       *fixture,
                       gconstpointer  data)
{
  GtkWidget *print = _dorsal_assessment_pane_get_print_button (fixture->pane);

  g_settings_set_boolean (fixture->settings, "kiosk-mode", TRUE);
  g_settings_set_boolean (fixture->settings, "allow-printing", FALSE);
  answer_up_to (fixture, "chest-pain");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->pane), "assessment.show-result", NULL));
  g_assert_cmpstr (page (fixture), ==, "outcome");
  g_assert_false (gtk_widget_get_visible (print));

  g_settings_set_boolean (fixture->settings, "allow-printing", TRUE);
  run_main_loop ();
  g_assert_true (gtk_widget_get_visible (print));

  g_settings_set_boolean (fixture->settings, "allow-printing", FALSE);
  g_settings_set_boolean (fixture->settings, "kiosk-mode", FALSE);
  run_main_loop ();
  g_assert_true (gtk_widget_get_visible (print));

  /* a kiosk started with --kiosk marks its window; that hides it too, from
   * the next time the pane is shown (the flap opens) */
  gtk_widget_add_css_class (GTK_WIDGET (fixture->window), "kiosk");
  gtk_widget_set_visible (GTK_WIDGET (fixture->pane), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (fixture->pane), TRUE);
  run_main_loop ();
  g_assert_false (gtk_widget_get_visible (print));
}

static void
on_topic (DorsalAssessmentPane *pane,
          const char           *topic,
          char                **out)
{
  g_free (*out);
  *out = g_strdup (topic);
}

static GtkWidget *
find_button_with_accessible_label (GtkWidget  *root,
                                   const char *label)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_BUTTON (child))
        {
          g_autofree char *mismatch =
            gtk_test_accessible_check_property (GTK_ACCESSIBLE (child),
                                                GTK_ACCESSIBLE_PROPERTY_LABEL, label);

          if (mismatch == NULL)
            return child;
        }
      found = find_button_with_accessible_label (child, label);
      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The outcome names each reason with its source and the not-sure line, and
 * its buttons ask the window for the topic and its anatomy. */
static void
test_pane_outcome_reasons (Fixture       *fixture,
                           gconstpointer  data)
{
  GtkWidget *outcome = _dorsal_assessment_pane_get_page_widget (fixture->pane, "outcome");
  g_autofree char *topic = NULL;
  g_autofree char *anatomy = NULL;
  guint level_notified = 0;

  g_signal_connect (fixture->pane, "topic-requested", G_CALLBACK (on_topic), &topic);
  g_signal_connect (fixture->pane, "show-topic-anatomy", G_CALLBACK (on_topic), &anatomy);
  g_signal_connect_swapped (fixture->pane, "notify::level", G_CALLBACK (count_notify), &level_notified);

  answer_up_to (fixture, "fever");
  g_assert_cmpuint (level_notified, ==, 1);  /* NULL → self-care */
  answer (fixture, "not-sure");
  g_assert_cmpuint (level_notified, ==, 2);  /* → soon */
  g_assert_cmpstr (dorsal_assessment_pane_get_level (fixture->pane), ==, "soon");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->pane), "assessment.show-result", NULL));
  g_assert_cmpstr (page (fixture), ==, "outcome");
  g_assert_true (gtk_widget_get_visible (
    find_button_with_accessible_label (outcome, "Continue the questions")));

  press (find_button_with_accessible_label (outcome, "Read more"));
  g_assert_cmpstr (topic, ==, "warning-fever");
  press (find_button_with_accessible_label (outcome, "Show me on the drawing"));
  g_assert_cmpstr (anatomy, ==, "warning-fever");

  /* "continue" goes to the first question not answered yet */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->pane), "assessment.continue", NULL));
  g_assert_cmpstr (page (fixture), ==, "question-cancer-history");
}

/* The print operation draws the core's one-page summary; a failure is a
 * toast, never a crash. */
static void
test_pane_print_export (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("dorsal-pane-XXXXXX", &error);
  g_autofree char *path = NULL;
  g_autofree char *bad = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_assert_no_error (error);
  path = g_build_filename (dir, "summary.pdf", NULL);
  bad = g_build_filename (dir, "missing", "summary.pdf", NULL);

  answer_up_to (fixture, "fever");
  answer (fixture, "yes");
  g_assert_true (_dorsal_assessment_print (fixture->pane,
                                           _dorsal_assessment_pane_get_toasts (fixture->pane),
                                           path));
  g_assert_true (g_file_get_contents (path, &contents, &length, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (length, >, 1000);
  g_assert_true (g_str_has_prefix (contents, "%PDF"));
  /* one page; a PDF holds binary streams, so no string search stops at a NUL */
  g_assert_nonnull (memmem (contents, length, "/Count 1", strlen ("/Count 1")));

  /* a folder that does not exist */
  g_assert_false (_dorsal_assessment_print (fixture->pane,
                                            _dorsal_assessment_pane_get_toasts (fixture->pane),
                                            bad));
  g_assert_cmpstr (page (fixture), ==, "question-cancer-history");

  g_assert_cmpint (g_remove (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

static void
assert_notice_shown (Fixture *fixture)
{
  GtkWidget *notice = _dorsal_assessment_pane_get_notice (fixture->pane);
  graphene_rect_t bounds;

  run_main_loop ();
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (notice)), ==,
                   dorsal_triage_get_notice (fixture->triage));
  g_assert_true (gtk_widget_get_mapped (notice));
  g_assert_true (gtk_widget_compute_bounds (notice, GTK_WIDGET (fixture->pane), &bounds));
  g_assert_cmpfloat (bounds.size.height, >, 0);
}

static void
test_pane_notice_everywhere (Fixture       *fixture,
                             gconstpointer  data)
{
  guint n = dorsal_triage_get_n_questions (fixture->triage);
  guint interrupts = 0;

  assert_notice_shown (fixture);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->pane), "assessment.about", NULL));
  g_assert_cmpstr (page (fixture), ==, "about");
  assert_notice_shown (fixture);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->pane), "assessment.back", NULL));
  g_assert_cmpstr (page (fixture), ==, "start");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->pane), "assessment.start", NULL));
  for (guint i = 0; i < n; i++)
    {
      const DorsalQuestion *question = dorsal_triage_get_question (fixture->triage, i);

      assert_notice_shown (fixture);
      switch (dorsal_question_get_kind (question))
        {
        case DORSAL_QUESTION_NUMBER:
          answer (fixture, "unknown");
          break;
        case DORSAL_QUESTION_CHOICE:
          answer (fixture, dorsal_question_get_values (question)[1]);
          break;
        case DORSAL_QUESTION_ZONES:
          answer (fixture, "neck");
          break;
        case DORSAL_QUESTION_YESNO:
        default:
          /* not sure to most; a yes to the tearing pain raises the level again */
          answer (fixture, g_str_equal (dorsal_question_get_id (question), "tearing-pain")
                           ? "yes" : "not-sure");
          break;
        }
      if (g_strcmp0 (page (fixture), "emergency") == 0)
        {
          interrupts++;
          assert_notice_shown (fixture);
          g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->pane),
                                                     "assessment.continue", NULL));
        }
    }
  /* not sure to chest pain (emergency department), then yes to tearing pain */
  g_assert_cmpuint (interrupts, ==, 2);
  g_assert_cmpstr (page (fixture), ==, "outcome");
  g_assert_cmpstr (dorsal_assessment_pane_get_level (fixture->pane), ==, "call-emergency");
  assert_notice_shown (fixture);
}

/* Every control a keyboard or screen-reader user meets has a name. */
static void
assert_named (GtkWidget *widget,
              guint     *checked)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_BUTTON (child) || GTK_IS_CHECK_BUTTON (child) || GTK_IS_SPIN_BUTTON (child) ||
          GTK_IS_EXPANDER (child))
        {
          gboolean named =
            gtk_test_accessible_has_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_LABEL) ||
            gtk_test_accessible_has_relation (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_RELATION_LABELLED_BY);

          if (!named)
            g_error ("%s without an accessible name (tooltip “%s”)", G_OBJECT_TYPE_NAME (child),
                     gtk_widget_get_tooltip_text (child));
          (*checked)++;
          if (GTK_IS_SPIN_BUTTON (child))
            continue;
        }
      assert_named (child, checked);
    }
}

static void
test_pane_accessible_names (Fixture       *fixture,
                            gconstpointer  data)
{
  guint checked = 0;

  answer_up_to (fixture, "fever");
  answer (fixture, "not-sure");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->pane), "assessment.show-result", NULL));
  assert_named (GTK_WIDGET (fixture->pane), &checked);
  g_assert_cmpuint (checked, >, 100);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  dorsal_resources_register ();
  /* the pages change at once; the slides are for people */
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

  g_test_add_func ("/assessment-pane/new-destroy", test_pane_new_destroy);
#define ADD(path, func) \
  g_test_add ("/assessment-pane/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("keyboard-walkthrough", test_pane_keyboard_walkthrough);
  ADD ("keys", test_pane_keys);
  ADD ("age-field", test_pane_age_field);
  ADD ("emergency-interrupts", test_pane_emergency_interrupts);
  ADD ("emergency-number-setting", test_pane_emergency_number_setting);
  ADD ("not-sure-no-interrupt", test_pane_not_sure_no_interrupt);
  ADD ("start-over", test_pane_start_over);
  ADD ("picked-zones", test_pane_picked_zones);
  ADD ("outcome-reasons", test_pane_outcome_reasons);
  ADD ("print-kiosk", test_pane_print_kiosk);
  ADD ("print-export", test_pane_print_export);
  ADD ("notice-everywhere", test_pane_notice_everywhere);
  ADD ("accessible-names", test_pane_accessible_names);
#undef ADD

  return g_test_run ();
}
