/* test-diagram.c: the drawing model and its hit map, without a display
 *
 * Copyright 2026 The Dorsal authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "dorsal-diagram.h"
#include "dorsal-resources.h"

static const char * const all_layers[] = {
  "bones", "cartilage", "discs", "nerves", "muscles", "organs", "dermatomes", "context",
};

static DorsalDiagram *
load_view (const char *view)
{
  g_autoptr(GError) error = NULL;
  DorsalDiagram *diagram = dorsal_diagram_new_for_view (view, &error);

  g_assert_no_error (error);
  g_assert_nonnull (diagram);
  return diagram;
}

static DorsalDiagram *
load_mini (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "mini.svg", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  char *data;
  gsize size;
  DorsalDiagram *diagram;

  g_assert_true (g_file_get_contents (path, &data, &size, &error));
  bytes = g_bytes_new_take (data, size);
  diagram = dorsal_diagram_new_from_bytes (bytes, "mini.svg", &error);
  g_assert_no_error (error);
  return diagram;
}

static DorsalHitMap *
hit_map_at (DorsalDiagram *diagram,
            double         height_px)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DorsalDiagramRendering) rendering = NULL;
  double w, h, s;
  RsvgRectangle area;

  dorsal_diagram_get_size (diagram, &w, &h);
  s = height_px / h;
  area = (RsvgRectangle) { 0, 0, w, h };
  rendering = dorsal_diagram_render (diagram, &area, 0, s, &error);
  g_assert_no_error (error);
  g_assert_nonnull (rendering->hit_map);
  g_assert_null (rendering->image);

  return g_object_ref (rendering->hit_map);
}

static void
show_only (DorsalDiagram *diagram,
           const char    *layer)
{
  for (guint i = 0; i < G_N_ELEMENTS (all_layers); i++)
    dorsal_diagram_set_layer_visible (diagram, all_layers[i], g_strcmp0 (layer, all_layers[i]) == 0);
}

/* Every structure of every view, shown alone in its layer, is hit at its
 * own deepest pixel and gives its id back. */
static void
check_every_structure (DorsalDiagram *diagram,
                       const char    *view,
                       guint         *checked)
{
  DorsalSvgIndex *index = dorsal_diagram_get_index (diagram);
  const char * const *layers = dorsal_svg_index_get_layers (index);

  for (guint l = 0; layers[l] != NULL; l++)
    {
      const char *layer = layers[l];
      g_autoptr(DorsalHitMap) map = NULL;
      g_auto(GStrv) pickable = NULL;
      DorsalDiagramMode mode = DORSAL_DIAGRAM_MODE_EXPLORE;

      if (g_strcmp0 (layer, "zones") == 0)
        mode = DORSAL_DIAGRAM_MODE_PICK_ZONES;
      else if (g_strcmp0 (layer, "referred") == 0)
        mode = DORSAL_DIAGRAM_MODE_REFERRED;
      else if (!dorsal_svg_layer_is_interactive (layer))
        continue;

      dorsal_diagram_set_mode (diagram, mode);
      show_only (diagram, mode == DORSAL_DIAGRAM_MODE_EXPLORE ? layer : NULL);
      map = hit_map_at (diagram, 1000);
      pickable = dorsal_diagram_list_pickable (diagram);

      for (guint i = 0; pickable[i] != NULL; i++)
        {
          double x, y;

          if (g_strcmp0 (dorsal_svg_index_get_layer (index, pickable[i]), layer) != 0)
            continue;

          if (!dorsal_hit_map_get_interior_point (map, pickable[i], &x, &y))
            g_error ("%s: %s (layer %s) has no pixel of its own: nothing can pick it",
                     view, pickable[i], layer);
          g_assert_cmpstr (dorsal_hit_map_lookup (map, x, y), ==, pickable[i]);
          (*checked)++;
        }
    }

  dorsal_diagram_set_mode (diagram, DORSAL_DIAGRAM_MODE_EXPLORE);
  dorsal_diagram_reset_layers (diagram);
}

static void
test_hit_every_structure (void)
{
  const char * const *views = dorsal_diagram_get_view_names ();

  for (guint v = 0; views[v] != NULL; v++)
    {
      g_autoptr(DorsalDiagram) diagram = load_view (views[v]);
      DorsalSvgIndex *index = dorsal_diagram_get_index (diagram);
      const char * const *structures = dorsal_svg_index_get_structures (index);
      guint checked = 0, expected = 0;

      for (guint i = 0; structures[i] != NULL; i++)
        {
          DorsalSvgKind kind = dorsal_svg_index_get_kind (index, structures[i]);

          if (kind == DORSAL_SVG_KIND_STRUCTURE || kind == DORSAL_SVG_KIND_REFERRED)
            expected++;
        }

      check_every_structure (diagram, views[v], &checked);
      g_test_message ("%s: %u structures hit", views[v], checked);
      g_assert_cmpuint (checked, ==, expected);
      g_assert_cmpuint (checked, >, 0);
    }
}

/* With the default layers, what is drawn on top is what is picked, and
 * points off the drawing or on its background pick nothing. */
static void
test_hit_outside (void)
{
  const char * const *views = dorsal_diagram_get_view_names ();

  for (guint v = 0; views[v] != NULL; v++)
    {
      g_autoptr(DorsalDiagram) diagram = load_view (views[v]);
      g_autoptr(DorsalHitMap) map = hit_map_at (diagram, 800);
      double w, h;

      dorsal_diagram_get_size (diagram, &w, &h);
      g_assert_null (dorsal_hit_map_lookup (map, -1, -1));
      g_assert_null (dorsal_hit_map_lookup (map, -50, h / 2));
      g_assert_null (dorsal_hit_map_lookup (map, w + 1, h / 2));
      g_assert_null (dorsal_hit_map_lookup (map, w / 2, h + 1));
      g_assert_null (dorsal_hit_map_lookup (map, w / 2, -0.5));
      g_assert_null (dorsal_hit_map_lookup_near (map, -100, -100, 20));
      /* the corners of every view are background or context */
      g_assert_null (dorsal_hit_map_lookup (map, 0.5, 0.5));
      g_assert_null (dorsal_hit_map_lookup (map, w - 0.5, h - 0.5));
      g_assert_false (dorsal_hit_map_covers (map, w + 1, 0));
      g_assert_true (dorsal_hit_map_covers (map, 0, 0));
    }
}

/* A synthetic pick image: exact lookups, the touch radius, interior points,
 * and colours that match no region. */
static void
test_hit_map_synthetic (void)
{
  const char * const ids[] = { "square", "bar", NULL };
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 200, 100);
  cairo_t *cr = cairo_create (surface);
  g_autoptr(DorsalHitMap) map = NULL;
  g_auto(GStrv) present = NULL;
  char colour[8];
  double x, y;

  dorsal_hit_map_format_colour (1, colour);
  g_assert_cmpstr (colour, ==, "#000001");
  dorsal_hit_map_format_colour (0x1234, colour);
  g_assert_cmpstr (colour, ==, "#001234");

  cairo_set_antialias (cr, CAIRO_ANTIALIAS_NONE);
  cairo_set_source_rgb (cr, 0, 0, 1 / 255.0);
  cairo_rectangle (cr, 40, 40, 20, 20);
  cairo_fill (cr);
  cairo_set_source_rgb (cr, 0, 0, 2 / 255.0);
  cairo_rectangle (cr, 150, 0, 4, 100);
  cairo_fill (cr);
  /* a colour that is no region */
  cairo_set_source_rgb (cr, 1, 0, 0);
  cairo_rectangle (cr, 0, 0, 5, 5);
  cairo_fill (cr);
  cairo_destroy (cr);

  /* the document is at half the image's resolution, moved by (10, 20) */
  map = dorsal_hit_map_new_from_surface (surface, ids, 10, 20, 2.0);
  cairo_surface_destroy (surface);

  g_assert_cmpint (dorsal_hit_map_get_width (map), ==, 200);
  g_assert_cmpuint (dorsal_hit_map_get_n_ids (map), ==, 2);
  g_assert_cmpstr (dorsal_hit_map_get_id (map, 2), ==, "bar");
  g_assert_null (dorsal_hit_map_get_id (map, 3));

  g_assert_cmpstr (dorsal_hit_map_lookup (map, 10 + 25, 20 + 25), ==, "square");
  g_assert_cmpstr (dorsal_hit_map_lookup (map, 10 + 76, 20 + 10), ==, "bar");
  g_assert_null (dorsal_hit_map_lookup (map, 10 + 1, 20 + 1));
  g_assert_null (dorsal_hit_map_lookup (map, 10 + 50, 20 + 25));

  /* 10 px (5 document units) right of the square: near enough for a finger */
  g_assert_cmpstr (dorsal_hit_map_lookup_near (map, 10 + 35, 20 + 25, 11), ==, "square");
  g_assert_null (dorsal_hit_map_lookup_near (map, 10 + 35, 20 + 25, 4));
  /* between the two, the nearer one wins */
  g_assert_cmpstr (dorsal_hit_map_lookup_near (map, 10 + 70, 20 + 25, 30), ==, "bar");

  g_assert_true (dorsal_hit_map_get_interior_point (map, "square", &x, &y));
  g_assert_cmpfloat_with_epsilon (x, 10 + 25, 1.5);
  g_assert_cmpfloat_with_epsilon (y, 20 + 25, 1.5);
  g_assert_cmpstr (dorsal_hit_map_lookup (map, x, y), ==, "square");
  g_assert_false (dorsal_hit_map_get_interior_point (map, "nothing", &x, &y));

  present = dorsal_hit_map_list_present (map);
  g_assert_cmpuint (g_strv_length (present), ==, 2);
}

/* Thin structures get a wide hit area: the lateral view's nerve roots and
 * the anterior view's costal cartilages are at least 8 px across in the
 * hit map, though drawn thinner. */
static void
test_thin_structures (void)
{
  static const struct { const char *view; const char *layer; const char *prefix; } cases[] = {
    { "lateral", "nerves", "nerve-root-" },
    { "anterior", "cartilage", "costal-cartilage-" },
  };

  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      g_autoptr(DorsalDiagram) diagram = load_view (cases[c].view);
      g_autoptr(DorsalHitMap) map = NULL;
      g_auto(GStrv) pickable = NULL;
      guint checked = 0;

      show_only (diagram, cases[c].layer);
      map = hit_map_at (diagram, 700);
      pickable = dorsal_diagram_list_pickable (diagram);

      for (guint i = 0; pickable[i] != NULL; i++)
        {
          double x, y, s = dorsal_hit_map_get_scale (map);
          guint index;
          int inside = 0;

          if (!g_str_has_prefix (pickable[i], cases[c].prefix))
            continue;

          g_assert_true (dorsal_hit_map_get_interior_point (map, pickable[i], &x, &y));
          index = dorsal_hit_map_lookup_index (map, x, y);
          /* the deepest point has hits at least 3.5 px away on each side
           * along one axis or the other */
          for (int d = -4; d <= 4; d++)
            {
              if (dorsal_hit_map_lookup_index (map, x + (d * 0.9) / s, y) == index &&
                  dorsal_hit_map_lookup_index (map, x, y + (d * 0.9) / s) == index)
                inside++;
            }
          g_assert_cmpint (inside, >=, 7);
          checked++;
        }
      g_assert_cmpuint (checked, >, 0);
    }
}

static void
test_layers_and_serial (void)
{
  g_autoptr(DorsalDiagram) diagram = load_view ("posterior");
  guint serial = dorsal_diagram_get_serial (diagram);
  g_autofree char *css = NULL;
  g_autofree char *css2 = NULL;
  g_auto(GStrv) pickable = NULL;

  g_assert_true (dorsal_diagram_get_layer_visible (diagram, "bones"));
  g_assert_true (dorsal_diagram_get_layer_visible (diagram, "layer-context"));
  g_assert_false (dorsal_diagram_get_layer_visible (diagram, "muscles"));
  g_assert_false (dorsal_diagram_get_layer_visible (diagram, "zones"));
  g_assert_false (dorsal_diagram_get_layer_visible (diagram, "referred"));
  g_assert_true (dorsal_diagram_is_pickable (diagram, "vertebra-t7"));
  g_assert_false (dorsal_diagram_is_pickable (diagram, "trapezius"));
  g_assert_false (dorsal_diagram_is_pickable (diagram, "zone-neck"));

  css = dorsal_diagram_get_display_stylesheet (diagram);
  g_assert_nonnull (strstr (css, "#layer-muscles { display: none !important }"));

  dorsal_diagram_set_layer_visible (diagram, "muscles", TRUE);
  g_assert_cmpuint (dorsal_diagram_get_serial (diagram), !=, serial);
  serial = dorsal_diagram_get_serial (diagram);
  dorsal_diagram_set_layer_visible (diagram, "muscles", TRUE);
  g_assert_cmpuint (dorsal_diagram_get_serial (diagram), ==, serial);
  g_assert_true (dorsal_diagram_is_pickable (diagram, "trapezius"));
  css2 = dorsal_diagram_get_display_stylesheet (diagram);
  g_assert_nonnull (strstr (css2, "#layer-muscles { display: inline !important }"));

  dorsal_diagram_set_layer_visible (diagram, "layer-bones", FALSE);
  g_assert_false (dorsal_diagram_is_pickable (diagram, "vertebra-t7"));

  dorsal_diagram_set_mode (diagram, DORSAL_DIAGRAM_MODE_PICK_ZONES);
  g_assert_true (dorsal_diagram_get_layer_visible (diagram, "zones"));
  pickable = dorsal_diagram_list_pickable (diagram);
  g_assert_cmpuint (g_strv_length (pickable), >, 0);
  for (guint i = 0; pickable[i] != NULL; i++)
    g_assert_true (g_str_has_prefix (pickable[i], "zone-"));

  dorsal_diagram_set_mode (diagram, DORSAL_DIAGRAM_MODE_REFERRED);
  g_assert_true (dorsal_diagram_get_layer_visible (diagram, "referred"));
  g_assert_true (dorsal_diagram_is_pickable (diagram, "referred-between-shoulder-blades"));
  g_assert_false (dorsal_diagram_is_pickable (diagram, "zone-neck"));

  dorsal_diagram_reset_layers (diagram);
  dorsal_diagram_set_mode (diagram, DORSAL_DIAGRAM_MODE_EXPLORE);
  g_assert_true (dorsal_diagram_is_pickable (diagram, "vertebra-t7"));
  g_assert_false (dorsal_diagram_is_pickable (diagram, "trapezius"));
  g_assert_false (dorsal_diagram_is_pickable (diagram, "referred-between-shoulder-blades"));
}

static void
test_conditions (void)
{
  g_autoptr(DorsalDiagram) diagram = load_view ("lateral");
  const char * const shown[] = { "vertebra-t8", "condition-compression-fracture", NULL };
  g_autofree char *css = NULL;
  guint serial;

  g_assert_false (dorsal_diagram_get_layer_visible (diagram, "conditions"));
  serial = dorsal_diagram_get_serial (diagram);
  dorsal_diagram_set_shown_conditions (diagram, shown);
  g_assert_cmpuint (dorsal_diagram_get_serial (diagram), !=, serial);
  g_assert_true (dorsal_diagram_get_layer_visible (diagram, "conditions"));

  css = dorsal_diagram_get_display_stylesheet (diagram);
  g_assert_nonnull (strstr (css, "#condition-compression-fracture { display: inline !important }"));
  g_assert_nonnull (strstr (css, "#condition-disc-herniation { display: none !important }"));
  /* conditions are shown, never picked */
  g_assert_false (dorsal_diagram_is_pickable (diagram, "condition-compression-fracture"));

  serial = dorsal_diagram_get_serial (diagram);
  dorsal_diagram_set_shown_conditions (diagram, shown);
  g_assert_cmpuint (dorsal_diagram_get_serial (diagram), ==, serial);
  dorsal_diagram_set_shown_conditions (diagram, NULL);
  g_assert_false (dorsal_diagram_get_layer_visible (diagram, "conditions"));
}

/* The theme stylesheets reach the drawing, and each theme draws differently. */
static void
test_themes (void)
{
  g_autoptr(DorsalDiagram) diagram = load_view ("posterior");
  DorsalDiagramTheme themes[] = {
    DORSAL_DIAGRAM_THEME_LIGHT, DORSAL_DIAGRAM_THEME_DARK,
    DORSAL_DIAGRAM_THEME_HIGH_CONTRAST, DORSAL_DIAGRAM_THEME_PROJECTOR,
    DORSAL_DIAGRAM_THEME_HIGH_CONTRAST_DARK,
  };
  guint32 corner[G_N_ELEMENTS (themes)];
  double w, h;

  dorsal_diagram_get_size (diagram, &w, &h);
  for (guint t = 0; t < G_N_ELEMENTS (themes); t++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(DorsalDiagramRendering) rendering = NULL;
      g_autofree char *css = NULL;
      RsvgRectangle area = { 0, 0, w, h };
      guint32 sum = 0;
      guint8 *data;
      int stride;

      dorsal_diagram_set_theme (diagram, themes[t]);
      g_assert_cmpint (dorsal_diagram_get_theme (diagram), ==, themes[t]);
      css = dorsal_diagram_get_display_stylesheet (diagram);
      if (themes[t] != DORSAL_DIAGRAM_THEME_LIGHT)
        g_assert_cmpuint (strlen (css), >, 200);

      rendering = dorsal_diagram_render (diagram, &area, 200 / h, 0, &error);
      g_assert_no_error (error);
      data = cairo_image_surface_get_data (rendering->image);
      stride = cairo_image_surface_get_stride (rendering->image);
      /* a pixel of the silhouette, left of the spine at mid height */
      for (int dy = -2; dy <= 2; dy++)
        sum += ((guint32 *) (gpointer) (data + (gsize) (100 + dy) * stride))[cairo_image_surface_get_width (rendering->image) / 2 - 40];
      corner[t] = sum;
    }

  g_assert_cmpuint (corner[0], !=, corner[1]);
  g_assert_cmpuint (corner[0], !=, corner[2]);
}

/* What the pick and mask stylesheets keep unfilled: an open curve drawn as a
 * stroke must not fill its chord. */
static void
test_unfilled_strokes (void)
{
  g_autoptr(DorsalDiagram) diagram = load_mini ();
  g_autofree char *css = dorsal_diagram_get_pick_stylesheet (diagram, 1.0);
  g_autoptr(DorsalHitMap) map = hit_map_at (diagram, 600);

  g_assert_nonnull (strstr (css, ".rib { fill: none !important }"));
  g_assert_nonnull (strstr (css, "crispEdges"));
  /* rib-left-2 bends from (176, 182) to (66, 300); the chord's middle is
   * empty space inside the curve */
  g_assert_null (dorsal_hit_map_lookup (map, 150, 260));
  g_assert_cmpstr (dorsal_hit_map_lookup (map, 66, 298), ==, "rib-left-2");
  /* the part of vertebra-t2 with its own id picks the whole vertebra */
  g_assert_cmpstr (dorsal_hit_map_lookup (map, 188, 180), ==, "vertebra-t2");
}

static void
test_highlight (void)
{
  g_autoptr(DorsalDiagram) diagram = load_view ("posterior");
  const char * const ids[] = { "vertebra-t7", NULL };
  const char * const none[] = { "no-such-id", NULL };
  RsvgRectangle box, clip;
  cairo_surface_t *surface;
  int x, y, w, h, stride, opaque = 0;
  guint8 *data;
  double s = 2.0;

  g_assert_true (dorsal_diagram_get_box (diagram, "vertebra-t7", &box));
  g_assert_false (dorsal_diagram_get_box (diagram, "no-such-id", &box));
  g_assert_true (dorsal_diagram_get_box (diagram, "vertebra-t7", &box));
  g_assert_cmpfloat (box.height, <, 60);

  surface = dorsal_diagram_render_highlight (diagram, ids, DORSAL_HIGHLIGHT_SELECTED, s, 1.0,
                                             NULL, &x, &y);
  g_assert_nonnull (surface);
  w = cairo_image_surface_get_width (surface);
  h = cairo_image_surface_get_height (surface);
  /* the box, the rings and a pixel or two, no more */
  g_assert_cmpint (x, <=, (int) (box.x * s));
  g_assert_cmpint (y, <=, (int) (box.y * s));
  g_assert_cmpint (w, <=, (int) (box.width * s) + 20);
  g_assert_cmpint (h, <=, (int) (box.height * s) + 20);

  data = cairo_image_surface_get_data (surface);
  stride = cairo_image_surface_get_stride (surface);
  for (int py = 0; py < h; py++)
    for (int px = 0; px < w; px++)
      if ((((guint32 *) (gpointer) (data + (gsize) py * stride))[px] >> 24) > 200)
        opaque++;
  /* the outline is drawn: opaque pixels, but far from all of them */
  g_assert_cmpint (opaque, >, 100);
  g_assert_cmpint (opaque, <, w * h / 2);
  cairo_surface_destroy (surface);

  g_assert_null (dorsal_diagram_render_highlight (diagram, none, DORSAL_HIGHLIGHT_HOVER, s, 1.0,
                                                  NULL, &x, &y));

  /* clipped to what is on screen */
  clip = (RsvgRectangle) { 0, 0, 10, 10 };
  g_assert_null (dorsal_diagram_render_highlight (diagram, ids, DORSAL_HIGHLIGHT_HOVER, s, 1.0,
                                                  &clip, &x, &y));
}

static void
on_rendered (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  DorsalDiagramRendering **out = user_data;
  g_autoptr(GError) error = NULL;

  *out = dorsal_diagram_render_finish (DORSAL_DIAGRAM (source), result, &error);
  g_assert_no_error (error);
}

static void
test_render_async (void)
{
  g_autoptr(DorsalDiagram) diagram = load_view ("vertebra");
  DorsalDiagramRendering *rendering = NULL;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  double w, h;
  RsvgRectangle area;

  dorsal_diagram_get_size (diagram, &w, &h);
  area = (RsvgRectangle) { w / 4, h / 4, w / 2, h / 2 };
  dorsal_diagram_render_async (diagram, &area, 2.0, 1.0, cancellable, on_rendered, &rendering);
  while (rendering == NULL)
    g_main_context_iteration (NULL, TRUE);

  g_assert_cmpint (cairo_image_surface_get_width (rendering->image), ==, (int) ceil (w / 2 * 2.0 - 1e-6));
  g_assert_cmpint (dorsal_hit_map_get_width (rendering->hit_map), ==, (int) ceil (w / 2 - 1e-6));
  g_assert_cmpuint (rendering->serial, ==, dorsal_diagram_get_serial (diagram));
  /* the hit map covers only the area asked for */
  g_assert_false (dorsal_hit_map_covers (rendering->hit_map, w / 8, h / 8));
  g_assert_true (dorsal_hit_map_covers (rendering->hit_map, w / 2, h / 2));
  dorsal_diagram_rendering_free (rendering);
}

static void
test_bad_view (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = g_bytes_new_static ("<svg xmlns=\"http://www.w3.org/2000/svg\"/>", 41);
  g_autoptr(DorsalDiagram) diagram = dorsal_diagram_new_for_view ("sideways", &error);
  g_autoptr(DorsalDiagram) no_viewbox = NULL;

  g_assert_null (diagram);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_clear_error (&error);

  no_viewbox = dorsal_diagram_new_from_bytes (bytes, "empty.svg", &error);
  g_assert_null (no_viewbox);
  g_assert_error (error, DORSAL_SVG_INDEX_ERROR, DORSAL_SVG_INDEX_ERROR_NOT_SVG);
  g_assert_nonnull (strstr (error->message, "empty.svg"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  dorsal_resources_register ();

  g_test_add_func ("/diagram/hit-every-structure", test_hit_every_structure);
  g_test_add_func ("/diagram/hit-outside", test_hit_outside);
  g_test_add_func ("/diagram/hit-map-synthetic", test_hit_map_synthetic);
  g_test_add_func ("/diagram/thin-structures", test_thin_structures);
  g_test_add_func ("/diagram/layers-and-serial", test_layers_and_serial);
  g_test_add_func ("/diagram/conditions", test_conditions);
  g_test_add_func ("/diagram/themes", test_themes);
  g_test_add_func ("/diagram/unfilled-strokes", test_unfilled_strokes);
  g_test_add_func ("/diagram/highlight", test_highlight);
  g_test_add_func ("/diagram/render-async", test_render_async);
  g_test_add_func ("/diagram/bad-view", test_bad_view);

  return g_test_run ();
}
