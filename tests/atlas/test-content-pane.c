/* test-content-pane.c: the content pane: topics, history, reading level, search, errors and reset
 *
 * Copyright 2026 The Dorsal authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "dorsal-content-pane.h"
#include "dorsal-content-pane-private.h"
#include "dorsal-resources.h"

static GFile *
data_file (const char *name)
{
  const char *root = g_getenv ("DORSAL_SOURCE_ROOT");
  g_autofree char *path = NULL;

  g_assert_nonnull (root);
  path = g_build_filename (root, "tests", "atlas", "data", name, NULL);
  return g_file_new_for_path (path);
}

static DorsalAtlas *
load_data (const char *name)
{
  g_autoptr(DorsalAtlas) atlas = dorsal_atlas_new ();
  g_autoptr(GFile) file = data_file (name);
  g_autoptr(GError) error = NULL;

  dorsal_atlas_add_file (atlas, file, &error);
  g_assert_no_error (error);
  dorsal_atlas_check (atlas, &error);
  g_assert_no_error (error);
  return g_steal_pointer (&atlas);
}

static DorsalContentPane *
new_pane (const char *atlas_file)
{
  DorsalContentPane *pane = g_object_ref_sink (DORSAL_CONTENT_PANE (dorsal_content_pane_new ()));

  if (atlas_file != NULL)
    {
      g_autoptr(DorsalAtlas) atlas = load_data (atlas_file);

      dorsal_content_pane_set_atlas (pane, atlas);
    }
  return pane;
}

static const char *
title_of (DorsalContentPane *pane)
{
  return gtk_label_get_text (_dorsal_content_pane_get_title_label (pane));
}

static double
text_scale (GSettings *settings)
{
  return g_settings_get_double (settings, "content-text-scale");
}

static void
reset_settings (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);

  g_settings_reset (settings, "reading-level");
  g_settings_reset (settings, "content-text-scale");
}

static void
test_new_destroy (void)
{
  DorsalContentPane *pane = new_pane (NULL);
  DorsalAtlas *atlas = load_data ("good.xml");

  g_assert_true (DORSAL_IS_CONTENT_PANE (pane));
  g_assert_null (dorsal_content_pane_get_topic_id (pane));
  g_assert_cmpstr (_dorsal_content_pane_get_visible_page (pane), ==, "empty");

  dorsal_content_pane_set_atlas (pane, atlas);
  g_assert_true (dorsal_content_pane_get_atlas (pane) == atlas);
  dorsal_content_pane_show_topic (pane, "scapula");

  g_assert_finalize_object (pane);
  g_assert_finalize_object (atlas);
}

static void
count_changes (DorsalContentPane *pane,
               const char        *id,
               GPtrArray         *seen)
{
  g_ptr_array_add (seen, g_strdup (id));
}

static void
test_show_topic (void)
{
  g_autoptr(DorsalContentPane) pane = new_pane ("good.xml");
  g_autoptr(GPtrArray) seen = g_ptr_array_new_with_free_func (g_free);

  /* the start page first */
  g_assert_cmpstr (dorsal_content_pane_get_topic_id (pane), ==, "start");
  g_assert_cmpstr (title_of (pane), ==, "Welcome");
  g_assert_cmpstr (_dorsal_content_pane_get_visible_page (pane), ==, "topic");

  g_signal_connect (pane, "topic-changed", G_CALLBACK (count_changes), seen);
  g_assert_true (dorsal_content_pane_show_topic (pane, "scapula"));
  g_assert_cmpstr (title_of (pane), ==, "Scapula (shoulder blade)");
  g_assert_cmpstr (dorsal_content_pane_get_topic_id (pane), ==, "scapula");
  g_assert_cmpuint (seen->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (seen, 0), ==, "scapula");

  /* the same topic again changes nothing, an unknown one is refused */
  g_assert_true (dorsal_content_pane_show_topic (pane, "scapula"));
  g_assert_false (dorsal_content_pane_show_topic (pane, "rib-left-13"));
  g_assert_cmpuint (seen->len, ==, 1);
  g_assert_cmpstr (title_of (pane), ==, "Scapula (shoulder blade)");

  gtk_widget_activate_action (GTK_WIDGET (pane), "content.open-topic", "s", "organ-heart");
  g_assert_cmpstr (title_of (pane), ==, "Heart");
  g_assert_cmpuint (seen->len, ==, 2);
}

static void
test_history (void)
{
  g_autoptr(DorsalContentPane) pane = new_pane ("good.xml");
  GtkWidget *widget = GTK_WIDGET (pane);

  dorsal_content_pane_show_topic (pane, "scapula");
  dorsal_content_pane_show_topic (pane, "organ-heart");

  gtk_widget_activate_action (widget, "content.back", NULL);
  g_assert_cmpstr (dorsal_content_pane_get_topic_id (pane), ==, "scapula");
  gtk_widget_activate_action (widget, "content.back", NULL);
  g_assert_cmpstr (dorsal_content_pane_get_topic_id (pane), ==, "start");
  /* nothing further back */
  gtk_widget_activate_action (widget, "content.back", NULL);
  g_assert_cmpstr (dorsal_content_pane_get_topic_id (pane), ==, "start");

  gtk_widget_activate_action (widget, "content.forward", NULL);
  g_assert_cmpstr (dorsal_content_pane_get_topic_id (pane), ==, "scapula");
  gtk_widget_activate_action (widget, "content.forward", NULL);
  g_assert_cmpstr (dorsal_content_pane_get_topic_id (pane), ==, "organ-heart");
  gtk_widget_activate_action (widget, "content.forward", NULL);
  g_assert_cmpstr (dorsal_content_pane_get_topic_id (pane), ==, "organ-heart");

  /* a new topic after going back drops the forward history */
  gtk_widget_activate_action (widget, "content.back", NULL);
  dorsal_content_pane_show_topic (pane, "organ-aorta");
  gtk_widget_activate_action (widget, "content.forward", NULL);
  g_assert_cmpstr (dorsal_content_pane_get_topic_id (pane), ==, "organ-aorta");
  gtk_widget_activate_action (widget, "content.back", NULL);
  g_assert_cmpstr (dorsal_content_pane_get_topic_id (pane), ==, "scapula");

  gtk_widget_activate_action (widget, "content.home", NULL);
  g_assert_cmpstr (dorsal_content_pane_get_topic_id (pane), ==, "start");
  gtk_widget_activate_action (widget, "content.back", NULL);
  g_assert_cmpstr (dorsal_content_pane_get_topic_id (pane), ==, "scapula");
}

static void
test_reading_level (void)
{
  g_autoptr(DorsalContentPane) pane = NULL;
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autofree char *plain = NULL;
  g_autofree char *clinical = NULL;
  g_autofree char *again = NULL;
  g_autofree char *level = NULL;

  reset_settings ();
  pane = new_pane ("good.xml");
  dorsal_content_pane_show_topic (pane, "scapula");

  plain = _dorsal_content_pane_get_body_text (pane);
  g_assert_cmpstr (plain, ==,
                   "It slides over the ribs when you move your arm.\n"
                   "Muscles & tendons hold it in place.");

  gtk_widget_activate_action (GTK_WIDGET (pane), "content.reading-level", "s", "clinical");
  clinical = _dorsal_content_pane_get_body_text (pane);
  g_assert_cmpstr (clinical, ==,
                   "The scapula articulates with the clavicle at the acromioclavicular joint.");
  g_assert_cmpint (g_settings_get_enum (settings, "reading-level"), ==, 1);
  level = g_settings_get_string (settings, "reading-level");
  g_assert_cmpstr (level, ==, "clinical");

  /* the level holds across topics, and the setting drives it too */
  dorsal_content_pane_show_topic (pane, "organ-heart");
  g_free (clinical);
  clinical = _dorsal_content_pane_get_body_text (pane);
  g_assert_true (g_str_has_prefix (clinical, "Cardiac ischaemia"));

  g_settings_set_string (settings, "reading-level", "plain");
  again = _dorsal_content_pane_get_body_text (pane);
  g_assert_cmpstr (again, ==, "Heart pain can be felt in the left arm and the jaw.");

  reset_settings ();
}

static void
test_text_scale (void)
{
  g_autoptr(DorsalContentPane) pane = NULL;
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  double scale;

  reset_settings ();
  pane = new_pane ("good.xml");

  gtk_widget_activate_action (GTK_WIDGET (pane), "content.zoom-in", NULL);
  g_assert_cmpfloat_with_epsilon (text_scale (settings), 1.125, 0.001);
  g_object_get (pane, "text-scale", &scale, NULL);
  g_assert_cmpfloat_with_epsilon (scale, 1.125, 0.001);

  for (guint i = 0; i < 20; i++)
    gtk_widget_activate_action (GTK_WIDGET (pane), "content.zoom-out", NULL);
  g_assert_cmpfloat_with_epsilon (text_scale (settings), 0.75, 0.001);

  gtk_widget_activate_action (GTK_WIDGET (pane), "content.zoom-reset", NULL);
  g_assert_cmpfloat_with_epsilon (text_scale (settings), 1.0, 0.001);

  reset_settings ();
}

static void
wait_for_results (DorsalContentPane *pane)
{
  gint64 end = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

  while (_dorsal_content_pane_get_n_results (pane) == 0 && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
}

static void
test_search (void)
{
  g_autoptr(DorsalContentPane) pane = new_pane ("good.xml");
  GtkSearchEntry *entry = _dorsal_content_pane_get_search_entry (pane);

  gtk_widget_activate_action (GTK_WIDGET (pane), "content.search", NULL);
  gtk_editable_set_text (GTK_EDITABLE (entry), "scapla");
  wait_for_results (pane);
  g_assert_cmpuint (_dorsal_content_pane_get_n_results (pane), >, 0);
  g_assert_cmpstr (_dorsal_content_pane_get_visible_page (pane), ==, "results");

  /* Enter opens the first result and closes the search */
  g_signal_emit_by_name (entry, "activate");
  g_assert_cmpstr (dorsal_content_pane_get_topic_id (pane), ==, "scapula");
  g_assert_cmpstr (_dorsal_content_pane_get_visible_page (pane), ==, "topic");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "");

  /* Enter right after typing, before the entry's delay runs out, works too */
  gtk_widget_activate_action (GTK_WIDGET (pane), "content.search", NULL);
  gtk_editable_set_text (GTK_EDITABLE (entry), "crush fracture");
  g_signal_emit_by_name (entry, "activate");
  g_assert_cmpstr (dorsal_content_pane_get_topic_id (pane), ==, "cause-compression-fracture");

  gtk_widget_activate_action (GTK_WIDGET (pane), "content.search", NULL);
  gtk_editable_set_text (GTK_EDITABLE (entry), "xyzzy");
  g_signal_emit_by_name (entry, "activate");
  g_assert_cmpstr (dorsal_content_pane_get_topic_id (pane), ==, "cause-compression-fracture");
  g_assert_cmpstr (_dorsal_content_pane_get_visible_page (pane), ==, "no-results");
}

static void
on_show_structures (DorsalContentPane *pane,
                    const char        *view,
                    char             **ids,
                    GStrv             *out)
{
  g_assert_cmpstr (view, ==, "lateral");
  *out = g_strdupv (ids);
}

static void
test_show_me (void)
{
  g_autoptr(DorsalContentPane) pane = new_pane ("good.xml");
  g_auto(GStrv) ids = NULL;

  g_signal_connect (pane, "show-structures", G_CALLBACK (on_show_structures), &ids);
  dorsal_content_pane_show_topic (pane, "cause-compression-fracture");
  gtk_widget_activate_action (GTK_WIDGET (pane), "content.show-me", NULL);
  g_assert_nonnull (ids);
  g_assert_true (g_strv_contains ((const char * const *) ids, "vertebra-t8"));
  g_assert_true (g_strv_contains ((const char * const *) ids, "condition-compression-fracture"));
}

static void
test_error_page (void)
{
  g_autoptr(DorsalContentPane) pane = new_pane ("good.xml");
  g_autoptr(DorsalAtlas) atlas = dorsal_atlas_new ();
  g_autoptr(GFile) file = data_file ("bad-xml.xml");
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  g_assert_false (dorsal_atlas_add_file (atlas, file, &error));
  dorsal_content_pane_set_error (pane, error);

  g_assert_cmpstr (_dorsal_content_pane_get_visible_page (pane), ==, "error");
  text = _dorsal_content_pane_get_error_text (pane);
  g_assert_cmpstr (text, ==, error->message);
  g_assert_true (g_str_has_prefix (text, "bad-xml.xml:6: "));
  g_assert_null (dorsal_content_pane_get_topic_id (pane));
  g_assert_false (dorsal_content_pane_show_topic (pane, "scapula"));
}

static void
test_error_page_long (void)
{
  g_autoptr(DorsalContentPane) pane = new_pane (NULL);
  g_autoptr(GString) message = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;

  for (guint i = 1; i <= 30; i++)
    g_string_append_printf (message, "%satlas.xml:%u: <related> names unknown topic \"x%u\"",
                            i > 1 ? "\n" : "", i, i);
  error = g_error_new_literal (DORSAL_ATLAS_ERROR, DORSAL_ATLAS_ERROR_UNKNOWN_TOPIC, message->str);
  dorsal_content_pane_set_error (pane, error);

  text = _dorsal_content_pane_get_error_text (pane);
  lines = g_strsplit (text, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 13);
  g_assert_cmpstr (lines[0], ==, "atlas.xml:1: <related> names unknown topic \"x1\"");
  g_assert_cmpstr (lines[12], ==, "… and 18 more problems");
}

static void
test_reset (void)
{
  g_autoptr(DorsalContentPane) pane = NULL;
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  GtkSearchEntry *entry;
  g_autofree char *level = NULL;

  reset_settings ();
  pane = new_pane ("good.xml");
  entry = _dorsal_content_pane_get_search_entry (pane);

  dorsal_content_pane_show_topic (pane, "scapula");
  dorsal_content_pane_show_topic (pane, "organ-heart");
  gtk_widget_activate_action (GTK_WIDGET (pane), "content.back", NULL);
  gtk_widget_activate_action (GTK_WIDGET (pane), "content.reading-level", "s", "clinical");
  gtk_widget_activate_action (GTK_WIDGET (pane), "content.zoom-in", NULL);
  gtk_widget_activate_action (GTK_WIDGET (pane), "content.search", NULL);
  gtk_editable_set_text (GTK_EDITABLE (entry), "heart");
  wait_for_results (pane);

  dorsal_content_pane_reset (pane);

  g_assert_cmpstr (dorsal_content_pane_get_topic_id (pane), ==, "start");
  g_assert_cmpstr (_dorsal_content_pane_get_visible_page (pane), ==, "topic");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "");
  g_assert_cmpuint (_dorsal_content_pane_get_n_results (pane), ==, 0);
  level = g_settings_get_string (settings, "reading-level");
  g_assert_cmpstr (level, ==, "plain");
  g_assert_cmpfloat_with_epsilon (text_scale (settings), 1.0, 0.001);

  /* no history left either way */
  gtk_widget_activate_action (GTK_WIDGET (pane), "content.back", NULL);
  g_assert_cmpstr (dorsal_content_pane_get_topic_id (pane), ==, "start");
  gtk_widget_activate_action (GTK_WIDGET (pane), "content.forward", NULL);
  g_assert_cmpstr (dorsal_content_pane_get_topic_id (pane), ==, "start");
}

/* Every control has a name a screen reader can say. */
static gboolean
has_name (GtkWidget *widget)
{
  if (gtk_test_accessible_has_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL))
    return TRUE;
  /* an AdwButtonContent names its button by its label */
  if (gtk_test_accessible_has_relation (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_RELATION_LABELLED_BY))
    return TRUE;
  if (GTK_IS_BUTTON (widget))
    {
      const char *label = gtk_button_get_label (GTK_BUTTON (widget));

      return label != NULL && *label != '\0' &&
             gtk_button_get_icon_name (GTK_BUTTON (widget)) == NULL;
    }
  return FALSE;
}

static void
check_names (GtkWidget *widget,
             guint     *checked)
{
  /* what is shown (the pages a stack hides are not child-visible) */
  if (!gtk_widget_get_visible (widget) || !gtk_widget_get_child_visible (widget))
    return;

  if (GTK_IS_BUTTON (widget) || GTK_IS_SEARCH_ENTRY (widget) ||
      (GTK_IS_LIST_BOX_ROW (widget) &&
       gtk_list_box_row_get_activatable (GTK_LIST_BOX_ROW (widget))))
    {
      if (!has_name (widget))
        g_test_message ("a %s has no accessible name", G_OBJECT_TYPE_NAME (widget));
      g_assert_true (has_name (widget));
      (*checked)++;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    check_names (child, checked);
}

static void
test_accessible_names (void)
{
  g_autoptr(DorsalContentPane) pane = new_pane ("good.xml");
  GtkWidget *window = gtk_window_new ();
  GtkSearchEntry *entry = _dorsal_content_pane_get_search_entry (pane);
  guint checked = 0;

  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (pane));
  gtk_window_present (GTK_WINDOW (window));

  dorsal_content_pane_show_topic (pane, "scapula");
  check_names (GTK_WIDGET (pane), &checked);
  /* back, forward, home, plain, clinical, search, show me, two related links */
  g_assert_cmpuint (checked, >=, 9);

  gtk_widget_activate_action (GTK_WIDGET (pane), "content.search", NULL);
  gtk_editable_set_text (GTK_EDITABLE (entry), "heart");
  wait_for_results (pane);
  checked = 0;
  check_names (GTK_WIDGET (pane), &checked);
  /* the six toolbar buttons and at least one result row */
  g_assert_cmpuint (checked, >=, 7);
  /* the entry may still be sliding in, so it is checked on its own */
  g_assert_true (has_name (GTK_WIDGET (entry)));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The pane shows every topic of the bundled atlas at both levels without a warning. */
static void
test_every_topic (void)
{
  g_autoptr(DorsalContentPane) pane = new_pane (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(DorsalAtlas) atlas = dorsal_atlas_load_default (&error);

  g_assert_no_error (error);
  dorsal_content_pane_set_atlas (pane, atlas);
  for (guint k = 0; k < DORSAL_TOPIC_N_KINDS; k++)
    {
      g_autoptr(GPtrArray) topics = dorsal_atlas_list_topics (atlas, k);

      for (guint i = 0; i < topics->len; i++)
        {
          DorsalTopic *topic = g_ptr_array_index (topics, i);

          g_assert_true (dorsal_content_pane_show_topic (pane, dorsal_topic_get_id (topic)));
          g_assert_cmpstr (title_of (pane), ==, dorsal_topic_get_title (topic));
        }
    }
  reset_settings ();
}

int
main (int   argc,
      char *argv[])
{
  /* the role and name assertions need the test accessibility backend */
  g_setenv ("GTK_A11Y", "test", TRUE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  dorsal_resources_register ();

  g_test_add_func ("/atlas/content-pane/new-destroy", test_new_destroy);
  g_test_add_func ("/atlas/content-pane/show-topic", test_show_topic);
  g_test_add_func ("/atlas/content-pane/history", test_history);
  g_test_add_func ("/atlas/content-pane/reading-level", test_reading_level);
  g_test_add_func ("/atlas/content-pane/text-scale", test_text_scale);
  g_test_add_func ("/atlas/content-pane/search", test_search);
  g_test_add_func ("/atlas/content-pane/show-me", test_show_me);
  g_test_add_func ("/atlas/content-pane/error-page", test_error_page);
  g_test_add_func ("/atlas/content-pane/error-page-long", test_error_page_long);
  g_test_add_func ("/atlas/content-pane/reset", test_reset);
  g_test_add_func ("/atlas/content-pane/accessible-names", test_accessible_names);
  g_test_add_func ("/atlas/content-pane/every-topic", test_every_topic);

  return g_test_run ();
}
