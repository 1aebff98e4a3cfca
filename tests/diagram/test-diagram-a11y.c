/* test-diagram-a11y.c: what assistive technology learns from the drawing and its pane
 *
 * Run with GTK_A11Y=test.
 *
 * Copyright 2026 The Dorsal authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "dorsal-diagram-pane.h"
#include "dorsal-diagram-view-private.h"
#include "dorsal-resources.h"

/* the names the atlas gives, for the structures the tests look at */
static char *
atlas_name (const char *id,
            gboolean    short_label,
            gpointer    data)
{
  if (strcmp (id, "vertebra-t7") == 0)
    return g_strdup (short_label ? "T7" : "T7, seventh thoracic vertebra");
  if (strcmp (id, "rib-left-7") == 0)
    return g_strdup (short_label ? "Rib 7 L" : "Rib 7, left, true rib");
  if (strcmp (id, "zone-neck") == 0)
    return g_strdup (short_label ? "Neck" : "Neck");
  return NULL;
}

static void
test_regions (void)
{
  GtkWidget *view = g_object_ref_sink (dorsal_diagram_view_new ());
  DorsalDiagramView *self = DORSAL_DIAGRAM_VIEW (view);
  GtkWidget *t7, *rib, *neck;
  GPtrArray *regions;

  dorsal_diagram_view_set_name_func (self, atlas_name, NULL, NULL);

  gtk_test_accessible_assert_role (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_ROLE_GROUP);
  g_assert_true (gtk_test_accessible_has_property (GTK_ACCESSIBLE (view),
                                                   GTK_ACCESSIBLE_PROPERTY_LABEL));

  t7 = _dorsal_diagram_view_get_region (self, "vertebra-t7");
  rib = _dorsal_diagram_view_get_region (self, "rib-left-7");
  g_assert_nonnull (t7);
  g_assert_nonnull (rib);
  gtk_test_accessible_assert_role (GTK_ACCESSIBLE (t7), GTK_ACCESSIBLE_ROLE_BUTTON);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (t7), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "T7, seventh thoracic vertebra");
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (rib), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Rib 7, left, true rib");
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (t7), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                       "Bone");
  gtk_test_accessible_assert_state (GTK_ACCESSIBLE (t7), GTK_ACCESSIBLE_STATE_SELECTED, FALSE);

  /* every structure a screen reader can reach has a name */
  regions = _dorsal_diagram_view_get_regions (self);
  for (guint i = 0; i < regions->len; i++)
    {
      GtkWidget *region = g_ptr_array_index (regions, i);

      gtk_test_accessible_assert_role (GTK_ACCESSIBLE (region), GTK_ACCESSIBLE_ROLE_BUTTON);
      g_assert_true (gtk_test_accessible_has_property (GTK_ACCESSIBLE (region),
                                                       GTK_ACCESSIBLE_PROPERTY_LABEL));
      g_assert_true (gtk_widget_get_focusable (region));
      g_assert_false (gtk_widget_get_can_target (region));
      g_assert_true (gtk_widget_get_visible (region));
    }

  dorsal_diagram_view_set_selected (self, "vertebra-t7");
  gtk_test_accessible_assert_state (GTK_ACCESSIBLE (t7), GTK_ACCESSIBLE_STATE_SELECTED, TRUE);
  g_assert_true (gtk_widget_get_state_flags (t7) & GTK_STATE_FLAG_SELECTED);
  dorsal_diagram_view_set_selected (self, NULL);
  gtk_test_accessible_assert_state (GTK_ACCESSIBLE (t7), GTK_ACCESSIBLE_STATE_SELECTED, FALSE);

  /* body-map zones are toggles: pressed or not */
  dorsal_diagram_view_set_pick_mode (self, TRUE);
  neck = _dorsal_diagram_view_get_region (self, "zone-neck");
  g_assert_nonnull (neck);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (neck), GTK_ACCESSIBLE_PROPERTY_LABEL, "Neck");
  gtk_test_accessible_assert_state (GTK_ACCESSIBLE (neck), GTK_ACCESSIBLE_STATE_PRESSED,
                                    GTK_ACCESSIBLE_TRISTATE_FALSE);
  g_assert_true (gtk_widget_activate_action (neck, "region.activate", NULL));
  gtk_test_accessible_assert_state (GTK_ACCESSIBLE (neck), GTK_ACCESSIBLE_STATE_PRESSED,
                                    GTK_ACCESSIBLE_TRISTATE_TRUE);
  g_assert_cmpstr (dorsal_diagram_view_get_picked_zones (self)[0], ==, "zone-neck");

  g_assert_finalize_object (view);
}

static void
check_named (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if ((GTK_IS_BUTTON (child) || GTK_IS_MENU_BUTTON (child) || GTK_IS_DROP_DOWN (child)) &&
          gtk_widget_get_visible (child))
        {
          const char *label = GTK_IS_BUTTON (child) ? gtk_button_get_label (GTK_BUTTON (child)) : NULL;

          if (GTK_IS_MENU_BUTTON (child))
            label = gtk_menu_button_get_label (GTK_MENU_BUTTON (child));
          /* a button says its text; an icon-only one needs a label of its own */
          if (label == NULL)
            g_assert_true (gtk_test_accessible_has_property (GTK_ACCESSIBLE (child),
                                                             GTK_ACCESSIBLE_PROPERTY_LABEL));
          g_assert_nonnull (gtk_widget_get_tooltip_text (child));
          /* their insides are theirs */
          continue;
        }
      check_named (child);
    }
}

static void
test_pane_controls_named (void)
{
  GtkWidget *pane = g_object_ref_sink (dorsal_diagram_pane_new ());

  check_named (pane);
  g_assert_finalize_object (pane);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  dorsal_resources_register ();

  g_test_add_func ("/diagram-a11y/regions", test_regions);
  g_test_add_func ("/diagram-a11y/pane-controls-named", test_pane_controls_named);

  return g_test_run ();
}
