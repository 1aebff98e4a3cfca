/* test-atlas-svg.c: the atlas and the four drawings agree: every interactive id has its topic,
 * and every id a topic shows exists in its view
 *
 * Copyright 2026 The Dorsal authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "dorsal-atlas.h"
#include "dorsal-resources.h"
#include "dorsal-svg-index.h"

static void
test_view (gconstpointer data)
{
  const char *view = data;
  const char *root = g_getenv ("DORSAL_SOURCE_ROOT");
  g_autofree char *name = g_strconcat (view, ".svg", NULL);
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(DorsalAtlas) atlas = NULL;
  g_autoptr(DorsalSvgIndex) index = NULL;
  g_autoptr(GPtrArray) interactive = g_ptr_array_new ();
  const char * const *ids;

  g_assert_nonnull (root);
  path = g_build_filename (root, "resources", "diagrams", name, NULL);
  file = g_file_new_for_path (path);

  atlas = dorsal_atlas_load_default (&error);
  g_assert_no_error (error);
  index = dorsal_svg_index_new_from_file (file, &error);
  g_assert_no_error (error);

  ids = dorsal_svg_index_get_ids (index);
  for (guint i = 0; ids[i] != NULL; i++)
    if (dorsal_svg_index_is_interactive (index, ids[i]))
      g_ptr_array_add (interactive, (gpointer) ids[i]);
  g_ptr_array_add (interactive, NULL);
  g_assert_cmpuint (interactive->len, >, 1);
  g_test_message ("%s: %u ids, %u interactive", view, g_strv_length ((char **) ids),
                  interactive->len - 1);

  if (!dorsal_atlas_check_svg_ids (atlas, view, ids, (const char * const *) interactive->pdata,
                                   &error))
    {
      g_auto(GStrv) lines = g_strsplit (error->message, "\n", -1);

      for (guint i = 0; lines[i] != NULL; i++)
        g_test_message ("%s", lines[i]);
      g_test_message ("%u problems in %s", g_strv_length (lines), view);
    }
  g_assert_no_error (error);

  /* and each interactive id opens the topic that claims it */
  for (guint i = 0; interactive->pdata[i] != NULL; i++)
    g_assert_nonnull (dorsal_atlas_topic_for_svg_id (atlas, interactive->pdata[i]));
}

int
main (int   argc,
      char *argv[])
{
  static const char * const views[] = { "posterior", "anterior", "lateral", "vertebra" };

  g_test_init (&argc, &argv, NULL);
  dorsal_resources_register ();

  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    {
      g_autofree char *path = g_strdup_printf ("/atlas/svg/%s", views[i]);
      g_test_add_data_func (path, views[i], test_view);
    }

  return g_test_run ();
}
