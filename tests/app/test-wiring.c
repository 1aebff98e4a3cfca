/* test-wiring.c: the window joins the drawing, the content, the self-assessment and referred pain
 *
 * Copyright 2026 The Dorsal authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "a11y-test-util.h"
#include "dorsal-content-pane.h"
#include "dorsal-diagram-view.h"
#include "dorsal-referred.h"
#include "dorsal-referred-panel.h"
#include "dorsal-resources.h"
#include "dorsal-window.h"

static DorsalWindow *
new_window (void)
{
  DorsalWindow *window = g_object_new (DORSAL_TYPE_WINDOW, NULL);

  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
  for (guint i = 0; i < 10; i++)
    g_main_context_iteration (NULL, FALSE);
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
strv_contains (const char * const *strv,
               const char         *s)
{
  return strv != NULL && g_strv_contains (strv, s);
}

static void
test_click_opens_topic (void)
{
  DorsalWindow *window = new_window ();
  DorsalDiagramView *view = dorsal_window_get_diagram_view (window);
  DorsalContentPane *pane = dorsal_window_get_content_pane (window);

  g_assert_nonnull (view);
  g_assert_nonnull (pane);

  /* a structure with its own topic, and a member of a group topic */
  g_signal_emit_by_name (view, "structure-activated", "rib-left-7");
  g_assert_cmpstr (dorsal_content_pane_get_topic_id (pane), ==, "rib-left-7");
  g_signal_emit_by_name (view, "structure-activated", "disc-t6-t7");
  g_assert_cmpstr (dorsal_content_pane_get_topic_id (pane), ==, "intervertebral-discs");

  /* a structure's own page selects it on the drawing */
  dorsal_content_pane_show_topic (pane, "vertebra-t7");
  g_assert_cmpstr (dorsal_diagram_view_get_selected (view), ==, "vertebra-t7");

  /* Show Me on a cause page reaches the drawing, switching the view */
  dorsal_content_pane_show_topic (pane, "cause-compression-fracture");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (pane), "content.show-me", NULL));
  g_assert_cmpstr (dorsal_diagram_view_get_view (view), ==, "lateral");
  g_assert_true (strv_contains (dorsal_diagram_view_get_shown_ids (view), "condition-compression-fracture"));

  destroy_window (window);
}

static void
test_referred_pain (void)
{
  DorsalWindow *window = new_window ();
  DorsalDiagramView *view = dorsal_window_get_diagram_view (window);
  DorsalReferredPanel *panel = dorsal_window_get_referred_panel (window);
  GtkWidget *panel_widget;

  g_assert_nonnull (panel);
  panel_widget = GTK_WIDGET (panel);

  /* the menu's toggle is the drawing's mode */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.referred-mode", NULL));
  g_assert_true (dorsal_diagram_view_get_referred_mode (view));
  g_assert_true (gtk_widget_get_child_visible (panel_widget) || gtk_widget_get_mapped (panel_widget));

  /* tapping between the shoulder blades lists the heart, the aorta and the oesophagus */
  g_signal_emit_by_name (view, "referred-area-activated", "referred-between-shoulder-blades");
  g_assert_cmpstr (dorsal_referred_panel_get_area (panel), ==, "referred-between-shoulder-blades");
  g_assert_cmpuint (dorsal_referred_panel_get_n_organs_shown (panel), >=, 3);

  /* what it lists fits beside the drawing: at 1280 px the window must not fold to the
   * drawing alone (a row of two pill buttons once made the pane too wide), for any spot */
  {
    AdwLeaflet *leaflet = ADW_LEAFLET (a11y_find_type (GTK_WIDGET (window), ADW_TYPE_LEAFLET));
    g_autoptr(GError) error = NULL;
    g_autoptr(DorsalReferred) referred = dorsal_referred_new_default (&error);

    g_assert_no_error (error);
    g_assert_nonnull (leaflet);
    a11y_wait (150);
    g_assert_false (adw_leaflet_get_folded (leaflet));
    g_assert_true (gtk_widget_get_mapped (panel_widget));

    for (guint i = 0; i < dorsal_referred_get_n_organs (referred); i++)
      {
        const DorsalReferredOrgan *organ = dorsal_referred_get_organ (referred, i);
        const char * const *areas = dorsal_referred_organ_get_areas (organ, NULL);

        g_assert_true (dorsal_referred_panel_show_organ (panel, dorsal_referred_organ_get_id (organ)));
        a11y_wait (150);
        g_assert_false (adw_leaflet_get_folded (leaflet));
        for (guint a = 0; areas != NULL && areas[a] != NULL; a++)
          {
            if (!dorsal_referred_panel_show_area (panel, areas[a]))
              continue;
            a11y_wait (150);
            if (adw_leaflet_get_folded (leaflet))
              g_test_message ("the window folded for %s", areas[a]);
            g_assert_false (adw_leaflet_get_folded (leaflet));
            g_assert_true (gtk_widget_get_mapped (panel_widget));
          }
      }
  }

  /* choosing the heart lights exactly the areas listed for it in that view */
  dorsal_diagram_view_set_view (view, "anterior");
  g_signal_emit_by_name (view, "structure-activated", "organ-heart");
  g_assert_cmpstr (dorsal_referred_panel_get_organ (panel), ==, "heart");
  {
    const char * const *shown = dorsal_diagram_view_get_shown_ids (view);
    static const char *want[] = { "referred-chest-centre", "referred-left-arm", "referred-jaw", "referred-neck" };

    g_assert_cmpuint (g_strv_length ((char **) shown), ==, G_N_ELEMENTS (want));
    for (guint i = 0; i < G_N_ELEMENTS (want); i++)
      g_assert_true (strv_contains (shown, want[i]));
  }

  /* leaving the mode brings the topic back */
  dorsal_diagram_view_set_referred_mode (view, FALSE);
  g_signal_emit_by_name (view, "structure-activated", "vertebra-t5");
  g_assert_cmpstr (dorsal_content_pane_get_topic_id (dorsal_window_get_content_pane (window)), ==, "vertebra-t5");

  destroy_window (window);
}

static void
test_pick_zones_narrow (void)
{
  DorsalWindow *window = g_object_new (DORSAL_TYPE_WINDOW, NULL);
  DorsalDiagramView *view;
  GObject *assessment;
  g_auto(GStrv) picked = NULL;
  static const char *zones[] = { "zone-neck", "zone-mid-back", NULL };

  gtk_window_set_default_size (GTK_WINDOW (window), 400, 800);
  gtk_window_present (GTK_WINDOW (window));
  dorsal_window_set_assessment_open (window, TRUE);
  for (guint i = 0; i < 20; i++)
    g_main_context_iteration (NULL, FALSE);

  view = dorsal_window_get_diagram_view (window);
  assessment = dorsal_window_get_assessment_pane (window);
  g_assert_nonnull (assessment);

  /* the questions cover the drawing on a narrow window: they step aside */
  g_signal_emit_by_name (assessment, "pick-zones-requested", TRUE);
  g_assert_true (dorsal_diagram_view_get_pick_mode (view));
  g_assert_false (dorsal_window_get_assessment_open (window));

  /* zones picked on the drawing are the pane's answer, and back */
  dorsal_diagram_view_set_picked_zones (view, zones);
  g_object_get (assessment, "picked-zones", &picked, NULL);
  g_assert_nonnull (picked);
  g_assert_true (g_strv_contains ((const char * const *) picked, "zone-neck"));
  g_assert_true (g_strv_contains ((const char * const *) picked, "zone-mid-back"));

  g_signal_emit_by_name (assessment, "pick-zones-requested", FALSE);
  g_assert_false (dorsal_diagram_view_get_pick_mode (view));

  destroy_window (window);
}

static void
test_visitor_reset (void)
{
  DorsalWindow *window = new_window ();
  DorsalDiagramView *view = dorsal_window_get_diagram_view (window);
  DorsalContentPane *pane = dorsal_window_get_content_pane (window);

  dorsal_diagram_view_set_view (view, "lateral");
  dorsal_diagram_view_set_selected (view, "disc-t6-t7");
  dorsal_content_pane_show_topic (pane, "cause-shingles");
  dorsal_window_set_assessment_open (window, TRUE);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.reset-visitor", NULL));
  g_assert_false (dorsal_window_get_assessment_open (window));
  g_assert_cmpstr (dorsal_diagram_view_get_view (view), ==, "posterior");
  g_assert_null (dorsal_diagram_view_get_selected (view));
  g_assert_cmpstr (dorsal_content_pane_get_topic_id (pane), ==, "start");

  destroy_window (window);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  dorsal_resources_register ();

  g_test_add_func ("/wiring/click-opens-topic", test_click_opens_topic);
  g_test_add_func ("/wiring/referred-pain", test_referred_pain);
  g_test_add_func ("/wiring/pick-zones-narrow", test_pick_zones_narrow);
  g_test_add_func ("/wiring/visitor-reset", test_visitor_reset);

  return g_test_run ();
}
