/* test-tour.c: the tour loads from tour.xml, steps forward and back, and reports broken files clearly
 *
 * Copyright 2026 The Dorsal authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "dorsal-modes-content.h"
#include "dorsal-resources.h"
#include "dorsal-tour.h"
#include "modes-test-util.h"

static const char * const views[] = { "posterior", "anterior", "lateral", "vertebra", NULL };

static void
test_tour_bundled (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DorsalTour) tour = dorsal_tour_load_default (&error);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  guint n;

  g_assert_no_error (error);
  g_assert_nonnull (tour);

  n = dorsal_tour_get_n_steps (tour);
  g_assert_cmpuint (n, >=, 10);
  g_assert_cmpuint (n, <=, 20);

  for (guint i = 0; i < n; i++)
    {
      const char * const *ids = dorsal_tour_get_step_ids (tour, i);

      g_assert_true (g_hash_table_add (seen, (gpointer) dorsal_tour_get_step_id (tour, i)));
      g_assert_true (g_strv_contains (views, dorsal_tour_get_step_view (tour, i)));
      g_assert_cmpstr (dorsal_tour_get_step_title (tour, i), !=, "");
      g_assert_cmpstr (dorsal_tour_get_step_text (tour, i), !=, "");
      /* whitespace is normalised as xgettext does, so lookups match the catalogue */
      g_assert_null (strchr (dorsal_tour_get_step_text (tour, i), '\n'));
      g_assert_nonnull (ids);
      g_assert_nonnull (ids[0]);
    }
}

/* The tour covers what the issue asks for: the spine, each rib kind, discs and
 * facets, the cord and roots, the scapula and muscles, causes and warning signs. */
static void
test_tour_coverage (void)
{
  g_autoptr(DorsalTour) tour = dorsal_tour_load_default (NULL);
  static const char * const wanted[] = {
    "vertebra-t1", "vertebra-t12", "rib-left-1", "rib-left-8", "rib-left-11", "disc-t6-t7",
    "facet-t6-t7", "spinal-cord", "nerve-root-t7", "scapula-left", "trapezius", "sternum-body",
  };
  g_autoptr(GString) all_ids = g_string_new (" ");
  g_autoptr(GString) all_text = g_string_new (NULL);

  for (guint i = 0; i < dorsal_tour_get_n_steps (tour); i++)
    {
      g_autofree char *joined = g_strjoinv (" ", (char **) dorsal_tour_get_step_ids (tour, i));

      g_string_append_printf (all_ids, "%s ", joined);
      g_string_append_printf (all_text, "%s %s ", dorsal_tour_get_step_title (tour, i),
                              dorsal_tour_get_step_text (tour, i));
    }

  for (guint i = 0; i < G_N_ELEMENTS (wanted); i++)
    {
      g_autofree char *needle = g_strdup_printf (" %s ", wanted[i]);

      if (strstr (all_ids->str, needle) == NULL)
        g_error ("no tour step shows %s", wanted[i]);
    }

  g_assert_nonnull (strstr (all_text->str, "true ribs"));
  g_assert_nonnull (strstr (all_text->str, "false ribs"));
  g_assert_nonnull (strstr (all_text->str, "floating ribs"));
  g_assert_nonnull (strstr (all_text->str, "emergency"));
}

static guint
count_notify (guint *count)
{
  return ++(*count);
}

static void
test_tour_stepping (void)
{
  g_autoptr(DorsalTour) tour = dorsal_tour_load_default (NULL);
  guint n = dorsal_tour_get_n_steps (tour);
  guint notified = 0;
  g_autofree gboolean *visited = g_new0 (gboolean, n);

  g_signal_connect_swapped (tour, "notify::position", G_CALLBACK (count_notify), &notified);

  g_assert_cmpuint (dorsal_tour_get_position (tour), ==, 0);
  g_assert_false (dorsal_tour_previous (tour));
  g_assert_cmpuint (notified, ==, 0);

  visited[0] = TRUE;
  for (guint i = 1; i < n; i++)
    {
      g_assert_true (dorsal_tour_next (tour));
      g_assert_cmpuint (dorsal_tour_get_position (tour), ==, i);
      visited[i] = TRUE;
    }
  g_assert_false (dorsal_tour_next (tour));
  g_assert_cmpuint (dorsal_tour_get_position (tour), ==, n - 1);
  g_assert_cmpuint (notified, ==, n - 1);

  for (guint i = n - 1; i > 0; i--)
    {
      g_assert_true (dorsal_tour_previous (tour));
      g_assert_cmpuint (dorsal_tour_get_position (tour), ==, i - 1);
    }
  g_assert_false (dorsal_tour_previous (tour));

  for (guint i = 0; i < n; i++)
    g_assert_true (visited[i]);

  /* jumping past the end stops at the last step */
  dorsal_tour_set_position (tour, 1000);
  g_assert_cmpuint (dorsal_tour_get_position (tour), ==, n - 1);
  g_object_set (tour, "position", 2, NULL);
  g_assert_cmpuint (dorsal_tour_get_position (tour), ==, 2);
}

static void
assert_broken (const char  *contents,
               int          code,
               const char  *in_message)
{
  g_autoptr(GFile) file = modes_test_write_file ("tour.xml", contents);
  g_autoptr(GError) error = NULL;
  g_autoptr(DorsalTour) tour = dorsal_tour_new_from_file (file, &error);

  g_assert_null (tour);
  g_assert_error (error, DORSAL_MODES_ERROR, code);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, in_message));
  modes_test_delete_file (file);
}

static void
test_tour_broken (void)
{
  g_autoptr(GFile) missing = g_file_new_for_path ("/nonexistent/tour.xml");
  g_autoptr(GError) error = NULL;

  g_assert_null (dorsal_tour_new_from_file (missing, &error));
  g_assert_error (error, DORSAL_MODES_ERROR, DORSAL_MODES_ERROR_READ);
  g_assert_nonnull (strstr (error->message, "tour.xml"));

  assert_broken ("<tour version=\"1\">\n<step>\n</tour>\n", DORSAL_MODES_ERROR_PARSE, "tour.xml:3: Opening and ending tag mismatch: step line 2 and tour");
  /* an unknown view, on line 2 */
  assert_broken ("<tour version=\"1\">\n<step id=\"a\" view=\"sideways\"><title>A</title><plain>B.</plain>"
                 "<show>vertebra-t1</show></step>\n</tour>\n",
                 DORSAL_MODES_ERROR_SCHEMA, "tour.xml:2");
  /* no ids to show */
  assert_broken ("<tour version=\"1\">\n<step id=\"a\" view=\"lateral\"><title>A</title><plain>B.</plain>"
                 "<show> </show></step>\n</tour>\n",
                 DORSAL_MODES_ERROR_SCHEMA, "tour.xml:2");
  assert_broken ("<tour version=\"1\">\n"
                 "<step id=\"a\" view=\"lateral\"><title>A</title><plain>B.</plain><show>vertebra-t1</show></step>\n"
                 "<step id=\"a\" view=\"lateral\"><title>A</title><plain>B.</plain><show>vertebra-t1</show></step>\n"
                 "</tour>\n",
                 DORSAL_MODES_ERROR_INVALID, "tour.xml:3: a second step with the id “a”");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  dorsal_resources_register ();

  g_test_add_func ("/modes/tour/bundled", test_tour_bundled);
  g_test_add_func ("/modes/tour/coverage", test_tour_coverage);
  g_test_add_func ("/modes/tour/stepping", test_tour_stepping);
  g_test_add_func ("/modes/tour/broken", test_tour_broken);

  return g_test_run ();
}
