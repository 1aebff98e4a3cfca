/* test-layout.c: large text and touch
 *
 *  - the system's large text (GtkSettings:gtk-xft-dpi doubled) and the content pane's own largest
 *    text size (Ctrl+plus, as far as it goes): no label is cut short with "…" and no text runs
 *    past the right edge of the content pane, at 1280 × 800;
 *  - kiosk mode: every button, check button and switch on every page of the self-assessment
 *    (start, each question with its keypad or zone list, the outcome) is at least 44 × 44 px.
 * The app's stylesheet is loaded as AdwApplication loads it for the app.
 *
 * Copyright 2026 The Dorsal authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "a11y-test-util.h"
#include "dorsal-assessment-pane.h"
#include "dorsal-assessment-pane-private.h"
#include "dorsal-content-pane.h"
#include "dorsal-resources.h"
#include "dorsal-triage.h"
#include "dorsal-window.h"

static guint n_labels;

static void
check_text (GtkWidget *widget,
            GtkWidget *pane,
            int        pane_width,
            GPtrArray *problems)
{
  if (!gtk_widget_get_mapped (widget))
    return;
  if (GTK_IS_LABEL (widget))
    {
      graphene_rect_t bounds;
      const char *text = gtk_label_get_text (GTK_LABEL (widget));

      n_labels++;
      if (pango_layout_is_ellipsized (gtk_label_get_layout (GTK_LABEL (widget))))
        g_ptr_array_add (problems, g_strdup_printf ("cut short: “%s”", text));
      if (pane != NULL && gtk_widget_compute_bounds (widget, pane, &bounds) &&
          bounds.origin.x + bounds.size.width > pane_width + 0.5)
        g_ptr_array_add (problems, g_strdup_printf ("runs %.0f px past the pane: “%.40s”",
                                                    bounds.origin.x + bounds.size.width - pane_width,
                                                    text));
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    check_text (child, pane, pane_width, problems);
}

static void
report (GPtrArray  *problems,
        const char *where)
{
  for (guint i = 0; i < problems->len; i++)
    g_test_message ("%s: %s", where, (char *) g_ptr_array_index (problems, i));
  g_assert_cmpuint (problems->len, ==, 0);
}

static void
test_large_text (void)
{
  GtkSettings *settings = gtk_settings_get_default ();
  int dpi = 0;
  DorsalWindow *window;
  GtkWidget *content, *scroller;
  AdwLeaflet *leaflet;
  guint labels = 0;
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);

  g_object_get (settings, "gtk-xft-dpi", &dpi, NULL);
  if (dpi <= 0)
    dpi = 96 * 1024;
  g_object_set (settings, "gtk-xft-dpi", dpi * 2, NULL);

  window = a11y_window_new (1280, 800);
  content = a11y_find_type (GTK_WIDGET (window), DORSAL_TYPE_CONTENT_PANE);
  g_assert_nonnull (content);
  g_assert_true (dorsal_content_pane_show_topic (DORSAL_CONTENT_PANE (content), "vertebra-t7"));
  /* large text folds the window to one pane at a time: show the content one */
  leaflet = ADW_LEAFLET (a11y_find_type (GTK_WIDGET (window), ADW_TYPE_LEAFLET));
  g_assert_nonnull (leaflet);
  for (GtkWidget *page = content; page != NULL; page = gtk_widget_get_parent (page))
    if (gtk_widget_get_parent (page) == GTK_WIDGET (leaflet))
      {
        adw_leaflet_set_visible_child (leaflet, page);
        break;
      }
  a11y_wait (300);
  g_assert_true (gtk_widget_get_mapped (content));
  check_text (GTK_WIDGET (window), NULL, 0, problems);
  report (problems, "doubled system text");

  /* the content pane's own text size, as large as it goes */
  for (guint i = 0; i < 12 && gtk_widget_activate_action (content, "content.zoom-in", NULL); i++)
    a11y_spin ();
  a11y_wait (300);
  scroller = a11y_find_type (content, GTK_TYPE_SCROLLED_WINDOW);
  g_assert_nonnull (scroller);
  n_labels = 0;
  check_text (content, scroller, gtk_widget_get_width (scroller), problems);
  labels = n_labels;
  report (problems, "doubled system text and the largest content text");
  g_test_message ("content labels checked: %u", labels);
  g_assert_cmpuint (labels, >, 5);

  a11y_window_destroy (window);
  g_object_set (settings, "gtk-xft-dpi", dpi, NULL);
}

static void
collect_small (GtkWidget *widget,
               GPtrArray *problems)
{
  if (!gtk_widget_get_mapped (widget))
    return;
  if (GTK_IS_BUTTON (widget) || GTK_IS_CHECK_BUTTON (widget) || GTK_IS_SWITCH (widget))
    {
      int w = gtk_widget_get_width (widget), h = gtk_widget_get_height (widget);

      if (w < 44 || h < 44)
        {
          const char *label = GTK_IS_BUTTON (widget) ? gtk_button_get_label (GTK_BUTTON (widget)) : NULL;
          const char *tooltip = gtk_widget_get_tooltip_text (widget);

          g_ptr_array_add (problems, g_strdup_printf ("%s “%s” is %d × %d px", G_OBJECT_TYPE_NAME (widget),
                                                      label != NULL ? label : tooltip != NULL ? tooltip : "",
                                                      w, h));
        }
      if (!GTK_IS_CHECK_BUTTON (widget))
        return;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_small (child, problems);
}

static void
check_page (GtkWidget  *page,
            const char *name)
{
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);

  a11y_wait (50);
  collect_small (page, problems);
  report (problems, name);
}

static void
test_kiosk_targets (void)
{
  DorsalWindow *window = a11y_window_new (1280, 800);
  GtkWidget *pane = a11y_find_type (GTK_WIDGET (window), DORSAL_TYPE_ASSESSMENT_PANE);
  DorsalTriage *triage = dorsal_assessment_pane_get_triage (DORSAL_ASSESSMENT_PANE (pane));
  guint n = dorsal_triage_get_n_questions (triage);

  gtk_widget_add_css_class (GTK_WIDGET (window), "kiosk");
  dorsal_window_set_assessment_open (window, TRUE);
  a11y_spin ();
  check_page (_dorsal_assessment_pane_get_page_widget (DORSAL_ASSESSMENT_PANE (pane), "start"), "start");

  g_assert_true (gtk_widget_activate_action (pane, "assessment.start", NULL));
  for (guint i = 0; i < n; i++)
    {
      const DorsalQuestion *question = dorsal_triage_get_question (triage, i);
      g_autofree char *page = g_strconcat ("question-", dorsal_question_get_id (question), NULL);
      const char *value;

      a11y_spin ();
      g_assert_cmpstr (_dorsal_assessment_pane_get_page (DORSAL_ASSESSMENT_PANE (pane)), ==, page);
      check_page (_dorsal_assessment_pane_get_page_widget (DORSAL_ASSESSMENT_PANE (pane), page), page);
      switch (dorsal_question_get_kind (question))
        {
        case DORSAL_QUESTION_NUMBER:
          value = "30";
          break;
        case DORSAL_QUESTION_CHOICE:
          value = dorsal_question_get_values (question)[0];
          break;
        case DORSAL_QUESTION_ZONES:
          value = "";
          break;
        case DORSAL_QUESTION_YESNO:
        default:
          value = "no";
          break;
        }
      g_assert_true (gtk_widget_activate_action (pane, "assessment.answer", "s", value));
    }
  a11y_spin ();
  check_page (_dorsal_assessment_pane_get_page_widget (DORSAL_ASSESSMENT_PANE (pane), "outcome"), "outcome");

  a11y_window_destroy (window);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GtkCssProvider) css = NULL;

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  dorsal_resources_register ();
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

  /* the app's own stylesheet, as AdwApplication loads it (the kiosk rules live there) */
  css = gtk_css_provider_new ();
  gtk_css_provider_load_from_resource (css, RESOURCE_PREFIX "/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (css),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);

  g_test_add_func ("/a11y/layout/large-text", test_large_text);
  g_test_add_func ("/a11y/layout/kiosk-targets", test_kiosk_targets);

  return g_test_run ();
}
