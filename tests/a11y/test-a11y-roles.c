/* test-a11y-roles.c: roles, names and states that assistive technology reads from the main window
 *
 * Run with GTK_A11Y=test (tests/a11y/meson.build sets it), so the gtk_test_accessible_* checks
 * see what the AT-SPI backend would publish. GTK 4.8 builds a name from the accessible label
 * AND every labelled-by widget, joined ("Start Start" for a button with a visible "_Start" and
 * the label "Start"), and falls back to the type name ("GtkImage") when there is neither:
 * each control must have one of the two (having both is logged; GTK 4.8 itself gives both to
 * every button with a mnemonic, see test-atspi-walk.py).
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
#include "dorsal-content-pane.h"
#include "dorsal-diagram-view.h"
#include "dorsal-diagram-view-private.h"
#include "dorsal-resources.h"
#include "dorsal-triage.h"
#include "dorsal-window.h"

static char *
describe (GtkWidget *widget)
{
  const char *label = GTK_IS_BUTTON (widget) ? gtk_button_get_label (GTK_BUTTON (widget)) : NULL;
  const char *tooltip = gtk_widget_get_tooltip_text (widget);

  return g_strdup_printf ("%s%s%s%s%s", G_OBJECT_TYPE_NAME (widget),
                          label != NULL ? " label " : "", label != NULL ? label : "",
                          tooltip != NULL ? " tooltip " : "", tooltip != NULL ? tooltip : "");
}

/* Every control under @root: a name from exactly one source. Returns the problems. */
static GPtrArray *
check_names (GtkWidget *root)
{
  g_autoptr(GPtrArray) controls = g_ptr_array_new ();
  GPtrArray *problems = g_ptr_array_new_with_free_func (g_free);

  a11y_collect_controls (root, controls);
  for (guint i = 0; i < controls->len; i++)
    {
      GtkWidget *control = g_ptr_array_index (controls, i);
      gboolean label = gtk_test_accessible_has_property (GTK_ACCESSIBLE (control),
                                                         GTK_ACCESSIBLE_PROPERTY_LABEL);
      gboolean by = gtk_test_accessible_has_relation (GTK_ACCESSIBLE (control),
                                                      GTK_ACCESSIBLE_RELATION_LABELLED_BY);
      g_autofree char *what = describe (control);

      /* a list row or flow box child is named by what it holds (a screen reader reads it) */
      if ((GTK_IS_LIST_BOX_ROW (control) || GTK_IS_FLOW_BOX_CHILD (control)) && !label && !by)
        continue;
      if (GTK_IS_CHECK_BUTTON (control) && gtk_check_button_get_label (GTK_CHECK_BUTTON (control)) != NULL)
        by = TRUE;
      if (!label && !by)
        g_ptr_array_add (problems, g_strdup_printf ("no name: %s", what));
      else if (label && by && !GTK_IS_CHECK_BUTTON (control))
        /* GTK 4.8 does this itself to every mnemonic button; test-atspi-walk.py tracks it */
        g_test_message ("name read twice (label + labelled-by): %s", what);
    }
  return problems;
}

static void
assert_no_problems (GPtrArray  *problems,
                    const char *where)
{
  for (guint i = 0; i < problems->len; i++)
    g_test_message ("%s: %s", where, (char *) g_ptr_array_index (problems, i));
  g_assert_cmpuint (problems->len, ==, 0);
}

/* header bar: every button named, the self-assessment toggle says whether it is pressed */
static void
test_header (void)
{
  DorsalWindow *window = a11y_window_new (1280, 800);
  GtkWidget *header = a11y_find_type (GTK_WIDGET (window), ADW_TYPE_HEADER_BAR);
  GtkWidget *toggle = a11y_find_action (header, "win.assessment-open");
  GtkWidget *menu = a11y_find_type (header, GTK_TYPE_MENU_BUTTON);
  g_autoptr(GPtrArray) problems = NULL;

  g_assert_nonnull (header);
  g_assert_nonnull (toggle);
  g_assert_nonnull (menu);

  problems = check_names (header);
  assert_no_problems (problems, "header bar");

  /* GTK 4.8 has no toggle-button role: a button with the pressed state */
  gtk_test_accessible_assert_role (GTK_ACCESSIBLE (toggle), GTK_ACCESSIBLE_ROLE_BUTTON);
  /* (GTK 4.8 leaves the state unset until the first toggle: read as not pressed) */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.toggle-assessment", NULL));
  a11y_spin ();
  gtk_test_accessible_assert_state (GTK_ACCESSIBLE (toggle), GTK_ACCESSIBLE_STATE_PRESSED,
                                    GTK_ACCESSIBLE_TRISTATE_TRUE);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.toggle-assessment", NULL));
  a11y_spin ();
  gtk_test_accessible_assert_state (GTK_ACCESSIBLE (toggle), GTK_ACCESSIBLE_STATE_PRESSED,
                                    GTK_ACCESSIBLE_TRISTATE_FALSE);

  /* the menu button is named on itself, so its inner button is too */
  g_assert_true (gtk_test_accessible_has_property (GTK_ACCESSIBLE (menu), GTK_ACCESSIBLE_PROPERTY_LABEL));

  a11y_window_destroy (window);
}

/* the narrow window's back button: hidden while the panes sit side by side */
static void
test_back_button (void)
{
  DorsalWindow *window = a11y_window_new (400, 800);
  GtkWidget *back = a11y_find_action (GTK_WIDGET (window), "win.go-back");

  g_assert_nonnull (back);
  gtk_test_accessible_assert_role (GTK_ACCESSIBLE (back), GTK_ACCESSIBLE_ROLE_BUTTON);
  g_assert_true (gtk_test_accessible_has_property (GTK_ACCESSIBLE (back), GTK_ACCESSIBLE_PROPERTY_LABEL));
  a11y_window_destroy (window);
}

static gboolean
has_t7 (gpointer data)
{
  return _dorsal_diagram_view_get_region (data, "vertebra-t7") != NULL;
}

/* the drawing: a group, one button per structure named from the atlas, the selection as state */
static void
test_diagram (void)
{
  DorsalWindow *window = a11y_window_new (1280, 800);
  GtkWidget *view = a11y_find_type (GTK_WIDGET (window), DORSAL_TYPE_DIAGRAM_VIEW);
  GtkWidget *t7, *rib;
  GPtrArray *regions;
  guint vertebrae = 0, ribs = 0;

  g_assert_nonnull (view);
  g_assert_true (a11y_wait_for (has_t7, view, 30));

  gtk_test_accessible_assert_role (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_ROLE_GROUP);
  g_assert_true (gtk_test_accessible_has_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL));

  t7 = _dorsal_diagram_view_get_region (DORSAL_DIAGRAM_VIEW (view), "vertebra-t7");
  gtk_test_accessible_assert_role (GTK_ACCESSIBLE (t7), GTK_ACCESSIBLE_ROLE_BUTTON);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (t7), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "T7, seventh thoracic vertebra");
  rib = _dorsal_diagram_view_get_region (DORSAL_DIAGRAM_VIEW (view), "rib-left-7");
  g_assert_nonnull (rib);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (rib), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Rib 7, left, true rib");
  gtk_test_accessible_assert_state (GTK_ACCESSIBLE (t7), GTK_ACCESSIBLE_STATE_SELECTED, FALSE);

  /* every structure: a focusable, visible button with a name, never two sources of one */
  regions = _dorsal_diagram_view_get_regions (DORSAL_DIAGRAM_VIEW (view));
  for (guint i = 0; i < regions->len; i++)
    {
      GtkWidget *region = g_ptr_array_index (regions, i);

      gtk_test_accessible_assert_role (GTK_ACCESSIBLE (region), GTK_ACCESSIBLE_ROLE_BUTTON);
      g_assert_true (gtk_test_accessible_has_property (GTK_ACCESSIBLE (region),
                                                       GTK_ACCESSIBLE_PROPERTY_LABEL));
      g_assert_false (gtk_test_accessible_has_relation (GTK_ACCESSIBLE (region),
                                                        GTK_ACCESSIBLE_RELATION_LABELLED_BY));
      g_assert_true (gtk_widget_get_focusable (region));
      g_assert_true (gtk_widget_get_visible (region));
    }
  for (int n = 1; n <= 12; n++)
    {
      g_autofree char *v = g_strdup_printf ("vertebra-t%d", n);
      g_autofree char *l = g_strdup_printf ("rib-left-%d", n);
      g_autofree char *r = g_strdup_printf ("rib-right-%d", n);

      vertebrae += _dorsal_diagram_view_get_region (DORSAL_DIAGRAM_VIEW (view), v) != NULL;
      ribs += (_dorsal_diagram_view_get_region (DORSAL_DIAGRAM_VIEW (view), l) != NULL) +
              (_dorsal_diagram_view_get_region (DORSAL_DIAGRAM_VIEW (view), r) != NULL);
    }
  g_assert_cmpuint (vertebrae, ==, 12);
  g_assert_cmpuint (ribs, ==, 24);

  /* Enter on a structure (its activate action) selects it, and says so */
  g_assert_true (gtk_widget_grab_focus (t7));
  g_assert_true (gtk_widget_activate_action (t7, "region.activate", NULL));
  a11y_spin ();
  gtk_test_accessible_assert_state (GTK_ACCESSIBLE (t7), GTK_ACCESSIBLE_STATE_SELECTED, TRUE);
  gtk_test_accessible_assert_state (GTK_ACCESSIBLE (rib), GTK_ACCESSIBLE_STATE_SELECTED, FALSE);

  a11y_window_destroy (window);
}

/* the content pane: every control named once */
static void
test_content (void)
{
  DorsalWindow *window = a11y_window_new (1280, 800);
  GtkWidget *pane = a11y_find_type (GTK_WIDGET (window), DORSAL_TYPE_CONTENT_PANE);
  g_autoptr(GPtrArray) problems = NULL;

  g_assert_nonnull (pane);
  problems = check_names (pane);
  assert_no_problems (problems, "content pane");

  /* a topic page too: its links and "show me" */
  g_assert_true (dorsal_content_pane_show_topic (DORSAL_CONTENT_PANE (pane), "vertebra-t7"));
  a11y_spin ();
  g_clear_pointer (&problems, g_ptr_array_unref);
  problems = check_names (pane);
  assert_no_problems (problems, "content pane, topic page");

  a11y_window_destroy (window);
}

static void
answer (GtkWidget  *pane,
        const char *value)
{
  g_assert_true (gtk_widget_activate_action (pane, "assessment.answer", "s", value));
  a11y_spin ();
}

/* the self-assessment: answer buttons named, the chosen one pressed, the emergency screen an
 * alert that has a name and the focus */
static void
test_assessment (void)
{
  DorsalWindow *window = a11y_window_new (1280, 800);
  GtkWidget *pane = a11y_find_type (GTK_WIDGET (window), DORSAL_TYPE_ASSESSMENT_PANE);
  DorsalTriage *triage;
  g_autoptr(GPtrArray) problems = NULL;
  GtkWidget *emergency, *focus;
  guint n;

  g_assert_nonnull (pane);
  triage = dorsal_assessment_pane_get_triage (DORSAL_ASSESSMENT_PANE (pane));
  dorsal_window_set_assessment_open (window, TRUE);
  a11y_spin ();
  problems = check_names (pane);
  assert_no_problems (problems, "assessment pane, start page");

  g_assert_true (gtk_widget_activate_action (pane, "assessment.start", NULL));
  a11y_spin ();
  n = dorsal_triage_get_n_questions (triage);
  for (guint i = 0; i < n; i++)
    {
      const DorsalQuestion *question = dorsal_triage_get_question (triage, i);
      const char *id = dorsal_question_get_id (question);
      g_autofree char *page = g_strconcat ("question-", id, NULL);
      GtkWidget *page_widget;

      g_assert_cmpstr (_dorsal_assessment_pane_get_page (DORSAL_ASSESSMENT_PANE (pane)), ==, page);
      page_widget = _dorsal_assessment_pane_get_page_widget (DORSAL_ASSESSMENT_PANE (pane), page);
      g_clear_pointer (&problems, g_ptr_array_unref);
      problems = check_names (page_widget);
      assert_no_problems (problems, page);

      if (g_str_equal (id, "chest-pain"))
        break;
      switch (dorsal_question_get_kind (question))
        {
        case DORSAL_QUESTION_NUMBER:
          answer (pane, "30");
          break;
        case DORSAL_QUESTION_CHOICE:
          answer (pane, dorsal_question_get_values (question)[0]);
          break;
        case DORSAL_QUESTION_ZONES:
          answer (pane, "");
          break;
        case DORSAL_QUESTION_YESNO:
        default:
          answer (pane, "no");
          break;
        }
    }

  answer (pane, "yes");
  g_assert_cmpstr (_dorsal_assessment_pane_get_page (DORSAL_ASSESSMENT_PANE (pane)), ==, "emergency");
  emergency = _dorsal_assessment_pane_get_emergency (DORSAL_ASSESSMENT_PANE (pane));
  g_assert_nonnull (emergency);
  gtk_test_accessible_assert_role (GTK_ACCESSIBLE (emergency), GTK_ACCESSIBLE_ROLE_ALERT);
  g_assert_true (gtk_test_accessible_has_property (GTK_ACCESSIBLE (emergency),
                                                   GTK_ACCESSIBLE_PROPERTY_LABEL));
  /* on GTK 4.8 the alert is announced by taking the focus */
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_true (focus == emergency || (focus != NULL && gtk_widget_is_ancestor (focus, emergency)));
  g_clear_pointer (&problems, g_ptr_array_unref);
  problems = check_names (_dorsal_assessment_pane_get_page_widget (DORSAL_ASSESSMENT_PANE (pane),
                                                                   "emergency"));
  assert_no_problems (problems, "emergency page");

  /* the outcome: its banner named after the advice */
  g_assert_true (gtk_widget_activate_action (pane, "assessment.show-result", NULL));
  a11y_spin ();
  g_assert_cmpstr (_dorsal_assessment_pane_get_page (DORSAL_ASSESSMENT_PANE (pane)), ==, "outcome");
  g_clear_pointer (&problems, g_ptr_array_unref);
  problems = check_names (_dorsal_assessment_pane_get_page_widget (DORSAL_ASSESSMENT_PANE (pane),
                                                                   "outcome"));
  assert_no_problems (problems, "outcome page");

  a11y_window_destroy (window);
}

static GLogWriterOutput
count_warnings (GLogLevelFlags   level,
                const GLogField *fields,
                gsize            n_fields,
                gpointer         data)
{
  if (level & (G_LOG_LEVEL_WARNING | G_LOG_LEVEL_CRITICAL))
    (*(guint *) data)++;
  return g_log_writer_default (level, fields, n_fields, data);
}

/* the shortcuts window builds and shows without a warning (every accelerator parses) and
 * names its shortcuts */
static void
test_shortcuts_window (void)
{
  g_autoptr(GtkBuilder) builder = NULL;
  GtkWidget *window;
  guint warnings = 0;
  guint shortcuts = 0;
  GSList *objects;

  g_log_set_writer_func (count_warnings, &warnings, NULL);
  builder = gtk_builder_new_from_resource (RESOURCE_PREFIX "/gtk/help-overlay.ui");
  window = GTK_WIDGET (gtk_builder_get_object (builder, "help_overlay"));
  g_assert_true (GTK_IS_SHORTCUTS_WINDOW (window));
  gtk_window_present (GTK_WINDOW (window));
  a11y_spin ();
  objects = gtk_builder_get_objects (builder);
  for (GSList *l = objects; l != NULL; l = l->next)
    if (GTK_IS_SHORTCUTS_SHORTCUT (l->data))
      {
        g_autofree char *title = NULL;

        g_object_get (l->data, "title", &title, NULL);
        g_assert_true (title != NULL && *title != '\0');
        shortcuts++;
      }
  g_slist_free (objects);
  gtk_window_destroy (GTK_WINDOW (window));
  a11y_spin ();
  g_assert_cmpuint (shortcuts, >=, 30);
  g_assert_cmpuint (warnings, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  dorsal_resources_register ();

  g_test_add_func ("/a11y/roles/header", test_header);
  g_test_add_func ("/a11y/roles/back-button", test_back_button);
  g_test_add_func ("/a11y/roles/diagram", test_diagram);
  g_test_add_func ("/a11y/roles/content", test_content);
  g_test_add_func ("/a11y/roles/assessment", test_assessment);
  g_test_add_func ("/a11y/roles/shortcuts-window", test_shortcuts_window);

  return g_test_run ();
}
