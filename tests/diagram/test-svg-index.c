/* test-svg-index.c: the id scan of a drawing: layers, structures, parts and errors
 *
 * Copyright 2026 The Dorsal authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "dorsal-resources.h"
#include "dorsal-svg-index.h"

static GFile *
data_file (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", name, NULL);

  return g_file_new_for_path (path);
}

static DorsalSvgIndex *
index_from_string (const char  *text,
                   GError     **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));

  return dorsal_svg_index_new_from_bytes (bytes, "test.svg", error);
}

static void
test_mini (void)
{
  g_autoptr(GFile) file = data_file ("mini.svg");
  g_autoptr(GError) error = NULL;
  g_autoptr(DorsalSvgIndex) index = dorsal_svg_index_new_from_file (file, &error);
  const char * const *ids;
  const char * const *structures;
  const char * const *layers;

  g_assert_no_error (error);
  g_assert_nonnull (index);

  ids = dorsal_svg_index_get_ids (index);
  /* document order, definitions and layer groups included */
  g_assert_cmpstr (ids[0], ==, "bone-shade");
  g_assert_cmpstr (ids[1], ==, "layer-context");
  g_assert_cmpstr (ids[2], ==, "silhouette");
  g_assert_true (g_strv_contains (ids, "vertebra-t2-shade"));
  g_assert_cmpuint (g_strv_length ((char **) ids), ==, 28);

  layers = dorsal_svg_index_get_layers (index);
  g_assert_cmpuint (g_strv_length ((char **) layers), ==, 8);
  g_assert_cmpstr (layers[0], ==, "context");
  g_assert_cmpstr (layers[7], ==, "conditions");

  g_assert_cmpstr (dorsal_svg_index_get_layer (index, "vertebra-t7"), ==, NULL);
  g_assert_cmpstr (dorsal_svg_index_get_layer (index, "vertebra-t1"), ==, "bones");
  g_assert_cmpstr (dorsal_svg_index_get_layer (index, "vertebra-t2-shade"), ==, "bones");
  g_assert_cmpstr (dorsal_svg_index_get_layer (index, "layer-discs"), ==, "discs");
  g_assert_cmpstr (dorsal_svg_index_get_layer (index, "bone-shade"), ==, NULL);
  g_assert_cmpstr (dorsal_svg_index_get_layer (index, "nerve-root-t1"), ==, "nerves");

  g_assert_true (dorsal_svg_index_is_interactive (index, "vertebra-t1"));
  g_assert_true (dorsal_svg_index_is_interactive (index, "rib-left-2"));
  g_assert_true (dorsal_svg_index_is_interactive (index, "costal-cartilage-left-1"));
  g_assert_true (dorsal_svg_index_is_interactive (index, "disc-t1-t2"));
  g_assert_true (dorsal_svg_index_is_interactive (index, "spinal-cord"));
  g_assert_true (dorsal_svg_index_is_interactive (index, "zone-neck"));
  g_assert_false (dorsal_svg_index_is_interactive (index, "vertebra-t2-shade"));
  g_assert_false (dorsal_svg_index_is_interactive (index, "layer-bones"));
  g_assert_false (dorsal_svg_index_is_interactive (index, "silhouette"));
  g_assert_false (dorsal_svg_index_is_interactive (index, "referred-mid-back"));
  g_assert_false (dorsal_svg_index_is_interactive (index, "condition-compression-fracture"));
  g_assert_false (dorsal_svg_index_is_interactive (index, "bone-shade"));
  g_assert_false (dorsal_svg_index_is_interactive (index, "no-such-id"));

  g_assert_cmpint (dorsal_svg_index_get_kind (index, "referred-mid-back"), ==, DORSAL_SVG_KIND_REFERRED);
  g_assert_cmpint (dorsal_svg_index_get_kind (index, "condition-compression-fracture"), ==,
                   DORSAL_SVG_KIND_CONDITION);
  g_assert_cmpint (dorsal_svg_index_get_kind (index, "silhouette"), ==, DORSAL_SVG_KIND_CONTEXT);
  g_assert_cmpint (dorsal_svg_index_get_kind (index, "vertebra-t2-shade"), ==, DORSAL_SVG_KIND_NONE);

  g_assert_cmpstr (dorsal_svg_index_get_structure_of (index, "vertebra-t2-shade"), ==, "vertebra-t2");
  g_assert_cmpstr (dorsal_svg_index_get_structure_of (index, "vertebra-t2"), ==, "vertebra-t2");
  g_assert_null (dorsal_svg_index_get_structure_of (index, "layer-bones"));
  g_assert_null (dorsal_svg_index_get_structure_of (index, "bone-shade"));

  structures = dorsal_svg_index_get_structures (index);
  g_assert_cmpstr (structures[0], ==, "silhouette");
  g_assert_cmpstr (structures[1], ==, "vertebra-t1");
  g_assert_false (g_strv_contains (structures, "vertebra-t2-shade"));
  g_assert_cmpuint (g_strv_length ((char **) structures), ==, 18);

  g_assert_true (dorsal_svg_index_has_id (index, "bone-shade"));
  g_assert_false (dorsal_svg_index_has_id (index, "bone"));
  g_assert_cmpint (dorsal_svg_index_get_line (index, "vertebra-t1"), >, 20);

  g_assert_true (dorsal_svg_layer_is_interactive ("dermatomes"));
  g_assert_false (dorsal_svg_layer_is_interactive ("referred"));
  g_assert_false (dorsal_svg_layer_is_interactive (NULL));
}

static void
test_bad_xml (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DorsalSvgIndex) index =
    index_from_string ("<svg xmlns=\"http://www.w3.org/2000/svg\">\n<g id=\"a\">\n<rect></g>\n</svg>\n",
                       &error);

  g_assert_null (index);
  g_assert_error (error, DORSAL_SVG_INDEX_ERROR, DORSAL_SVG_INDEX_ERROR_PARSE);
  g_test_message ("%s", error->message);
  g_assert_true (g_str_has_prefix (error->message, "test.svg:3:"));
}

static void
test_not_svg (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DorsalSvgIndex) index = index_from_string ("<html/>", &error);

  g_assert_null (index);
  g_assert_error (error, DORSAL_SVG_INDEX_ERROR, DORSAL_SVG_INDEX_ERROR_NOT_SVG);
  g_assert_true (g_str_has_prefix (error->message, "test.svg:1:"));
}

static void
test_duplicate (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DorsalSvgIndex) index =
    index_from_string ("<svg xmlns=\"http://www.w3.org/2000/svg\">\n"
                       "<g id=\"layer-bones\">\n<rect id=\"rib-left-1\"/>\n"
                       "<rect id=\"rib-left-1\"/>\n</g>\n</svg>\n", &error);

  g_assert_null (index);
  g_assert_error (error, DORSAL_SVG_INDEX_ERROR, DORSAL_SVG_INDEX_ERROR_DUPLICATE_ID);
  g_assert_true (g_str_has_prefix (error->message, "test.svg:4:"));
  g_assert_nonnull (strstr (error->message, "rib-left-1"));
}

static void
test_missing_file (void)
{
  g_autoptr(GFile) file = data_file ("no-such-drawing.svg");
  g_autoptr(GError) error = NULL;
  g_autoptr(DorsalSvgIndex) index = dorsal_svg_index_new_from_file (file, &error);

  g_assert_null (index);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
}

/* Every bundled drawing parses, and its interactive ids sit in the layers
 * DESIGN.md gives them. */
static void
test_bundled (void)
{
  static const char * const views[] = { "posterior", "anterior", "lateral", "vertebra" };
  static const struct { const char *prefix; const char *layer; } expected[] = {
    { "vertebra-", "bones" }, { "rib-", "bones" }, { "sternum-", "bones" },
    { "costal-cartilage-", "cartilage" }, { "disc-", "discs" }, { "facet-", "discs" },
    { "nerve-root-", "nerves" }, { "organ-", "organs" }, { "dermatome-", "dermatomes" },
    { "zone-", "zones" }, { "referred-", "referred" }, { "condition-", "conditions" },
  };
  guint found = 0;

  for (guint v = 0; v < G_N_ELEMENTS (views); v++)
    {
      g_autofree char *path = g_strdup_printf ("diagrams/%s.svg", views[v]);
      g_autoptr(GFile) file = dorsal_resource_file (path);
      g_autoptr(GError) error = NULL;
      g_autoptr(DorsalSvgIndex) index = NULL;
      const char * const *structures;

      g_assert_true (g_file_query_exists (file, NULL));
      found++;

      index = dorsal_svg_index_new_from_file (file, &error);
      g_assert_no_error (error);

      structures = dorsal_svg_index_get_structures (index);
      g_assert_nonnull (structures[0]);
      for (guint i = 0; structures[i] != NULL; i++)
        for (guint e = 0; e < G_N_ELEMENTS (expected); e++)
          if (g_str_has_prefix (structures[i], expected[e].prefix))
            {
              g_test_message ("%s: %s", views[v], structures[i]);
              g_assert_cmpstr (dorsal_svg_index_get_layer (index, structures[i]), ==,
                               expected[e].layer);
            }
    }

  g_assert_cmpuint (found, ==, G_N_ELEMENTS (views));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/svg-index/mini", test_mini);
  g_test_add_func ("/svg-index/bad-xml", test_bad_xml);
  g_test_add_func ("/svg-index/not-svg", test_not_svg);
  g_test_add_func ("/svg-index/duplicate", test_duplicate);
  g_test_add_func ("/svg-index/missing-file", test_missing_file);
  g_test_add_func ("/svg-index/bundled", test_bundled);

  return g_test_run ();
}
