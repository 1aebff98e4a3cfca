/* test-kiosk.c: the kiosk stays locked, and an idle reset wipes every trace of a visitor
 *
 * Copyright 2026 The Dorsal authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "dorsal-application.h"
#include "dorsal-assessment-pane.h"
#include "dorsal-content-pane.h"
#include "dorsal-diagram-pane.h"
#include "dorsal-kiosk.h"
#include "dorsal-classroom.h"
#include "dorsal-window.h"
#include "modes-gui-test-util.h"

static GtkWidget *find_action_button (GtkWidget  *root,
                                      const char *action);

typedef void (*KioskTestFunc) (DorsalApplication *app,
                               DorsalWindow      *window,
                               DorsalKiosk       *kiosk);

typedef struct
{
  KioskTestFunc func;
  gboolean      ran;
} KioskTest;

/* Runs the main loop until @check (@kiosk) holds or @seconds pass; the
 * machine may be busy, so timers are given room rather than exact times. */
static gboolean
wait_until (gboolean    (*check) (DorsalKiosk *kiosk),
            DorsalKiosk *kiosk,
            double       seconds)
{
  gint64 end = g_get_monotonic_time () + (gint64) (seconds * G_USEC_PER_SEC);

  while (!check (kiosk) && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE), g_usleep (1000);
  return check (kiosk);
}


static void
on_activate_after (GApplication *app,
                   KioskTest    *test)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));
  DorsalKiosk *kiosk;

  g_assert_true (DORSAL_IS_WINDOW (window));
  kiosk = dorsal_kiosk_get_for_window (window);
  g_assert_nonnull (kiosk);

  test->func (DORSAL_APPLICATION (app), DORSAL_WINDOW (window), kiosk);
  test->ran = TRUE;

  /* the kiosk refuses to close, so tear it down the hard way */
  g_application_hold (app);
  gtk_window_destroy (window);
  g_application_release (app);
  g_application_quit (app);
}

/* Runs @func inside a real DorsalApplication started with --kiosk. */
static void
run_kiosk (KioskTestFunc func,
           int           idle_seconds)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  DorsalApplication *app;
  KioskTest test = { func, FALSE };
  char *argv[] = { (char *) "dorsal", (char *) "--kiosk", NULL };

  /* the administrator's value, which the kiosk's in-memory settings follow */
  g_settings_set_int (settings, "kiosk-idle-seconds", idle_seconds);

  app = g_object_new (DORSAL_TYPE_APPLICATION,
                      "application-id", APP_ID,
                      "flags", G_APPLICATION_NON_UNIQUE,
                      NULL);
  g_signal_connect_after (app, "activate", G_CALLBACK (on_activate_after), &test);
  g_application_run (G_APPLICATION (app), 2, argv);
  g_assert_true (test.ran);
  g_assert_finalize_object (app);

  g_settings_reset (settings, "kiosk-idle-seconds");
}

/* A widget action's enabled state shows only in what it drives: a button's sensitivity. */
static gboolean
window_action_enabled (DorsalWindow *window,
                       const char   *action)
{
  GtkWidget *button = gtk_button_new ();
  gboolean enabled;

  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  dorsal_window_add_overlay (window, button);
  modes_test_spin (0.05);
  enabled = gtk_widget_get_sensitive (button);
  dorsal_window_remove_overlay (window, button);
  return enabled;
}

static void
set_true (gboolean *flag)
{
  *flag = TRUE;
}

/* Close requests, the quit and close accelerators and full-screen toggles all fail. */
static void
check_locked (DorsalApplication *app,
              DorsalWindow      *window,
              DorsalKiosk       *kiosk)
{
  gboolean destroyed = FALSE;
  g_auto(GStrv) quit_actions = NULL;
  g_auto(GStrv) close_actions = NULL;
  g_auto(GStrv) quit_accels = NULL;
  GAction *quit;
  GtkWidget *print;
  GtkWidget *assessment;

  g_signal_connect_swapped (window, "destroy", G_CALLBACK (set_true), &destroyed);

  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (window), "kiosk"));
  g_assert_false (gtk_window_get_deletable (GTK_WINDOW (window)));

  /* the window manager's close (Alt+F4, the title bar) */
  gtk_window_close (GTK_WINDOW (window));
  modes_test_spin (0.1);
  g_assert_false (destroyed);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window)));

  /* Ctrl+Q: no accelerator, and app.quit itself disabled */
  quit_actions = gtk_application_get_actions_for_accel (GTK_APPLICATION (app), "<Control>q");
  g_assert_cmpuint (g_strv_length (quit_actions), ==, 0);
  quit_accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), "app.quit");
  g_assert_cmpuint (g_strv_length (quit_accels), ==, 0);
  quit = g_action_map_lookup_action (G_ACTION_MAP (app), "quit");
  g_assert_nonnull (quit);
  g_assert_false (g_action_get_enabled (quit));
  g_action_group_activate_action (G_ACTION_GROUP (app), "quit", NULL);
  modes_test_spin (0.1);
  g_assert_false (destroyed);

  /* Ctrl+W and friends */
  close_actions = gtk_application_get_actions_for_accel (GTK_APPLICATION (app), "<Control>w");
  g_assert_cmpuint (g_strv_length (close_actions), ==, 0);
  g_assert_true (window_action_enabled (window, "win.toggle-assessment"));
  g_assert_false (window_action_enabled (window, "window.close"));
  g_assert_false (window_action_enabled (window, "win.toggle-fullscreen"));
  /* and no title-bar buttons to press (GTK itself keeps minimize enabled) */
  g_assert_cmpstr (adw_header_bar_get_decoration_layout (
                     ADW_HEADER_BAR (modes_test_find_widget (GTK_WIDGET (window), ADW_TYPE_HEADER_BAR))), ==, ":");
  gtk_widget_activate_action (GTK_WIDGET (window), "window.close", NULL);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.toggle-fullscreen", NULL);
  modes_test_spin (0.1);
  g_assert_false (destroyed);

  /* the keys the capture controller swallows before anything else sees them */
  g_assert_true (dorsal_kiosk_key_is_blocked (GDK_KEY_q, GDK_CONTROL_MASK));
  g_assert_true (dorsal_kiosk_key_is_blocked (GDK_KEY_Q, GDK_CONTROL_MASK | GDK_SHIFT_MASK));
  g_assert_true (dorsal_kiosk_key_is_blocked (GDK_KEY_w, GDK_CONTROL_MASK));
  g_assert_true (dorsal_kiosk_key_is_blocked (GDK_KEY_F4, GDK_ALT_MASK));
  g_assert_true (dorsal_kiosk_key_is_blocked (GDK_KEY_F11, 0));
  g_assert_true (dorsal_kiosk_key_is_blocked (GDK_KEY_p, GDK_CONTROL_MASK));
  g_assert_true (dorsal_kiosk_key_is_blocked (GDK_KEY_i, GDK_CONTROL_MASK | GDK_SHIFT_MASK));
  g_assert_false (dorsal_kiosk_key_is_blocked (GDK_KEY_t, 0));
  g_assert_false (dorsal_kiosk_key_is_blocked (GDK_KEY_Right, 0));
  g_assert_false (dorsal_kiosk_key_is_blocked (GDK_KEY_Return, 0));

  /* no About window with its web links, no classroom */
  g_assert_false (g_action_get_enabled (g_action_map_lookup_action (G_ACTION_MAP (app), "about")));
  g_assert_false (g_action_get_enabled (g_action_map_lookup_action (G_ACTION_MAP (app), "classroom")));
  dorsal_classroom_set_active (window, TRUE);
  g_assert_false (dorsal_classroom_get_active (window));
  g_assert_false (dorsal_kiosk_get_allow_printing (kiosk));

  /* no print dialog: on its outcome page the self-assessment hides and
   * disables Print in a kiosk */
  assessment = modes_test_find_widget (GTK_WIDGET (window), DORSAL_TYPE_ASSESSMENT_PANE);
  g_assert_nonnull (assessment);
  gtk_widget_activate_action (assessment, "assessment.start", NULL);
  g_assert_true (gtk_widget_activate_action (assessment, "assessment.show-result", NULL));
  print = find_action_button (GTK_WIDGET (window), "assessment.print");
  g_assert_nonnull (print);
  g_assert_false (gtk_widget_get_visible (print));
  g_assert_false (gtk_widget_get_sensitive (print));
}

static void
collect_buttons (GtkWidget *widget,
                 GPtrArray *buttons)
{
  if (!gtk_widget_get_mapped (widget))
    return;
  if (GTK_IS_BUTTON (widget) || GTK_IS_MENU_BUTTON (widget) || GTK_IS_CHECK_BUTTON (widget) ||
      GTK_IS_SWITCH (widget))
    g_ptr_array_add (buttons, widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_buttons (child, buttons);
}

/* Every control a visitor can see is at least 44 × 44 px. */
static void
check_touch_targets (DorsalApplication *app,
                     DorsalWindow      *window,
                     DorsalKiosk       *kiosk)
{
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();
  guint too_small = 0;

  dorsal_kiosk_start_visit (kiosk);
  dorsal_window_set_assessment_open (window, TRUE);
  modes_test_spin (0.5);
  collect_buttons (GTK_WIDGET (window), buttons);
  g_assert_cmpuint (buttons->len, >, 5);

  for (guint i = 0; i < buttons->len; i++)
    {
      GtkWidget *button = buttons->pdata[i];
      int width = gtk_widget_get_width (button);
      int height = gtk_widget_get_height (button);

      if (width < 44 || height < 44)
        {
          const char *label = gtk_widget_get_tooltip_text (button);

          g_test_message ("%s “%s” is %d × %d px", G_OBJECT_TYPE_NAME (button),
                          label != NULL ? label : "", width, height);
          too_small++;
        }
    }

  g_assert_cmpuint (too_small, ==, 0);
}

static void
test_kiosk_touch_targets (void)
{
  run_kiosk (check_touch_targets, 90);
}

static void
test_kiosk_locked (void)
{
  run_kiosk (check_locked, 90);
}

static void
count_signal (guint *count)
{
  (*count)++;
}

/* The button inside @root that activates @action, or NULL. */
static GtkWidget *
find_action_button (GtkWidget  *root,
                    const char *action)
{
  if (GTK_IS_ACTIONABLE (root) &&
      g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (root)), action) == 0)
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_action_button (child, action);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* A visitor changes everything they can reach; the idle reset gives it all back. */
static void
check_idle_reset (DorsalApplication *app,
                  DorsalWindow      *window,
                  DorsalKiosk       *kiosk)
{
  GSettings *settings = dorsal_application_get_settings (app);
  g_autoptr(GSettings) real = g_settings_new (APP_ID);
  static const char * const layers[] = { "bones", "nerves", "muscles", NULL };
  g_auto(GStrv) default_layers = NULL;
  g_auto(GStrv) layers_after = NULL;
  guint resets = 0, kiosk_resets = 0;
  DorsalDiagramView *view = modes_test_window_diagram (window);
  GtkWidget *content = modes_test_find_widget (GTK_WIDGET (window), DORSAL_TYPE_CONTENT_PANE);
  GtkWidget *search = NULL;
  GtkWidget *back = NULL;
  GtkWidget *assessment = modes_test_find_widget (GTK_WIDGET (window), DORSAL_TYPE_ASSESSMENT_PANE);

  g_signal_connect_swapped (window, "visitor-reset", G_CALLBACK (count_signal), &resets);
  g_signal_connect_swapped (kiosk, "reset", G_CALLBACK (count_signal), &kiosk_resets);
  dorsal_kiosk_set_countdown_seconds (kiosk, 1);
  g_assert_cmpint (g_settings_get_int (settings, "kiosk-idle-seconds"), ==, 1);

  /* the kiosk keeps visitors' settings apart from the disk's */
  g_assert_true (settings != real);
  default_layers = g_settings_get_strv (settings, "visible-layers");

  /* the attract screen waits; a touch starts the visit */
  g_assert_true (dorsal_kiosk_get_attract_visible (kiosk));
  dorsal_kiosk_start_visit (kiosk);
  g_assert_false (dorsal_kiosk_get_attract_visible (kiosk));
  g_assert_false (dorsal_kiosk_get_countdown_visible (kiosk));

  /* the visit: reading level, labels, layers, text size, the assessment */
  g_settings_set_string (settings, "reading-level", "clinical");
  g_settings_set_boolean (settings, "show-labels", TRUE);
  g_settings_set_strv (settings, "visible-layers", layers);
  g_settings_set_double (settings, "content-text-scale", 1.5);
  dorsal_window_set_assessment_open (window, TRUE);
  /* the drawing: selection, zoom, layers, labels, view */
  dorsal_diagram_view_set_view (view, "lateral");
  dorsal_diagram_view_set_selected (view, "vertebra-t7");
  dorsal_diagram_view_set_zoom (view, 3.0);
  dorsal_diagram_view_set_layer_visible (view, "nerves", TRUE);
  dorsal_diagram_view_set_show_labels (view, TRUE);
  g_assert_cmpstr (dorsal_diagram_view_get_selected (view), ==, "vertebra-t7");
  g_assert_cmpfloat (dorsal_diagram_view_get_zoom (view), >, 1.5);
  /* the content: two pages read (history) and a search typed */
  g_assert_nonnull (content);
  g_assert_true (dorsal_content_pane_show_topic (DORSAL_CONTENT_PANE (content), "vertebra-t7"));
  g_assert_true (dorsal_content_pane_show_topic (DORSAL_CONTENT_PANE (content), "rib-left-7"));
  back = find_action_button (content, "content.back");
  g_assert_nonnull (back);
  modes_test_spin (0.05);
  g_assert_true (gtk_widget_get_sensitive (back));
  search = modes_test_find_widget (content, GTK_TYPE_SEARCH_ENTRY);
  g_assert_nonnull (search);
  gtk_editable_set_text (GTK_EDITABLE (search), "shoulder blade");
  /* the self-assessment: an answer given */
  g_assert_nonnull (assessment);
  g_assert_true (gtk_widget_activate_action (assessment, "assessment.start", NULL));
  g_assert_true (gtk_widget_activate_action (assessment, "assessment.answer", "s", "45"));
  g_assert_cmpstr (dorsal_answers_get (dorsal_assessment_pane_get_answers (DORSAL_ASSESSMENT_PANE (assessment)),
                                       "age"), ==, "45");
  /* the reading level as the content pane's own switch sets it */
  g_assert_true (gtk_widget_activate_action (content, "content.reading-level", "s", "clinical"));
  g_assert_cmpstr (g_settings_get_string (settings, "reading-level"), ==, "clinical");
  /* the panes use the kiosk's settings: nothing a visitor chooses reaches the disk */
  g_assert_cmpstr (g_settings_get_string (real, "reading-level"), ==, "plain");

  /* "Are you still there?" after the idle time, and the visitor answers */
  g_assert_true (wait_until (dorsal_kiosk_get_countdown_visible, kiosk, 10));
  g_assert_cmpuint (resets, ==, 0);
  dorsal_kiosk_still_here (kiosk);
  g_assert_false (dorsal_kiosk_get_countdown_visible (kiosk));
  g_assert_false (dorsal_kiosk_get_attract_visible (kiosk));
  g_assert_cmpstr (g_settings_get_string (settings, "reading-level"), ==, "clinical");

  /* this time nobody answers: idle time, then the countdown runs out */
  g_assert_true (wait_until (dorsal_kiosk_get_countdown_visible, kiosk, 10));
  g_assert_true (wait_until (dorsal_kiosk_get_attract_visible, kiosk, 10));
  g_assert_cmpuint (resets, ==, 1);
  g_assert_cmpuint (kiosk_resets, ==, 1);
  g_assert_true (dorsal_kiosk_get_attract_visible (kiosk));
  g_assert_false (dorsal_kiosk_get_countdown_visible (kiosk));

  /* every piece of the visit is gone */
  g_assert_cmpstr (g_settings_get_string (settings, "reading-level"), ==, "plain");
  g_assert_cmpstr (g_settings_get_string (real, "reading-level"), ==, "plain");
  g_assert_false (g_settings_get_boolean (settings, "show-labels"));
  g_assert_false (g_settings_get_boolean (real, "show-labels"));
  layers_after = g_settings_get_strv (settings, "visible-layers");
  g_assert_true (g_strv_equal ((const char * const *) layers_after, (const char * const *) default_layers));
  g_assert_cmpfloat (g_settings_get_double (settings, "content-text-scale"), ==, 1.0);
  g_assert_false (dorsal_window_get_assessment_open (window));
  g_assert_cmpstr (dorsal_diagram_view_get_view (view), ==, "posterior");
  g_assert_null (dorsal_diagram_view_get_selected (view));
  g_assert_cmpfloat (dorsal_diagram_view_get_zoom (view), ==, 1.0);
  g_assert_false (dorsal_diagram_view_get_layer_visible (view, "nerves"));
  g_assert_true (dorsal_diagram_view_get_layer_visible (view, "bones"));
  g_assert_false (dorsal_diagram_view_get_show_labels (view));
  g_assert_cmpstr (dorsal_content_pane_get_topic_id (DORSAL_CONTENT_PANE (content)), ==, "start");
  modes_test_spin (0.05);
  g_assert_false (gtk_widget_get_sensitive (back));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (search)), ==, "");
  g_assert_null (dorsal_answers_get (dorsal_assessment_pane_get_answers (DORSAL_ASSESSMENT_PANE (assessment)),
                                     "age"));

  /* the administrator's settings survive the reset */
  g_assert_cmpint (g_settings_get_int (settings, "kiosk-idle-seconds"), ==, 1);

  /* on the attract screen nothing counts down */
  modes_test_spin (1.5);
  g_assert_false (dorsal_kiosk_get_countdown_visible (kiosk));
  g_assert_cmpuint (resets, ==, 1);
}

static void
test_kiosk_idle_reset (void)
{
  run_kiosk (check_idle_reset, 1);
}

static gboolean
view_is_not_posterior (DorsalKiosk *kiosk)
{
  GtkWindow *window = g_object_get_data (G_OBJECT (kiosk), "test-window");
  DorsalDiagramView *view = modes_test_window_diagram (DORSAL_WINDOW (window));

  return g_strcmp0 (dorsal_diagram_view_get_view (view), "posterior") != 0;
}

/* The welcome turns the drawing from view to view, unless animations are off. */
static void
check_attract_cycles (DorsalApplication *app,
                      DorsalWindow      *window,
                      DorsalKiosk       *kiosk)
{
  DorsalDiagramView *view = modes_test_window_diagram (window);
  GtkSettings *gtk_settings = gtk_widget_get_settings (GTK_WIDGET (window));
  gboolean animations;

  g_object_get (gtk_settings, "gtk-enable-animations", &animations, NULL);
  g_object_set_data (G_OBJECT (kiosk), "test-window", window);
  g_assert_true (dorsal_kiosk_get_attract_visible (kiosk));
  g_assert_cmpstr (dorsal_diagram_view_get_view (view), ==, "posterior");

  g_object_set (gtk_settings, "gtk-enable-animations", FALSE, NULL);
  dorsal_kiosk_set_attract_seconds (kiosk, 1);
  g_assert_false (wait_until (view_is_not_posterior, kiosk, 2.5));

  g_object_set (gtk_settings, "gtk-enable-animations", TRUE, NULL);
  g_assert_true (wait_until (view_is_not_posterior, kiosk, 5));

  /* a touch starts the visit from the back view */
  dorsal_kiosk_start_visit (kiosk);
  g_assert_cmpstr (dorsal_diagram_view_get_view (view), ==, "posterior");

  g_object_set (gtk_settings, "gtk-enable-animations", animations, NULL);
}

static void
test_kiosk_attract_cycles (void)
{
  run_kiosk (check_attract_cycles, 90);
}

/* Other windows (a dialog, the shortcuts window) go with the visitor. */
static void
check_reset_closes_dialogs (DorsalApplication *app,
                            DorsalWindow      *window,
                            DorsalKiosk       *kiosk)
{
  GtkWidget *dialog = gtk_window_new ();
  gboolean destroyed = FALSE;

  gtk_window_set_application (GTK_WINDOW (dialog), GTK_APPLICATION (app));
  gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (window));
  g_signal_connect_swapped (dialog, "destroy", G_CALLBACK (set_true), &destroyed);
  gtk_window_present (GTK_WINDOW (dialog));

  dorsal_kiosk_start_visit (kiosk);
  g_assert_false (dorsal_kiosk_get_attract_visible (kiosk));
  /* the window's action, as soak tests use it, runs the kiosk's reset too */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.reset-visitor", NULL));
  g_assert_true (destroyed);
  g_assert_true (dorsal_kiosk_get_attract_visible (kiosk));
  g_assert_cmpuint (g_list_length (gtk_application_get_windows (GTK_APPLICATION (app))), ==, 1);
}

static void
test_kiosk_reset_closes_dialogs (void)
{
  run_kiosk (check_reset_closes_dialogs, 90);
}

/* The settings for visitors live in memory but follow the administrator's. */
static void
test_kiosk_settings (void)
{
  g_autoptr(GSettings) real = g_settings_new (APP_ID);
  g_autoptr(GSettings) visitor = dorsal_kiosk_settings_new (real);
  g_autofree char *number = NULL;
  g_autofree char *level = NULL;

  g_settings_set_int (real, "kiosk-idle-seconds", 42);
  g_settings_set_string (real, "emergency-number", "999");
  g_assert_cmpint (g_settings_get_int (visitor, "kiosk-idle-seconds"), ==, 42);
  number = g_settings_get_string (visitor, "emergency-number");
  g_assert_cmpstr (number, ==, "999");

  g_settings_set_string (visitor, "reading-level", "clinical");
  level = g_settings_get_string (real, "reading-level");
  g_assert_cmpstr (level, ==, "plain");

  g_settings_reset (real, "kiosk-idle-seconds");
  g_settings_reset (real, "emergency-number");
  g_assert_cmpint (g_settings_get_int (visitor, "kiosk-idle-seconds"), ==, 90);
}

/* GTK warns when the session cannot keep the screen on (no portal or session
 * manager that knows Inhibit, as in the private D-Bus session of the test
 * run); the kiosk must run on regardless, which these tests show. */
static GLogWriterOutput
log_writer (GLogLevelFlags   level,
            const GLogField *fields,
            gsize            n_fields,
            gpointer         data)
{
  const char *domain = NULL;
  const char *message = NULL;

  for (gsize i = 0; i < n_fields; i++)
    {
      if (g_strcmp0 (fields[i].key, "GLIB_DOMAIN") == 0)
        domain = fields[i].value;
      else if (g_strcmp0 (fields[i].key, "MESSAGE") == 0)
        message = fields[i].value;
    }

  if ((level & G_LOG_LEVEL_WARNING) && g_strcmp0 (domain, "Gtk") == 0 &&
      message != NULL && strstr (message, "Inhibit") != NULL)
    {
      g_test_message ("tolerated: %s", message);
      return G_LOG_WRITER_HANDLED;
    }

  return g_log_writer_default (level, fields, n_fields, data);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  g_log_set_writer_func (log_writer, NULL, NULL);

  g_test_add_func ("/modes/kiosk/settings", test_kiosk_settings);
  g_test_add_func ("/modes/kiosk/locked", test_kiosk_locked);
  g_test_add_func ("/modes/kiosk/touch-targets", test_kiosk_touch_targets);
  g_test_add_func ("/modes/kiosk/attract-cycles", test_kiosk_attract_cycles);
  g_test_add_func ("/modes/kiosk/idle-reset", test_kiosk_idle_reset);
  g_test_add_func ("/modes/kiosk/reset-closes-dialogs", test_kiosk_reset_closes_dialogs);

  return g_test_run ();
}
