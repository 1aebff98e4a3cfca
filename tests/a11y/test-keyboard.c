/* test-keyboard.c: the self-assessment done from the main window with the keyboard alone
 *
 * What "keys only" means here. GTK 4 has no public call that injects a key event
 * (gtk_test_widget_send_key is gone), so send_key() delivers a key press the way GTK's own
 * event propagation does, using only what GTK exposes:
 *   1. capture phase: from the window down to the focus widget, each key controller
 *      (GtkEventControllerKey: its "key-pressed" signal) and shortcut controller (its key
 *      triggers) that listens in the capture phase;
 *   2. bubble phase: from the focus widget up to the window, those in the bubble (and, on the
 *      focus widget, the target) phase; this is where widget class bindings live, so Tab and
 *      Shift+Tab (GtkWindow's move-focus binding), Enter and Space on a button (GtkButton's
 *      activate binding), F9 (DorsalWindow) and Y/N/S (the assessment pane) all go through
 *      the app's real bindings;
 *   3. shortcut controllers with global scope anywhere in the window (the content pane's).
 * The first handler that returns TRUE stops the key, as in GTK; insensitive or unmapped widgets
 * get nothing. The test never calls an action or a widget function to answer: every step is
 * a key. Not covered: input methods (typing into a text field), mnemonics with Alt, the
 * application's accelerators (Ctrl+Q, F5), which need a GtkApplication, and the key controllers
 * of the window itself (GtkWindow's and the search bar's type-to-search), which forward the
 * real event that a key sent this way does not have.
 *
 * Copyright 2026 The Dorsal authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "a11y-test-util.h"
#include "dorsal-assessment-pane.h"
#include "dorsal-assessment-pane-private.h"
#include "dorsal-diagram-view.h"
#include "dorsal-diagram-view-private.h"
#include "dorsal-resources.h"
#include "dorsal-triage.h"
#include "dorsal-window.h"

static gboolean
trigger_matches (GtkShortcutTrigger *trigger,
                 guint               keyval,
                 GdkModifierType     mods)
{
  if (GTK_IS_KEYVAL_TRIGGER (trigger))
    return gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger)) == gdk_keyval_to_lower (keyval) &&
           gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (trigger)) == mods;
  if (GTK_IS_ALTERNATIVE_TRIGGER (trigger))
    return trigger_matches (gtk_alternative_trigger_get_first (GTK_ALTERNATIVE_TRIGGER (trigger)), keyval, mods) ||
           trigger_matches (gtk_alternative_trigger_get_second (GTK_ALTERNATIVE_TRIGGER (trigger)), keyval, mods);
  return FALSE;
}

static gboolean
run_controller (GtkEventController *controller,
                guint               keyval,
                GdkModifierType     mods)
{
  GtkWidget *widget = gtk_event_controller_get_widget (controller);

  /* the window's own key controllers (GtkWindow's, and the search bar's type-to-search
   * capture) forward the real event, which a key sent this way does not have */
  if (GTK_IS_EVENT_CONTROLLER_KEY (controller) && GTK_IS_ROOT (widget))
    return FALSE;

  if (GTK_IS_EVENT_CONTROLLER_KEY (controller))
    {
      gboolean handled = FALSE;

      g_signal_emit_by_name (controller, "key-pressed", keyval, 0, mods, &handled);
      return handled;
    }

  if (GTK_IS_SHORTCUT_CONTROLLER (controller))
    {
      GListModel *shortcuts = G_LIST_MODEL (controller);

      for (guint i = 0; i < g_list_model_get_n_items (shortcuts); i++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (shortcuts, i);

          if (!trigger_matches (gtk_shortcut_get_trigger (shortcut), keyval, mods))
            continue;
          if (gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut),
                                            GTK_SHORTCUT_ACTION_EXCLUSIVE, widget,
                                            gtk_shortcut_get_arguments (shortcut)))
            return TRUE;
        }
    }
  return FALSE;
}

static gboolean
run_phase (GtkWidget           *widget,
           GtkPropagationPhase  phase,
           gboolean             is_target,
           gboolean             global,
           guint                keyval,
           GdkModifierType      mods)
{
  g_autoptr(GListModel) controllers = NULL;

  if (!gtk_widget_is_sensitive (widget) || !gtk_widget_get_mapped (widget))
    return FALSE;

  controllers = gtk_widget_observe_controllers (widget);
  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);
      GtkPropagationPhase p = gtk_event_controller_get_propagation_phase (controller);
      gboolean is_global = GTK_IS_SHORTCUT_CONTROLLER (controller) &&
                           gtk_shortcut_controller_get_scope (GTK_SHORTCUT_CONTROLLER (controller)) !=
                           GTK_SHORTCUT_SCOPE_LOCAL;

      if (is_global != global)
        continue;
      if (!global && !(p == phase || (is_target && p == GTK_PHASE_TARGET)))
        continue;
      if (run_controller (controller, keyval, mods))
        return TRUE;
    }
  return FALSE;
}

static gboolean
run_global (GtkWidget      *widget,
            guint           keyval,
            GdkModifierType mods)
{
  if (!gtk_widget_get_mapped (widget))
    return FALSE;
  if (run_phase (widget, GTK_PHASE_BUBBLE, FALSE, TRUE, keyval, mods))
    return TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (run_global (child, keyval, mods))
      return TRUE;
  return FALSE;
}

/* one key press, delivered as described at the top; returns whether anything took it */
static gboolean
send_key (GtkWindow      *window,
          guint           keyval,
          GdkModifierType mods)
{
  GtkWidget *target = gtk_root_get_focus (GTK_ROOT (window));
  g_autoptr(GPtrArray) path = g_ptr_array_new ();
  gboolean handled = FALSE;

  if (target == NULL)
    target = GTK_WIDGET (window);
  for (GtkWidget *w = target; w != NULL; w = gtk_widget_get_parent (w))
    g_ptr_array_insert (path, 0, w);

  /* GTK shows the focus ring once a key is used */
  gtk_window_set_focus_visible (window, TRUE);

  for (guint i = 0; i < path->len && !handled; i++)
    handled = run_phase (g_ptr_array_index (path, i), GTK_PHASE_CAPTURE, FALSE, FALSE, keyval, mods);
  for (guint i = path->len; i > 0 && !handled; i--)
    handled = run_phase (g_ptr_array_index (path, i - 1), GTK_PHASE_BUBBLE, i == path->len, FALSE,
                         keyval, mods);
  if (!handled)
    handled = run_global (GTK_WIDGET (window), keyval, mods);

  /* a button activated by a key shows itself pressed for a moment, then clicks */
  a11y_wait (keyval == GDK_KEY_Return || keyval == GDK_KEY_space ? 320 : 30);
  a11y_spin ();
  return handled;
}

static GtkWidget *
focus_of (DorsalWindow *window)
{
  return gtk_root_get_focus (GTK_ROOT (window));
}

static gboolean
focus_in (DorsalWindow *window,
          GtkWidget    *area)
{
  GtkWidget *focus = focus_of (window);

  return focus != NULL && (focus == area || gtk_widget_is_ancestor (focus, area));
}

/* Tab until @want says yes; at most @limit presses. Returns the number of presses. */
typedef gboolean (*FocusTest) (GtkWidget *focus, gpointer data);

static guint
tab_until (DorsalWindow *window,
           FocusTest     want,
           gpointer      data,
           guint         limit,
           const char   *what)
{
  for (guint n = 0; n <= limit; n++)
    {
      GtkWidget *focus = focus_of (window);

      if (focus != NULL && want (focus, data))
        return n;
      g_assert_true (send_key (GTK_WINDOW (window), GDK_KEY_Tab, 0));
    }
  g_error ("%s: not reached with %u presses of Tab", what, limit);
  return limit;
}

static gboolean
is_inside (GtkWidget *focus,
           gpointer   area)
{
  return focus == area || gtk_widget_is_ancestor (focus, area);
}

static gboolean
is_button_labelled (GtkWidget *focus,
                    gpointer   label)
{
  return GTK_IS_BUTTON (focus) && !GTK_IS_TOGGLE_BUTTON (focus) &&
         g_strcmp0 (gtk_button_get_label (GTK_BUTTON (focus)), label) == 0;
}

static gboolean
is_pick_button (GtkWidget *focus,
                gpointer   data)
{
  return GTK_IS_TOGGLE_BUTTON (focus) && gtk_widget_has_css_class (focus, "dorsal-answer");
}

static gboolean
is_keypad_button (GtkWidget *focus,
                  gpointer   data)
{
  GtkWidget *parent = gtk_widget_get_parent (focus);

  return GTK_IS_BUTTON (focus) && parent != NULL && gtk_widget_has_css_class (parent, "dorsal-keypad");
}

static const char *
page (GtkWidget *pane)
{
  return _dorsal_assessment_pane_get_page (DORSAL_ASSESSMENT_PANE (pane));
}

/* F9, then every question by keys: Tab and Enter, Y/N, the digits of the age keypad, and the
 * pain zones picked on the drawing with the arrow keys and Enter. */
static void
test_assessment_by_keys (void)
{
  DorsalWindow *window = a11y_window_new (1280, 800);
  GtkWindow *win = GTK_WINDOW (window);
  GtkWidget *pane = a11y_find_type (GTK_WIDGET (window), DORSAL_TYPE_ASSESSMENT_PANE);
  GtkWidget *view = a11y_find_type (GTK_WIDGET (window), DORSAL_TYPE_DIAGRAM_VIEW);
  DorsalTriage *triage;
  guint n, tabs;
  gboolean picked = FALSE;
  g_autoptr(DorsalOutcome) outcome = NULL;

  g_assert_nonnull (pane);
  g_assert_nonnull (view);
  triage = dorsal_assessment_pane_get_triage (DORSAL_ASSESSMENT_PANE (pane));

  /* F9 opens the self-assessment; the focus goes into it, or one Tab away at most */
  g_assert_false (dorsal_window_get_assessment_open (window));
  g_assert_true (send_key (win, GDK_KEY_F9, 0));
  g_assert_true (dorsal_window_get_assessment_open (window));
  a11y_wait (400);  /* the flap slides in */
  tabs = tab_until (window, is_inside, pane, 1, "the self-assessment after F9");
  g_test_message ("Tab presses from F9 into the self-assessment: %u", tabs);

  /* Start: Tab to it, Enter */
  tab_until (window, is_button_labelled, (gpointer) "_Start", 10, "the Start button");
  g_assert_true (send_key (win, GDK_KEY_Return, 0));

  n = dorsal_triage_get_n_questions (triage);
  for (guint i = 0; i < n; i++)
    {
      const DorsalQuestion *question = dorsal_triage_get_question (triage, i);
      g_autofree char *expected = g_strconcat ("question-", dorsal_question_get_id (question), NULL);
      GtkWidget *page_widget;

      g_assert_cmpstr (page (pane), ==, expected);
      page_widget = _dorsal_assessment_pane_get_page_widget (DORSAL_ASSESSMENT_PANE (pane), expected);
      /* each new question has the focus, so the next key answers it */
      g_assert_true (focus_in (window, page_widget));

      switch (dorsal_question_get_kind (question))
        {
        case DORSAL_QUESTION_NUMBER:
          /* Tab onto the keypad, type 3 and 0, Tab to OK and Enter (Enter on a key of the
           * keypad presses that key, as on a phone) */
          tab_until (window, is_keypad_button, NULL, 6, "the age keypad");
          g_assert_true (send_key (win, GDK_KEY_3, 0));
          g_assert_true (send_key (win, GDK_KEY_0, 0));
          tab_until (window, is_button_labelled, (gpointer) "OK", 40, "OK on the keypad");
          g_assert_true (send_key (win, GDK_KEY_Return, 0));
          break;

        case DORSAL_QUESTION_CHOICE:
          /* the first choice has the focus: Enter */
          g_assert_true (GTK_IS_BUTTON (focus_of (window)));
          g_assert_true (send_key (win, GDK_KEY_Return, 0));
          break;

        case DORSAL_QUESTION_ZONES:
          /* "Choose on the drawing", then into the drawing, pick a zone with the keys,
           * and back to "Next" */
          tab_until (window, is_pick_button, NULL, 20, "Choose on the drawing");
          g_assert_true (send_key (win, GDK_KEY_space, 0));
          g_assert_true (dorsal_diagram_view_get_pick_mode (DORSAL_DIAGRAM_VIEW (view)));
          tabs = tab_until (window, is_inside, view, 60, "the drawing in pick mode");
          g_test_message ("Tab presses from 'Choose on the drawing' to the drawing: %u", tabs);
          g_assert_true (send_key (win, GDK_KEY_Home, 0));
          g_assert_true (send_key (win, GDK_KEY_Return, 0));
          picked = dorsal_diagram_view_get_picked_zones (DORSAL_DIAGRAM_VIEW (view))[0] != NULL;
          g_assert_true (picked);
          tab_until (window, is_button_labelled, (gpointer) "_Next", 80, "Next after picking");
          g_assert_true (send_key (win, GDK_KEY_Return, 0));
          break;

        case DORSAL_QUESTION_YESNO:
        default:
          /* alternately Tab to "No" + Enter, and the N key */
          if (i % 2 == 0)
            {
              send_key (win, GDK_KEY_Tab, 0);
              g_assert_cmpstr (g_object_get_data (G_OBJECT (focus_of (window)), "dorsal-value"), ==, "no");
              g_assert_true (send_key (win, GDK_KEY_Return, 0));
            }
          else
            {
              g_assert_true (send_key (win, GDK_KEY_n, 0));
            }
          break;
        }
    }

  g_assert_cmpstr (page (pane), ==, "outcome");
  g_assert_true (picked);
  outcome = dorsal_triage_evaluate (triage, dorsal_assessment_pane_get_answers (DORSAL_ASSESSMENT_PANE (pane)));
  g_assert_true (dorsal_outcome_get_complete (outcome));
  g_assert_cmpstr (dorsal_answers_get (dorsal_assessment_pane_get_answers (DORSAL_ASSESSMENT_PANE (pane)), "age"),
                   ==, "30");
  /* the result has the focus, so a screen reader reads it first */
  g_assert_true (focus_in (window, _dorsal_assessment_pane_get_page_widget (DORSAL_ASSESSMENT_PANE (pane),
                                                                            "outcome")));

  /* F9 closes it again */
  g_assert_true (send_key (win, GDK_KEY_F9, 0));
  g_assert_false (dorsal_window_get_assessment_open (window));

  a11y_window_destroy (window);
}

/* the emergency screen takes the focus at once, from a key answer */
static void
test_emergency_by_keys (void)
{
  DorsalWindow *window = a11y_window_new (1280, 800);
  GtkWindow *win = GTK_WINDOW (window);
  GtkWidget *pane = a11y_find_type (GTK_WIDGET (window), DORSAL_TYPE_ASSESSMENT_PANE);
  DorsalTriage *triage = dorsal_assessment_pane_get_triage (DORSAL_ASSESSMENT_PANE (pane));
  guint n = dorsal_triage_get_n_questions (triage);

  g_assert_true (send_key (win, GDK_KEY_F9, 0));
  a11y_wait (400);
  tab_until (window, is_button_labelled, (gpointer) "_Start", 10, "the Start button");
  g_assert_true (send_key (win, GDK_KEY_Return, 0));
  for (guint i = 0; i < n; i++)
    {
      const DorsalQuestion *question = dorsal_triage_get_question (triage, i);

      if (dorsal_question_get_kind (question) != DORSAL_QUESTION_YESNO)
        {
          /* only yes/no questions come before the first warning sign, or this test needs keys
           * for the others too */
          g_assert_cmpstr (page (pane), !=, "question-chest-pain");
          if (dorsal_question_get_kind (question) == DORSAL_QUESTION_NUMBER)
            {
              tab_until (window, is_keypad_button, NULL, 6, "the age keypad");
              g_assert_true (send_key (win, GDK_KEY_4, 0));
              g_assert_true (send_key (win, GDK_KEY_0, 0));
              tab_until (window, is_button_labelled, (gpointer) "OK", 40, "OK on the keypad");
              g_assert_true (send_key (win, GDK_KEY_Return, 0));
            }
          else
            {
              g_assert_true (send_key (win, GDK_KEY_Return, 0));
            }
          continue;
        }
      if (g_str_equal (dorsal_question_get_id (question), "chest-pain"))
        break;
      g_assert_true (send_key (win, GDK_KEY_n, 0));
    }
  g_assert_cmpstr (page (pane), ==, "question-chest-pain");
  g_assert_true (send_key (win, GDK_KEY_y, 0));
  g_assert_cmpstr (page (pane), ==, "emergency");
  g_assert_true (focus_in (window, _dorsal_assessment_pane_get_emergency (DORSAL_ASSESSMENT_PANE (pane))));

  /* Alt+Left goes back to the question */
  g_assert_true (send_key (win, GDK_KEY_Left, GDK_ALT_MASK));
  g_assert_cmpstr (page (pane), ==, "question-chest-pain");

  a11y_window_destroy (window);
}

/* the drawing by keys: Tab reaches it, arrows move between structures, Enter opens one (the
 * content pane shows it), + zooms, 0 fits, Escape clears */
static void
test_drawing_by_keys (void)
{
  DorsalWindow *window = a11y_window_new (1280, 800);
  GtkWindow *win = GTK_WINDOW (window);
  GtkWidget *view = a11y_find_type (GTK_WIDGET (window), DORSAL_TYPE_DIAGRAM_VIEW);
  GtkWidget *first;
  const char *selected;

  g_assert_nonnull (view);
  tab_until (window, is_inside, view, 60, "the drawing");
  first = focus_of (window);
  g_assert_true (send_key (win, GDK_KEY_Down, 0));
  g_assert_true (focus_of (window) != first);
  g_assert_true (focus_in (window, view));
  g_assert_true (send_key (win, GDK_KEY_Return, 0));
  selected = dorsal_diagram_view_get_selected (DORSAL_DIAGRAM_VIEW (view));
  g_assert_nonnull (selected);
  g_assert_true (send_key (win, GDK_KEY_plus, 0));
  g_assert_cmpfloat (dorsal_diagram_view_get_zoom (DORSAL_DIAGRAM_VIEW (view)), >, 1.0);
  g_assert_true (send_key (win, GDK_KEY_0, 0));
  g_assert_cmpfloat_with_epsilon (dorsal_diagram_view_get_zoom (DORSAL_DIAGRAM_VIEW (view)), 1.0, 1e-6);
  /* the focus may have moved to the content, which shows the structure: come back */
  if (!focus_in (window, view))
    tab_until (window, is_inside, view, 60, "the drawing again");
  g_assert_true (send_key (win, GDK_KEY_Escape, 0));
  g_assert_null (dorsal_diagram_view_get_selected (DORSAL_DIAGRAM_VIEW (view)));

  a11y_window_destroy (window);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  dorsal_resources_register ();

  /* zoom and slides happen at once, so the test reads settled state */
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

  g_test_add_func ("/a11y/keyboard/assessment", test_assessment_by_keys);
  g_test_add_func ("/a11y/keyboard/emergency", test_emergency_by_keys);
  g_test_add_func ("/a11y/keyboard/drawing", test_drawing_by_keys);

  return g_test_run ();
}
