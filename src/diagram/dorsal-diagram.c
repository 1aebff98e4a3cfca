/* dorsal-diagram.c: one view of the anatomy: its drawing, ids, layers, theme and renderings
 *
 * Copyright 2026 The Dorsal authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "dorsal-diagram.h"

#include <math.h>
#include <string.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif

#include "dorsal-resources.h"

/* the themes, DorsalDiagramTheme: light, dark, high contrast, projector, high contrast on dark */
#define N_THEMES (DORSAL_DIAGRAM_THEME_HIGH_CONTRAST_DARK + 1)

/*
 * One SVG, several librsvg handles made from the same bytes, each with one
 * user stylesheet for its whole life (see prepare_handle()):
 *
 *  - display and pick: full renderings on worker threads (a handle is not
 *    thread-safe): the display handle belongs to whoever holds
 *    @render_lock, the pick handles to the one job that makes them; both
 *    get their stylesheet from the job;
 *  - mask: one structure at a time, flat and opaque, for the highlight
 *    outlines; main thread only;
 *  - boxes: geometry with every layer shown (a display:none element has an
 *    empty box); main thread only, and only while loading unless an id
 *    other than a structure's is asked for.
 *
 * Coordinates are document units: the viewBox, moved to the origin.
 */

struct _DorsalDiagram
{
  GObject             parent_instance;

  char               *name;
  GBytes             *bytes;
  DorsalSvgIndex     *index;
  double              width;
  double              height;

  /* derived from the file's own <style>: what stays unfilled / unstroked
   * when the pick and mask stylesheets paint everything flat */
  char               *keep_unpainted_css;

  GHashTable         *hidden_layers;   /* names of layers the user hid */
  GHashTable         *shown_layers;    /* names of default-off layers the user showed */
  GStrv               shown_conditions;
  DorsalDiagramTheme  theme;
  DorsalDiagramMode   mode;
  guint               serial;
  char               *theme_css[N_THEMES];    /* loaded on first use */
  gboolean            theme_css_loaded[N_THEMES];

  GStrv               region_ids;      /* region i + 1 is region_ids[i]: structures and referred areas */

  GMutex              render_lock;
  RsvgHandle         *display_handle;
  char               *display_handle_css;

  RsvgHandle         *mask_handle;
  RsvgHandle         *boxes_handle;
  char               *boxes_css;
  GHashTable         *boxes;           /* id → RsvgRectangle*; empty box for none */
};

G_DEFINE_FINAL_TYPE (DorsalDiagram, dorsal_diagram, G_TYPE_OBJECT)

/* half the widest stroke the drawings use, in document units */
#define BOX_STROKE_ALLOWANCE 1.0

static const char * const view_names[] = { "posterior", "anterior", "lateral", "vertebra", NULL };

static const char * const default_off_layers[] = {
  "nerves", "muscles", "organs", "dermatomes", "zones", "referred", "conditions",
};

static const char * const theme_files[N_THEMES] = { NULL, "dark", "high-contrast", "projector", "high-contrast-dark" };

/**
 * dorsal_diagram_get_view_names:
 *
 * Returns: (transfer none): the four views, %NULL-terminated
 */
const char * const *
dorsal_diagram_get_view_names (void)
{
  return view_names;
}

void
dorsal_diagram_rendering_free (DorsalDiagramRendering *rendering)
{
  if (rendering == NULL)
    return;

  g_clear_pointer (&rendering->image, cairo_surface_destroy);
  g_clear_object (&rendering->hit_map);
  g_free (rendering);
}

static void
dorsal_diagram_finalize (GObject *object)
{
  DorsalDiagram *self = DORSAL_DIAGRAM (object);

  g_free (self->name);
  g_clear_pointer (&self->bytes, g_bytes_unref);
  g_clear_object (&self->index);
  g_free (self->keep_unpainted_css);
  g_clear_pointer (&self->hidden_layers, g_hash_table_unref);
  g_clear_pointer (&self->shown_layers, g_hash_table_unref);
  g_clear_pointer (&self->shown_conditions, g_strfreev);
  for (guint i = 0; i < G_N_ELEMENTS (self->theme_css); i++)
    g_free (self->theme_css[i]);
  g_clear_pointer (&self->region_ids, g_strfreev);
  g_mutex_clear (&self->render_lock);
  g_clear_object (&self->display_handle);
  g_free (self->display_handle_css);
  g_clear_object (&self->mask_handle);
  g_clear_object (&self->boxes_handle);
  g_free (self->boxes_css);
  g_clear_pointer (&self->boxes, g_hash_table_unref);

  G_OBJECT_CLASS (dorsal_diagram_parent_class)->finalize (object);
}

static void
dorsal_diagram_class_init (DorsalDiagramClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = dorsal_diagram_finalize;
}

static void
dorsal_diagram_init (DorsalDiagram *self)
{
  g_mutex_init (&self->render_lock);
  self->hidden_layers = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->shown_layers = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->boxes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
}

static RsvgHandle *
new_handle (DorsalDiagram *self,
            GError       **error)
{
  gsize size;
  const guint8 *data = g_bytes_get_data (self->bytes, &size);

  return rsvg_handle_new_from_data (data, size, error);
}

static void
set_stylesheet (RsvgHandle *handle,
                const char *css)
{
  g_autoptr(GError) error = NULL;

  if (!rsvg_handle_set_stylesheet (handle, (const guint8 *) css, strlen (css), &error))
    g_warning ("A diagram stylesheet was refused: %s", error->message);
}

/* The pick and mask stylesheets paint every shape flat with
 * `fill: currentColor`; shapes the file leaves unfilled (a rib drawn as a
 * thick stroke) or unstroked must stay so, or an open curve would fill its
 * chord. Find the file's rules that say `fill: none` / `stroke: none` and
 * repeat them with !important, plus the same as attributes. */
static char *
make_keep_unpainted_css (const char *style_text)
{
  GString *css = g_string_new (NULL);
  g_auto(GStrv) rules = g_strsplit (style_text != NULL ? style_text : "", "}", -1);

  for (guint i = 0; rules[i] != NULL; i++)
    {
      char *brace = strchr (rules[i], '{');
      g_autofree char *selectors = NULL;
      g_autofree char *body = NULL;
      g_autofree char *compact = NULL;
      GString *squeezed;

      if (brace == NULL)
        continue;

      selectors = g_strstrip (g_strndup (rules[i], brace - rules[i]));
      body = g_ascii_strdown (brace + 1, -1);
      if (*selectors == '\0' || *selectors == '@' || strstr (selectors, "/*") != NULL)
        continue;

      squeezed = g_string_new (NULL);
      for (const char *p = body; *p != '\0'; p++)
        if (!g_ascii_isspace (*p))
          g_string_append_c (squeezed, *p);
      compact = g_string_free (squeezed, FALSE);

      if (strstr (compact, "fill:none") != NULL)
        g_string_append_printf (css, "%s { fill: none !important }\n", selectors);
      if (strstr (compact, "stroke:none") != NULL)
        g_string_append_printf (css, "%s { stroke: none !important }\n", selectors);
    }

  g_string_append (css,
                   "[fill=\"none\"], [style*=\"fill:none\"], [style*=\"fill: none\"]"
                   " { fill: none !important }\n"
                   "[stroke=\"none\"], [style*=\"stroke:none\"], [style*=\"stroke: none\"]"
                   " { stroke: none !important }\n");

  return g_string_free (css, FALSE);
}

/**
 * dorsal_diagram_new_from_bytes:
 * @bytes: an SVG document with a viewBox
 * @name: the name used in error messages
 * @error: return location for an error naming @name
 *
 * Returns: (transfer full): the diagram, or %NULL with @error set
 */
DorsalDiagram *
dorsal_diagram_new_from_bytes (GBytes      *bytes,
                               const char  *name,
                               GError     **error)
{
  g_autoptr(DorsalDiagram) self = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GPtrArray) regions = NULL;
  gboolean has_viewbox = FALSE;
  RsvgRectangle viewbox = { 0 };
  const char * const *structures;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_object_new (DORSAL_TYPE_DIAGRAM, NULL);
  self->name = g_strdup (name != NULL ? name : "(svg)");
  self->bytes = g_bytes_ref (bytes);

  self->index = dorsal_svg_index_new_from_bytes (bytes, self->name, error);
  if (self->index == NULL)
    return NULL;

  self->boxes_handle = new_handle (self, &local_error);
  if (self->boxes_handle == NULL)
    {
      g_set_error (error, DORSAL_SVG_INDEX_ERROR, DORSAL_SVG_INDEX_ERROR_PARSE,
                   "%s: librsvg cannot read it: %s", self->name, local_error->message);
      return NULL;
    }

  rsvg_handle_get_intrinsic_dimensions (self->boxes_handle, NULL, NULL, NULL, NULL,
                                        &has_viewbox, &viewbox);
  if (!has_viewbox || viewbox.width <= 0 || viewbox.height <= 0)
    {
      g_set_error (error, DORSAL_SVG_INDEX_ERROR, DORSAL_SVG_INDEX_ERROR_NOT_SVG,
                   "%s: the root <svg> needs a viewBox", self->name);
      return NULL;
    }
  self->width = viewbox.width;
  self->height = viewbox.height;

  self->keep_unpainted_css =
    make_keep_unpainted_css (dorsal_svg_index_get_style_text (self->index));

  /* boxes are measured with every layer shown */
  {
    GString *css = g_string_new (NULL);
    const char * const *layers = dorsal_svg_index_get_layers (self->index);

    for (guint i = 0; layers[i] != NULL; i++)
      g_string_append_printf (css, "#layer-%s { display: inline !important }\n", layers[i]);
    self->boxes_css = g_string_free (css, FALSE);
    set_stylesheet (self->boxes_handle, self->boxes_css);
  }

  regions = g_ptr_array_new ();
  structures = dorsal_svg_index_get_structures (self->index);
  for (guint i = 0; structures[i] != NULL && regions->len < G_MAXUINT16; i++)
    {
      DorsalSvgKind kind = dorsal_svg_index_get_kind (self->index, structures[i]);

      if (kind == DORSAL_SVG_KIND_STRUCTURE || kind == DORSAL_SVG_KIND_REFERRED)
        g_ptr_array_add (regions, g_strdup (structures[i]));
    }
  g_ptr_array_add (regions, NULL);
  self->region_ids = (GStrv) g_ptr_array_free (g_steal_pointer (&regions), FALSE);

  /* measure every structure now and let the handle go: boxes of other ids
   * make it again if ever asked for */
  for (guint i = 0; structures[i] != NULL; i++)
    {
      RsvgRectangle box;

      dorsal_diagram_get_box (self, structures[i], &box);
    }
  g_clear_object (&self->boxes_handle);

#ifdef __GLIBC__
  /* parsing left a document's worth of freed memory behind */
  malloc_trim (0);
#endif

  return g_steal_pointer (&self);
}

/**
 * dorsal_diagram_new_for_view:
 * @view: "posterior", "anterior", "lateral" or "vertebra"
 * @error: return location for an error
 *
 * Loads the bundled drawing of @view.
 *
 * Returns: (transfer full): the diagram, or %NULL with @error set
 */
DorsalDiagram *
dorsal_diagram_new_for_view (const char  *view,
                             GError     **error)
{
  g_autofree char *path = NULL;
  g_autofree char *name = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (view != NULL, NULL);

  if (!g_strv_contains (view_names, view))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, "There is no view “%s”", view);
      return NULL;
    }

  path = g_strdup_printf ("diagrams/%s.svg", view);
  file = dorsal_resource_file (path);
  bytes = g_file_load_bytes (file, NULL, NULL, error);
  if (bytes == NULL)
    return NULL;

  name = g_strdup_printf ("%s.svg", view);
  return dorsal_diagram_new_from_bytes (bytes, name, error);
}

const char *
dorsal_diagram_get_name (DorsalDiagram *self)
{
  g_return_val_if_fail (DORSAL_IS_DIAGRAM (self), NULL);
  return self->name;
}

/**
 * dorsal_diagram_get_index:
 *
 * Returns: (transfer none): the ids of the drawing
 */
DorsalSvgIndex *
dorsal_diagram_get_index (DorsalDiagram *self)
{
  g_return_val_if_fail (DORSAL_IS_DIAGRAM (self), NULL);
  return self->index;
}

/**
 * dorsal_diagram_get_size:
 * @width: (out) (optional): the width of the viewBox
 * @height: (out) (optional): its height
 */
void
dorsal_diagram_get_size (DorsalDiagram *self,
                         double        *width,
                         double        *height)
{
  g_return_if_fail (DORSAL_IS_DIAGRAM (self));

  if (width != NULL)
    *width = self->width;
  if (height != NULL)
    *height = self->height;
}

/**
 * dorsal_diagram_get_box:
 * @id: an element id
 * @box: (out): its drawn box (strokes included), in document units
 *
 * Measured with every layer shown, so hidden structures have a box too.
 *
 * Returns: %FALSE if @id is unknown or draws nothing
 */
gboolean
dorsal_diagram_get_box (DorsalDiagram *self,
                        const char    *id,
                        RsvgRectangle *box)
{
  RsvgRectangle *cached;

  g_return_val_if_fail (DORSAL_IS_DIAGRAM (self), FALSE);
  g_return_val_if_fail (box != NULL, FALSE);

  if (id == NULL || !dorsal_svg_index_has_id (self->index, id))
    return FALSE;

  cached = g_hash_table_lookup (self->boxes, id);
  if (cached == NULL && self->boxes_handle == NULL)
    {
      self->boxes_handle = new_handle (self, NULL);
      if (self->boxes_handle == NULL)
        return FALSE;
      set_stylesheet (self->boxes_handle, self->boxes_css);
    }
  if (cached == NULL)
    {
      g_autofree char *selector = g_strconcat ("#", id, NULL);
      RsvgRectangle viewport = { 0, 0, self->width, self->height };
      RsvgRectangle logical;
      RsvgRectangle ink;

      /* librsvg 2.54 stretches the ink box of a stroked path to include
       * the user-space origin; the logical box (the geometry) is right, so
       * take that and allow for the strokes */
      cached = g_new0 (RsvgRectangle, 1);
      if (rsvg_handle_get_geometry_for_layer (self->boxes_handle, selector, &viewport,
                                              &ink, &logical, NULL) &&
          (logical.width > 0 || logical.height > 0))
        {
          cached->x = logical.x - BOX_STROKE_ALLOWANCE;
          cached->y = logical.y - BOX_STROKE_ALLOWANCE;
          cached->width = logical.width + 2 * BOX_STROKE_ALLOWANCE;
          cached->height = logical.height + 2 * BOX_STROKE_ALLOWANCE;
        }
      g_hash_table_insert (self->boxes, g_strdup (id), cached);
    }

  *box = *cached;
  return cached->width > 0 && cached->height > 0;
}

/**
 * dorsal_diagram_get_layer_default:
 * @layer: a layer name, such as "nerves"
 *
 * Returns: whether @layer is shown by default (bones, cartilage, discs and
 *   context are; the others wait for a toggle or a mode)
 */
gboolean
dorsal_diagram_get_layer_default (const char *layer)
{
  g_return_val_if_fail (layer != NULL, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (default_off_layers); i++)
    if (strcmp (layer, default_off_layers[i]) == 0)
      return FALSE;

  return TRUE;
}

static const char *
strip_layer_prefix (const char *layer)
{
  return g_str_has_prefix (layer, "layer-") ? layer + 6 : layer;
}

/**
 * dorsal_diagram_set_layer_visible:
 * @layer: a layer name ("nerves" or "layer-nerves")
 * @visible: whether to show it
 *
 * Zones, referred areas and conditions follow the mode and the shown
 * conditions instead; setting them here has no effect.
 */
void
dorsal_diagram_set_layer_visible (DorsalDiagram *self,
                                  const char    *layer,
                                  gboolean       visible)
{
  gboolean changed;

  g_return_if_fail (DORSAL_IS_DIAGRAM (self));
  g_return_if_fail (layer != NULL);

  layer = strip_layer_prefix (layer);
  if (dorsal_diagram_get_layer_default (layer))
    changed = visible ? g_hash_table_remove (self->hidden_layers, layer)
                      : g_hash_table_add (self->hidden_layers, g_strdup (layer));
  else
    changed = visible ? g_hash_table_add (self->shown_layers, g_strdup (layer))
                      : g_hash_table_remove (self->shown_layers, layer);

  if (changed)
    self->serial++;
}

/**
 * dorsal_diagram_get_layer_visible:
 * @layer: a layer name ("nerves" or "layer-nerves")
 *
 * Returns: whether the layer is drawn now, mode included
 */
gboolean
dorsal_diagram_get_layer_visible (DorsalDiagram *self,
                                  const char    *layer)
{
  g_return_val_if_fail (DORSAL_IS_DIAGRAM (self), FALSE);
  g_return_val_if_fail (layer != NULL, FALSE);

  layer = strip_layer_prefix (layer);
  if (strcmp (layer, "zones") == 0)
    return self->mode == DORSAL_DIAGRAM_MODE_PICK_ZONES;
  if (strcmp (layer, "referred") == 0)
    return self->mode == DORSAL_DIAGRAM_MODE_REFERRED;
  if (strcmp (layer, "conditions") == 0)
    return self->shown_conditions != NULL && self->shown_conditions[0] != NULL;
  if (dorsal_diagram_get_layer_default (layer))
    return !g_hash_table_contains (self->hidden_layers, layer);
  return g_hash_table_contains (self->shown_layers, layer);
}

void
dorsal_diagram_reset_layers (DorsalDiagram *self)
{
  g_return_if_fail (DORSAL_IS_DIAGRAM (self));

  if (g_hash_table_size (self->hidden_layers) == 0 && g_hash_table_size (self->shown_layers) == 0)
    return;

  g_hash_table_remove_all (self->hidden_layers);
  g_hash_table_remove_all (self->shown_layers);
  self->serial++;
}

void
dorsal_diagram_set_theme (DorsalDiagram      *self,
                          DorsalDiagramTheme  theme)
{
  g_return_if_fail (DORSAL_IS_DIAGRAM (self));
  g_return_if_fail (theme <= DORSAL_DIAGRAM_THEME_HIGH_CONTRAST_DARK);

  if (self->theme == theme)
    return;

  self->theme = theme;
  self->serial++;
}

DorsalDiagramTheme
dorsal_diagram_get_theme (DorsalDiagram *self)
{
  g_return_val_if_fail (DORSAL_IS_DIAGRAM (self), DORSAL_DIAGRAM_THEME_LIGHT);
  return self->theme;
}

void
dorsal_diagram_set_mode (DorsalDiagram     *self,
                         DorsalDiagramMode  mode)
{
  g_return_if_fail (DORSAL_IS_DIAGRAM (self));
  g_return_if_fail (mode <= DORSAL_DIAGRAM_MODE_REFERRED);

  if (self->mode == mode)
    return;

  self->mode = mode;
  self->serial++;
}

DorsalDiagramMode
dorsal_diagram_get_mode (DorsalDiagram *self)
{
  g_return_val_if_fail (DORSAL_IS_DIAGRAM (self), DORSAL_DIAGRAM_MODE_EXPLORE);
  return self->mode;
}

/**
 * dorsal_diagram_set_shown_conditions:
 * @ids: (nullable): `condition-*` ids to draw; others are ignored
 */
void
dorsal_diagram_set_shown_conditions (DorsalDiagram      *self,
                                     const char * const *ids)
{
  g_autoptr(GPtrArray) shown = g_ptr_array_new_with_free_func (g_free);

  g_return_if_fail (DORSAL_IS_DIAGRAM (self));

  for (guint i = 0; ids != NULL && ids[i] != NULL; i++)
    if (dorsal_svg_index_get_kind (self->index, ids[i]) == DORSAL_SVG_KIND_CONDITION)
      g_ptr_array_add (shown, g_strdup (ids[i]));
  g_ptr_array_add (shown, NULL);

  if (g_strv_equal ((const char * const *) shown->pdata,
                    self->shown_conditions != NULL ? (const char * const *) self->shown_conditions
                                                   : (const char * const *) (const char *[]) { NULL }))
    return;

  g_clear_pointer (&self->shown_conditions, g_strfreev);
  if (shown->len > 1)
    self->shown_conditions = (GStrv) g_ptr_array_steal (shown, NULL);
  self->serial++;
}

/**
 * dorsal_diagram_get_serial:
 *
 * Returns: a number that changes whenever the drawing would render
 *   differently (layers, theme, mode, conditions)
 */
guint
dorsal_diagram_get_serial (DorsalDiagram *self)
{
  g_return_val_if_fail (DORSAL_IS_DIAGRAM (self), 0);
  return self->serial;
}

/**
 * dorsal_diagram_is_pickable:
 * @id: a structure id
 *
 * Returns: whether a pointer or a finger can pick @id now (its layer is
 *   shown and the mode picks it)
 */
gboolean
dorsal_diagram_is_pickable (DorsalDiagram *self,
                            const char    *id)
{
  DorsalSvgKind kind;
  const char *layer;

  g_return_val_if_fail (DORSAL_IS_DIAGRAM (self), FALSE);

  kind = dorsal_svg_index_get_kind (self->index, id);
  layer = dorsal_svg_index_get_layer (self->index, id);

  switch (self->mode)
    {
    case DORSAL_DIAGRAM_MODE_PICK_ZONES:
      return g_strcmp0 (layer, "zones") == 0;

    case DORSAL_DIAGRAM_MODE_REFERRED:
      if (kind == DORSAL_SVG_KIND_REFERRED)
        return TRUE;
      break;

    case DORSAL_DIAGRAM_MODE_EXPLORE:
    default:
      break;
    }

  return kind == DORSAL_SVG_KIND_STRUCTURE && g_strcmp0 (layer, "zones") != 0 &&
         dorsal_diagram_get_layer_visible (self, layer);
}

/**
 * dorsal_diagram_list_pickable:
 *
 * Returns: (transfer full): the ids that can be picked now, in document order
 */
GStrv
dorsal_diagram_list_pickable (DorsalDiagram *self)
{
  GPtrArray *ids;

  g_return_val_if_fail (DORSAL_IS_DIAGRAM (self), NULL);

  ids = g_ptr_array_new ();
  for (guint i = 0; self->region_ids[i] != NULL; i++)
    if (dorsal_diagram_is_pickable (self, self->region_ids[i]))
      g_ptr_array_add (ids, g_strdup (self->region_ids[i]));
  g_ptr_array_add (ids, NULL);

  return (GStrv) g_ptr_array_free (ids, FALSE);
}

static const char *
get_theme_css (DorsalDiagram *self)
{
  DorsalDiagramTheme theme = self->theme;

  if (!self->theme_css_loaded[theme])
    {
      self->theme_css_loaded[theme] = TRUE;
      if (theme_files[theme] != NULL)
        {
          g_autofree char *path = g_strdup_printf ("diagrams/styles/%s.css", theme_files[theme]);
          g_autoptr(GFile) file = dorsal_resource_file (path);
          g_autoptr(GBytes) bytes = g_file_load_bytes (file, NULL, NULL, NULL);

          if (bytes != NULL)
            self->theme_css[theme] = g_strndup (g_bytes_get_data (bytes, NULL),
                                                g_bytes_get_size (bytes));
        }
    }

  return self->theme_css[theme] != NULL ? self->theme_css[theme] : "";
}

static void
append_layer_rules (DorsalDiagram *self,
                    GString       *css,
                    gboolean       for_pick)
{
  const char * const *layers = dorsal_svg_index_get_layers (self->index);

  for (guint i = 0; layers[i] != NULL; i++)
    {
      gboolean visible = dorsal_diagram_get_layer_visible (self, layers[i]);

      if (for_pick)
        {
          /* only what can be picked is drawn into the pick map, so shapes
           * that are never picked (context, conditions) cannot cover those
           * that are */
          if (self->mode == DORSAL_DIAGRAM_MODE_PICK_ZONES)
            visible = strcmp (layers[i], "zones") == 0;
          else if (!dorsal_svg_layer_is_interactive (layers[i]) &&
                   strcmp (layers[i], "referred") != 0)
            visible = FALSE;
        }

      g_string_append_printf (css, "#layer-%s { display: %s !important }\n",
                              layers[i], visible ? "inline" : "none");
    }

  if (!for_pick && self->shown_conditions != NULL)
    {
      const char * const *structures = dorsal_svg_index_get_structures (self->index);

      for (guint i = 0; structures[i] != NULL; i++)
        if (dorsal_svg_index_get_kind (self->index, structures[i]) == DORSAL_SVG_KIND_CONDITION)
          g_string_append_printf (css, "#%s { display: %s !important }\n", structures[i],
                                  g_strv_contains ((const char * const *) self->shown_conditions,
                                                   structures[i]) ? "inline" : "none");
    }
}

/**
 * dorsal_diagram_get_display_stylesheet:
 *
 * Returns: (transfer full): the user stylesheet for the drawing as shown:
 *   the theme, then the layers
 */
char *
dorsal_diagram_get_display_stylesheet (DorsalDiagram *self)
{
  GString *css;

  g_return_val_if_fail (DORSAL_IS_DIAGRAM (self), NULL);

  css = g_string_new (get_theme_css (self));
  g_string_append_c (css, '\n');
  append_layer_rules (self, css, FALSE);

  return g_string_free (css, FALSE);
}

static const char flat_css[] =
  "* { shape-rendering: crispEdges !important; opacity: 1 !important;"
  " fill-opacity: 1 !important; stroke-opacity: 1 !important;"
  " fill: currentColor !important; stroke: currentColor !important;"
  " stroke-dasharray: none !important; filter: none !important;"
  " mask: none !important; marker: none !important }\n"
  "svg { color: #000000 !important }\n";

/* Thin structures get a wide stroke in the pick map, so they are easy to
 * hit: at least this many pixels. */
#define MIN_HIT_WIDTH_PX 8.0

/* The pick stylesheet in two parts, so a worker can put it together
 * without touching the diagram's state: a prefix (flat paint, layers) and
 * one rule per region, "" for a region that cannot be picked now. */
static char *
pick_prefix (DorsalDiagram *self)
{
  GString *css = g_string_new (flat_css);

  g_string_append (css, self->keep_unpainted_css);
  append_layer_rules (self, css, TRUE);

  return g_string_free (css, FALSE);
}

static GStrv
pick_rules (DorsalDiagram *self,
            double         scale)
{
  guint n = g_strv_length (self->region_ids);
  GStrv rules = g_new0 (char *, n + 1);

  for (guint i = 0; i < n; i++)
    {
      const char *id = self->region_ids[i];
      const char *layer;
      RsvgRectangle box;
      char colour[8];
      GString *rule;

      if (!dorsal_diagram_is_pickable (self, id))
        {
          rules[i] = g_strdup ("");
          continue;
        }

      dorsal_hit_map_format_colour (i + 1, colour);
      rule = g_string_new (NULL);
      g_string_append_printf (rule, "#%s, #%s * { color: %s !important }\n", id, id, colour);

      layer = dorsal_svg_index_get_layer (self->index, id);
      if (dorsal_diagram_get_box (self, id, &box) &&
          (g_strcmp0 (layer, "nerves") == 0 || g_strcmp0 (layer, "cartilage") == 0 ||
           MIN (box.width, box.height) * scale < MIN_HIT_WIDTH_PX))
        {
          char width[G_ASCII_DTOSTR_BUF_SIZE];

          g_ascii_formatd (width, sizeof width, "%.4f", MIN_HIT_WIDTH_PX / scale);
          g_string_append_printf (rule,
                                  "#%s, #%s * { stroke: currentColor !important;"
                                  " stroke-width: %spx !important;"
                                  " stroke-linecap: round !important }\n",
                                  id, id, width);
        }
      rules[i] = g_string_free (rule, FALSE);
    }

  return rules;
}

/* @only: (nullable): draw just the regions flagged here */
static char *
assemble_pick_stylesheet (DorsalDiagram  *self,
                          const char     *prefix,
                          GStrv           rules,
                          const gboolean *only)
{
  GString *css = g_string_new (prefix);

  for (guint i = 0; rules[i] != NULL; i++)
    {
      if (rules[i][0] != '\0' && (only == NULL || only[i]))
        g_string_append (css, rules[i]);
      else
        g_string_append_printf (css, "#%s { display: none !important }\n", self->region_ids[i]);
    }

  return g_string_free (css, FALSE);
}

/**
 * dorsal_diagram_get_pick_stylesheet:
 * @scale: pixels per document unit of the pick map
 *
 * Returns: (transfer full): the user stylesheet that paints region i in
 *   dorsal_hit_map_format_colour (i)
 */
char *
dorsal_diagram_get_pick_stylesheet (DorsalDiagram *self,
                                    double         scale)
{
  g_autofree char *prefix = NULL;
  g_auto(GStrv) rules = NULL;

  g_return_val_if_fail (DORSAL_IS_DIAGRAM (self), NULL);
  g_return_val_if_fail (scale > 0, NULL);

  prefix = pick_prefix (self);
  rules = pick_rules (self, scale);
  return assemble_pick_stylesheet (self, prefix, rules, NULL);
}

static gboolean
render_into (RsvgHandle          *handle,
             DorsalDiagram       *self,
             cairo_surface_t     *surface,
             const RsvgRectangle *area,
             double               scale,
             GError             **error)
{
  RsvgRectangle viewport = { 0, 0, self->width * scale, self->height * scale };
  cairo_t *cr = cairo_create (surface);
  gboolean ok;

  cairo_translate (cr, -area->x * scale, -area->y * scale);
  ok = rsvg_handle_render_document (handle, cr, &viewport, error);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  return ok;
}

static cairo_surface_t *
render_document (RsvgHandle          *handle,
                 DorsalDiagram       *self,
                 cairo_format_t       format,
                 const RsvgRectangle *area,
                 double               scale,
                 GError             **error)
{
  cairo_surface_t *surface;
  int width = MAX (1, (int) ceil (area->width * scale - 1e-6));
  int height = MAX (1, (int) ceil (area->height * scale - 1e-6));

  surface = cairo_image_surface_create (format, width, height);
  if (cairo_surface_status (surface) != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE,
                   "Cannot make a %d×%d image: %s", width, height,
                   cairo_status_to_string (cairo_surface_status (surface)));
      cairo_surface_destroy (surface);
      return NULL;
    }

  if (!render_into (handle, self, surface, area, scale, error))
    {
      cairo_surface_destroy (surface);
      return NULL;
    }

  return surface;
}

typedef struct
{
  RsvgRectangle area;
  double        scale;
  double        hit_scale;
  char         *display_css;
  char         *pick_prefix;
  GStrv         pick_rules;
  guint         serial;
} Job;

static void
job_free (gpointer data)
{
  Job *job = data;

  g_free (job->display_css);
  g_free (job->pick_prefix);
  g_strfreev (job->pick_rules);
  g_free (job);
}

static Job *
job_new (DorsalDiagram       *self,
         const RsvgRectangle *area,
         double               scale,
         double               hit_scale)
{
  Job *job = g_new0 (Job, 1);

  job->area = *area;
  job->scale = scale;
  job->hit_scale = hit_scale;
  job->display_css = dorsal_diagram_get_display_stylesheet (self);
  if (hit_scale > 0)
    {
      job->pick_prefix = pick_prefix (self);
      job->pick_rules = pick_rules (self, hit_scale);
    }
  job->serial = self->serial;

  return job;
}

/* librsvg 2.54 does not undo what a replaced user stylesheet set: a
 * property the new sheet leaves alone keeps the old sheet's value (a layer
 * once hidden stays hidden, a dark theme stays dark). So a handle whose
 * stylesheet changes is made again from the bytes, which costs a few
 * milliseconds on the worker thread and happens only when layers, theme,
 * mode or (for the pick map) the scale change. */
static gboolean
prepare_handle (DorsalDiagram  *self,
                RsvgHandle    **handle,
                char          **handle_css,
                const char     *css,
                GError        **error)
{
  if (*handle != NULL && g_strcmp0 (*handle_css, css) == 0)
    return TRUE;

  g_clear_object (handle);
  g_clear_pointer (handle_css, g_free);

  *handle = new_handle (self, error);
  if (*handle == NULL)
    return FALSE;

  set_stylesheet (*handle, css);
  *handle_css = g_strdup (css);
  return TRUE;
}

static RsvgHandle *
new_handle_with_stylesheet (DorsalDiagram  *self,
                            const char     *css,
                            GError        **error)
{
  RsvgHandle *handle = new_handle (self, error);

  if (handle != NULL)
    set_stylesheet (handle, css);

  return handle;
}

/* Any thread. The display handle is kept (a resize reuses its stylesheet)
 * and guarded by render_lock; the pick map's stylesheet changes with the
 * scale, so its handles live for one job only. The region ids are fixed at
 * load. */
static gboolean
job_render_image (DorsalDiagram           *self,
                  Job                     *job,
                  DorsalDiagramRendering  *rendering,
                  GError                 **error)
{
  G_GNUC_UNUSED g_autoptr(GMutexLocker) locker = g_mutex_locker_new (&self->render_lock);

  if (!prepare_handle (self, &self->display_handle, &self->display_handle_css,
                       job->display_css, error))
    return FALSE;

  rendering->image = render_document (self->display_handle, self, CAIRO_FORMAT_ARGB32,
                                      &job->area, job->scale, error);
  return rendering->image != NULL;
}

static gboolean
job_render_hit_map (DorsalDiagram           *self,
                    Job                     *job,
                    DorsalDiagramRendering  *rendering,
                    GError                 **error)
{
  g_autofree char *css = assemble_pick_stylesheet (self, job->pick_prefix, job->pick_rules, NULL);
  g_autofree gboolean *covered = NULL;
  g_autoptr(DorsalHitMap) first = NULL;
  g_auto(GStrv) present = NULL;
  const char * const *ids = (const char * const *) self->region_ids;
  RsvgHandle *handle;
  cairo_surface_t *pick;
  guint n = g_strv_length (self->region_ids), n_covered = 0;
  gboolean ok = TRUE;

  handle = new_handle_with_stylesheet (self, css, error);
  if (handle == NULL)
    return FALSE;

  pick = render_document (handle, self, CAIRO_FORMAT_RGB24, &job->area, job->hit_scale, error);
  g_object_unref (handle);
  if (pick == NULL)
    return FALSE;

  /* A structure wholly under another (a deep muscle under a see-through
   * one) would have no pixel: nobody could point at it. Such structures
   * are painted again on top, where they lie. */
  first = dorsal_hit_map_new_from_surface (pick, ids, job->area.x, job->area.y, job->hit_scale);
  present = dorsal_hit_map_list_present (first);
  covered = g_new0 (gboolean, n + 1);
  for (guint i = 0; i < n; i++)
    if (job->pick_rules[i][0] != '\0' && !g_strv_contains ((const char * const *) present, ids[i]))
      {
        covered[i] = TRUE;
        n_covered++;
      }

  if (n_covered > 0)
    {
      g_autofree char *css2 = assemble_pick_stylesheet (self, job->pick_prefix, job->pick_rules,
                                                        covered);

      handle = new_handle_with_stylesheet (self, css2, error);
      ok = handle != NULL && render_into (handle, self, pick, &job->area, job->hit_scale, error);
      g_clear_object (&handle);
    }

  if (ok)
    rendering->hit_map = dorsal_hit_map_new_from_surface (pick, ids, job->area.x, job->area.y,
                                                          job->hit_scale);
  cairo_surface_destroy (pick);
  return ok;
}

static DorsalDiagramRendering *
job_run (DorsalDiagram  *self,
         Job            *job,
         GError        **error)
{
  g_autoptr(DorsalDiagramRendering) rendering = g_new0 (DorsalDiagramRendering, 1);
  gboolean ok = TRUE;

  rendering->area = job->area;
  rendering->scale = job->scale;
  rendering->serial = job->serial;

  if (job->scale > 0)
    ok = job_render_image (self, job, rendering, error);
  if (ok && job->pick_prefix != NULL)
    ok = job_render_hit_map (self, job, rendering, error);

#ifdef __GLIBC__
  /* a 4K rendering leaves tens of megabytes of freed scratch memory in
   * this thread's heap; give it back */
  malloc_trim (0);
#endif

  return ok ? g_steal_pointer (&rendering) : NULL;
}

/**
 * dorsal_diagram_render:
 * @area: the part of the document to draw, in document units
 * @scale: image pixels per document unit; 0 for no image
 * @hit_scale: hit-map pixels per document unit; 0 for no hit map
 * @error: return location for an error
 *
 * Renders now, on this thread. The image is at most 32767 pixels a side
 * (a cairo limit): keep @area × @scale below it.
 *
 * Returns: (transfer full): the rendering, or %NULL with @error set
 */
DorsalDiagramRendering *
dorsal_diagram_render (DorsalDiagram        *self,
                       const RsvgRectangle  *area,
                       double                scale,
                       double                hit_scale,
                       GError              **error)
{
  Job *job;
  DorsalDiagramRendering *rendering;

  g_return_val_if_fail (DORSAL_IS_DIAGRAM (self), NULL);
  g_return_val_if_fail (area != NULL, NULL);

  job = job_new (self, area, scale, hit_scale);
  rendering = job_run (self, job, error);
  job_free (job);

  return rendering;
}

static void
render_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  DorsalDiagramRendering *rendering;
  GError *error = NULL;

  if (g_task_return_error_if_cancelled (task))
    return;

  rendering = job_run (DORSAL_DIAGRAM (source_object), task_data, &error);
  if (rendering == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, rendering, (GDestroyNotify) dorsal_diagram_rendering_free);
}

/**
 * dorsal_diagram_render_async:
 *
 * Like dorsal_diagram_render(), on a worker thread. The stylesheets are
 * taken now, so later changes to layers or theme do not affect it; compare
 * the result's serial with dorsal_diagram_get_serial().
 */
void
dorsal_diagram_render_async (DorsalDiagram       *self,
                             const RsvgRectangle *area,
                             double               scale,
                             double               hit_scale,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (DORSAL_IS_DIAGRAM (self));
  g_return_if_fail (area != NULL);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, dorsal_diagram_render_async);
  g_task_set_task_data (task, job_new (self, area, scale, hit_scale), job_free);
  g_task_run_in_thread (task, render_thread);
}

/**
 * dorsal_diagram_render_finish:
 *
 * Returns: (transfer full): the rendering, or %NULL with @error set
 */
DorsalDiagramRendering *
dorsal_diagram_render_finish (DorsalDiagram  *self,
                              GAsyncResult   *result,
                              GError        **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == dorsal_diagram_render_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/* highlight colours: accent (outline and tint) and halo (the contrasting
 * ring that keeps the outline visible on any colour under it) */
typedef struct
{
  guint32 accent;
  guint32 halo;
} Palette;

static const Palette palettes[] = {
  [DORSAL_DIAGRAM_THEME_LIGHT] = { 0x1c71d8, 0xffffff },
  [DORSAL_DIAGRAM_THEME_DARK] = { 0x99c1f1, 0x000000 },
  [DORSAL_DIAGRAM_THEME_HIGH_CONTRAST] = { 0x0033cc, 0xffffff },
  [DORSAL_DIAGRAM_THEME_PROJECTOR] = { 0xe01b24, 0xffffff },
  [DORSAL_DIAGRAM_THEME_HIGH_CONTRAST_DARK] = { 0xffe14d, 0x000000 },
};

typedef struct
{
  double tint;         /* alpha of the accent over the structure */
  double rings[3][2];  /* accent, halo, accent: [from, to] px outside the edge; to = 0 for none */
} Look;

static const Look looks[] = {
  [DORSAL_HIGHLIGHT_HOVER] = { 0.22, { { 0, 3 }, { 3, 5 }, { 0, 0 } } },
  [DORSAL_HIGHLIGHT_SELECTED] = { 0.38, { { 0, 2.5 }, { 2.5, 4.5 }, { 4.5, 7 } } },
  [DORSAL_HIGHLIGHT_PICKED] = { 0.55, { { 0, 2.5 }, { 2.5, 4.5 }, { 4.5, 7 } } },
};

static const char mask_css[] =
  "* { opacity: 1 !important; fill-opacity: 1 !important; stroke-opacity: 1 !important;"
  " fill: #000000 !important; stroke: #000000 !important; stroke-dasharray: none !important;"
  " filter: none !important; mask: none !important; marker: none !important }\n";

static inline double
clamp01 (double v)
{
  return v < 0 ? 0 : (v > 1 ? 1 : v);
}

/* distance in pixels from each pixel to the nearest one inside the mask
 * (alpha ≥ ½): a two-pass chamfer transform with 1 / √2 steps */
static float *
distance_to_mask (const guint8 *data,
                  int           stride,
                  int           width,
                  int           height)
{
  const float diag = 1.41421356f;
  float *dist = g_new (float, (gsize) width * height);

  for (int y = 0; y < height; y++)
    {
      const guint32 *row = (const guint32 *) (gconstpointer) (data + (gsize) y * stride);

      for (int x = 0; x < width; x++)
        {
          float d = (row[x] >> 24) >= 128 ? 0.0f : 1e9f;
          gsize i = (gsize) y * width + x;

          if (d > 0)
            {
              if (x > 0)
                d = MIN (d, dist[i - 1] + 1);
              if (y > 0)
                {
                  d = MIN (d, dist[i - width] + 1);
                  if (x > 0)
                    d = MIN (d, dist[i - width - 1] + diag);
                  if (x < width - 1)
                    d = MIN (d, dist[i - width + 1] + diag);
                }
            }
          dist[i] = d;
        }
    }

  for (int y = height - 1; y >= 0; y--)
    for (int x = width - 1; x >= 0; x--)
      {
        gsize i = (gsize) y * width + x;
        float d = dist[i];

        if (d == 0)
          continue;
        if (x < width - 1)
          d = MIN (d, dist[i + 1] + 1);
        if (y < height - 1)
          {
            d = MIN (d, dist[i + width] + 1);
            if (x < width - 1)
              d = MIN (d, dist[i + width + 1] + diag);
            if (x > 0)
              d = MIN (d, dist[i + width - 1] + diag);
          }
        dist[i] = d;
      }

  return dist;
}

/**
 * dorsal_diagram_render_highlight:
 * @ids: the structures to highlight
 * @style: how
 * @scale: pixels per document unit
 * @ring_scale: outline widths are multiplied by this (device scale factor,
 *   larger for a projector)
 * @clip: (nullable): the pixels needed, in document units × @scale
 * @x: (out): where the image goes, in document units × @scale
 * @y: (out): the same, vertically
 *
 * A small image of just @ids: a tint over them and outlines around them,
 * for the overlay on top of the cached drawing. Outlines are not colour
 * alone: an accent ring with a contrasting halo, doubled for a selection.
 *
 * Returns: (transfer full) (nullable): an ARGB32 image, or %NULL if nothing
 *   of @ids is inside @clip
 */
cairo_surface_t *
dorsal_diagram_render_highlight (DorsalDiagram        *self,
                                 const char * const   *ids,
                                 DorsalHighlightStyle  style,
                                 double                scale,
                                 double                ring_scale,
                                 const RsvgRectangle  *clip,
                                 int                  *x,
                                 int                  *y)
{
  const Look *look;
  const Palette *palette;
  double pad;
  double x0 = G_MAXDOUBLE, y0 = G_MAXDOUBLE, x1 = -G_MAXDOUBLE, y1 = -G_MAXDOUBLE;
  int ix0, iy0, ix1, iy1, width, height;
  cairo_surface_t *surface;
  cairo_t *cr;
  RsvgRectangle viewport = { 0, 0, self->width * scale, self->height * scale };
  guint8 *data;
  int stride;
  float *dist;

  g_return_val_if_fail (DORSAL_IS_DIAGRAM (self), NULL);
  g_return_val_if_fail (style <= DORSAL_HIGHLIGHT_PICKED, NULL);
  g_return_val_if_fail (scale > 0, NULL);

  if (ids == NULL || ids[0] == NULL)
    return NULL;

  look = &looks[style];
  palette = &palettes[self->theme];
  pad = 0;
  for (guint r = 0; r < G_N_ELEMENTS (look->rings); r++)
    pad = MAX (pad, look->rings[r][1] * ring_scale);
  pad = ceil (pad) + 1;

  for (guint i = 0; ids[i] != NULL; i++)
    {
      RsvgRectangle box;

      if (!dorsal_diagram_get_box (self, ids[i], &box))
        continue;
      x0 = MIN (x0, box.x * scale);
      y0 = MIN (y0, box.y * scale);
      x1 = MAX (x1, (box.x + box.width) * scale);
      y1 = MAX (y1, (box.y + box.height) * scale);
    }
  if (x1 <= x0 || y1 <= y0)
    return NULL;

  x0 -= pad;
  y0 -= pad;
  x1 += pad;
  y1 += pad;
  if (clip != NULL)
    {
      x0 = MAX (x0, clip->x);
      y0 = MAX (y0, clip->y);
      x1 = MIN (x1, clip->x + clip->width);
      y1 = MIN (y1, clip->y + clip->height);
      if (x1 <= x0 || y1 <= y0)
        return NULL;
    }

  ix0 = (int) floor (x0);
  iy0 = (int) floor (y0);
  ix1 = (int) ceil (x1);
  iy1 = (int) ceil (y1);
  width = ix1 - ix0;
  height = iy1 - iy0;
  if (width <= 0 || height <= 0 || width > 32767 || height > 32767)
    return NULL;

  if (self->mask_handle == NULL)
    {
      g_autofree char *css = NULL;
      const char * const *layers = dorsal_svg_index_get_layers (self->index);
      GString *s = g_string_new (mask_css);

      self->mask_handle = new_handle (self, NULL);
      if (self->mask_handle == NULL)
        {
          g_string_free (s, TRUE);
          return NULL;
        }
      g_string_append (s, self->keep_unpainted_css);
      for (guint i = 0; layers[i] != NULL; i++)
        g_string_append_printf (s, "#layer-%s { display: inline !important }\n", layers[i]);
      css = g_string_free (s, FALSE);
      set_stylesheet (self->mask_handle, css);
    }

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  if (cairo_surface_status (surface) != CAIRO_STATUS_SUCCESS)
    {
      cairo_surface_destroy (surface);
      return NULL;
    }

  cr = cairo_create (surface);
  cairo_translate (cr, -ix0, -iy0);
  for (guint i = 0; ids[i] != NULL; i++)
    {
      g_autofree char *selector = g_strconcat ("#", ids[i], NULL);

      rsvg_handle_render_layer (self->mask_handle, cr, selector, &viewport, NULL);
    }
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  data = cairo_image_surface_get_data (surface);
  stride = cairo_image_surface_get_stride (surface);
  dist = distance_to_mask (data, stride, width, height);

  /* paint in place: the mask's alpha becomes the tint, the distance the rings */
  for (int py = 0; py < height; py++)
    {
      guint32 *row = (guint32 *) (gpointer) (data + (gsize) py * stride);

      for (int px = 0; px < width; px++)
        {
          double inside = (row[px] >> 24) / 255.0;
          double d = dist[(gsize) py * width + px];
          double a = 0, r = 0, g = 0, b = 0;
          guint32 colours[3] = { palette->accent, palette->halo, palette->accent };

          /* the tint */
          if (inside > 0)
            {
              double ta = look->tint * inside;

              r = ((palette->accent >> 16) & 0xff) / 255.0 * ta;
              g = ((palette->accent >> 8) & 0xff) / 255.0 * ta;
              b = (palette->accent & 0xff) / 255.0 * ta;
              a = ta;
            }

          /* rings outside the edge, soft at their own edges */
          if (d > 0)
            for (guint k = 0; k < G_N_ELEMENTS (look->rings); k++)
              {
                double from = look->rings[k][0] * ring_scale;
                double to = look->rings[k][1] * ring_scale;
                double cover;

                if (to <= 0)
                  continue;
                cover = clamp01 (to - d + 0.5) * (from <= 0 ? 1.0 : clamp01 (d - from + 0.5));
                if (cover > 0)
                  {
                    double cr_ = ((colours[k] >> 16) & 0xff) / 255.0;
                    double cg = ((colours[k] >> 8) & 0xff) / 255.0;
                    double cb = (colours[k] & 0xff) / 255.0;

                    r = cr_ * cover + r * (1 - cover);
                    g = cg * cover + g * (1 - cover);
                    b = cb * cover + b * (1 - cover);
                    a = cover + a * (1 - cover);
                  }
              }

          row[px] = ((guint32) (a * 255 + 0.5) << 24) | ((guint32) (r * 255 + 0.5) << 16) |
                    ((guint32) (g * 255 + 0.5) << 8) | (guint32) (b * 255 + 0.5);
        }
    }

  g_free (dist);
  cairo_surface_mark_dirty (surface);

  *x = ix0;
  *y = iy0;
  return surface;
}
