/* dorsal-diagram-view.c: the interactive drawing of the spine and ribs
 *
 * Copyright 2026 The Dorsal authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "dorsal-diagram-view-private.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "dorsal-resources.h"

/*
 * How it stays fast (DESIGN.md "Drawing and hit-testing"):
 *
 *  - The drawing is rendered whole only per (view, size, scale factor,
 *    style, layers), on a worker thread, into a texture that snapshot()
 *    merely appends. Until a new one arrives the old one is drawn scaled.
 *  - Zoomed in, a second texture holds just the visible part at the settled
 *    zoom, so the picture stays sharp without ever making an image larger
 *    than the screen (cairo fails above 32767 pixels a side).
 *  - Each of those renders comes with a hit map: one lookup per pointer
 *    event. Hover and selection are small overlay textures of one
 *    structure, never a re-render of the drawing.
 *
 * Every interactive structure is also a child widget (DorsalDiagramRegion),
 * so keyboard focus and screen readers reach each one by name.
 */

G_DEFINE_FINAL_TYPE (DorsalDiagramView, dorsal_diagram_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_VIEW,
  PROP_SELECTED,
  PROP_SHOW_LABELS,
  PROP_PICK_MODE,
  PROP_PICKED_ZONES,
  PROP_REFERRED_MODE,
  PROP_PROJECTOR,
  PROP_ZOOM,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  STRUCTURE_ACTIVATED,
  REFERRED_AREA_ACTIVATED,
  LAYERS_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* space around the drawing at zoom 1, in pixels */
#define FIT_PADDING 12.0
/* the longest a hit map gets, in pixels: beyond that a hit-map pixel
 * covers two screen pixels, still finer than any finger or pointer */
#define HIT_MAP_BUDGET (1600.0 * 800.0)
/* how long zooming, panning or resizing must pause before a sharp re-render */
#define SETTLE_MS 150
/* a touch picks the nearest structure within this radius (a 44 px target) */
#define TOUCH_RADIUS 22.0

static void update_overlays       (DorsalDiagramView *self,
                                   gboolean           force);
static void rebuild_regions       (DorsalDiagramView *self);
static void ensure_renders        (DorsalDiagramView *self,
                                   gboolean           now);

/* Coordinates */

static double
device_scale (DorsalDiagramView *self)
{
  return gtk_widget_get_scale_factor (GTK_WIDGET (self));
}

double
_dorsal_diagram_view_get_fit_scale (DorsalDiagramView *self)
{
  double dw, dh, avail_w, avail_h, gutter;

  if (self->diagram == NULL || self->width <= 0 || self->height <= 0)
    return 1.0;

  dorsal_diagram_get_size (self->diagram, &dw, &dh);
  gutter = self->show_labels ? _dorsal_diagram_view_labels_gutter (self) : 0;
  avail_w = self->width - 2 * FIT_PADDING - 2 * gutter;
  avail_h = self->height - 2 * FIT_PADDING;
  if (avail_w < self->width * 0.6)
    avail_w = self->width - 2 * FIT_PADDING;

  return MAX (1e-3, MIN (avail_w / dw, avail_h / dh));
}

double
_dorsal_diagram_view_get_scale (DorsalDiagramView *self)
{
  return _dorsal_diagram_view_get_fit_scale (self) * self->zoom;
}

static void
clamp_center (DorsalDiagramView *self)
{
  double dw, dh, s, half;

  if (self->diagram == NULL)
    return;

  dorsal_diagram_get_size (self->diagram, &dw, &dh);
  s = _dorsal_diagram_view_get_scale (self);

  if (dw * s <= self->width)
    self->cx = dw / 2;
  else
    {
      half = self->width / 2.0 / s;
      self->cx = CLAMP (self->cx, half, dw - half);
    }

  if (dh * s <= self->height)
    self->cy = dh / 2;
  else
    {
      half = self->height / 2.0 / s;
      self->cy = CLAMP (self->cy, half, dh - half);
    }
}

/* where the document's origin lands, snapped to device pixels so that a
 * texture rendered at this scale is drawn pixel for pixel */
void
_dorsal_diagram_view_get_origin (DorsalDiagramView *self,
                                 double            *ox,
                                 double            *oy)
{
  double s = _dorsal_diagram_view_get_scale (self);
  double dev = device_scale (self);

  *ox = round ((self->width / 2.0 - self->cx * s) * dev) / dev;
  *oy = round ((self->height / 2.0 - self->cy * s) * dev) / dev;
}

void
_dorsal_diagram_view_to_document (DorsalDiagramView *self,
                                  double             x,
                                  double             y,
                                  double            *doc_x,
                                  double            *doc_y)
{
  double ox, oy, s = _dorsal_diagram_view_get_scale (self);

  _dorsal_diagram_view_get_origin (self, &ox, &oy);
  *doc_x = (x - ox) / s;
  *doc_y = (y - oy) / s;
}

void
_dorsal_diagram_view_to_widget (DorsalDiagramView *self,
                                double             doc_x,
                                double             doc_y,
                                double            *x,
                                double            *y)
{
  double ox, oy, s = _dorsal_diagram_view_get_scale (self);

  _dorsal_diagram_view_get_origin (self, &ox, &oy);
  *x = ox + doc_x * s;
  *y = oy + doc_y * s;
}

static void
visible_area (DorsalDiagramView *self,
              RsvgRectangle     *area)
{
  double dw, dh, x0, y0, x1, y1;

  dorsal_diagram_get_size (self->diagram, &dw, &dh);
  _dorsal_diagram_view_to_document (self, 0, 0, &x0, &y0);
  _dorsal_diagram_view_to_document (self, self->width, self->height, &x1, &y1);

  x0 = MAX (0, x0);
  y0 = MAX (0, y0);
  x1 = MIN (dw, x1);
  y1 = MIN (dh, y1);

  area->x = x0;
  area->y = y0;
  area->width = MAX (0, x1 - x0);
  area->height = MAX (0, y1 - y0);
}

static gboolean
rect_contains (const RsvgRectangle *outer,
               const RsvgRectangle *inner)
{
  const double e = 1e-6;

  return inner->x >= outer->x - e && inner->y >= outer->y - e &&
         inner->x + inner->width <= outer->x + outer->width + e &&
         inner->y + inner->height <= outer->y + outer->height + e;
}

static gboolean
rect_equal (const RsvgRectangle *a,
            const RsvgRectangle *b)
{
  const double e = 1e-6;

  return fabs (a->x - b->x) < e && fabs (a->y - b->y) < e &&
         fabs (a->width - b->width) < e && fabs (a->height - b->height) < e;
}

/* Rendering */

static GdkTexture *
texture_for_surface (cairo_surface_t *surface)
{
  g_autoptr(GBytes) bytes = NULL;
  int width = cairo_image_surface_get_width (surface);
  int height = cairo_image_surface_get_height (surface);
  int stride = cairo_image_surface_get_stride (surface);

  /* zero-copy: the texture keeps the cairo surface alive */
  bytes = g_bytes_new_with_free_func (cairo_image_surface_get_data (surface),
                                      (gsize) stride * height,
                                      (GDestroyNotify) cairo_surface_destroy,
                                      cairo_surface_reference (surface));

  return gdk_memory_texture_new (width, height, GDK_MEMORY_DEFAULT, bytes, stride);
}

static void
tile_clear (DiagramTile *tile)
{
  if (tile->cancellable != NULL)
    g_cancellable_cancel (tile->cancellable);
  g_clear_object (&tile->cancellable);
  g_clear_object (&tile->texture);
  g_clear_pointer (&tile->image, cairo_surface_destroy);
  g_clear_object (&tile->hit_map);
  tile->diagram = NULL;
  tile->hit_diagram = NULL;
  tile->want_diagram = NULL;
  tile->pending = 0;
}

typedef struct
{
  GWeakRef      view;
  DiagramTile  *tile;
  GCancellable *cancellable;
} RenderData;

static void
render_data_free (RenderData *data)
{
  g_weak_ref_clear (&data->view);
  g_clear_object (&data->cancellable);
  g_free (data);
}

static void
on_rendered (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  RenderData *data = user_data;
  g_autoptr(DorsalDiagramView) self = g_weak_ref_get (&data->view);
  g_autoptr(DorsalDiagramRendering) rendering = NULL;
  g_autoptr(GError) error = NULL;
  DiagramTile *tile = data->tile;

  rendering = dorsal_diagram_render_finish (DORSAL_DIAGRAM (source), result, &error);

  if (self == NULL || tile->cancellable != data->cancellable)
    {
      render_data_free (data);
      return;
    }

  render_data_free (data);
  if (--tile->pending == 0)
    g_clear_object (&tile->cancellable);

  if (rendering == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_warning ("Could not draw the diagram: %s", error->message);
      return;
    }

  if (rendering->image != NULL)
    {
      g_clear_object (&tile->texture);
      g_clear_pointer (&tile->image, cairo_surface_destroy);
      tile->diagram = DORSAL_DIAGRAM (source);
      tile->serial = rendering->serial;
      tile->area = rendering->area;
      tile->scale = rendering->scale;
      tile->texture = texture_for_surface (rendering->image);
      tile->image = cairo_surface_reference (rendering->image);
    }

  if (rendering->hit_map != NULL)
    {
      g_clear_object (&tile->hit_map);
      tile->hit_map = g_steal_pointer (&rendering->hit_map);
      tile->hit_diagram = DORSAL_DIAGRAM (source);
      tile->hit_serial = rendering->serial;
    }

  self->renders_done++;
  if (tile == &self->fit)
    _dorsal_diagram_view_labels_invalidate (self);

  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static double
hit_scale_for (const RsvgRectangle *area,
               double               scale)
{
  double pixels = area->width * area->height * scale * scale;

  if (pixels > HIT_MAP_BUDGET)
    scale *= sqrt (HIT_MAP_BUDGET / pixels);

  return scale;
}

static void
request_tile (DorsalDiagramView   *self,
              DiagramTile         *tile,
              const RsvgRectangle *area,
              double               scale,
              double               hit_scale)
{
  guint serial = dorsal_diagram_get_serial (self->diagram);
  RenderData *data;

  /* on its way */
  if (tile->cancellable != NULL && tile->want_diagram == self->diagram &&
      tile->want_serial == serial && fabs (tile->want_scale - scale) < 1e-9 &&
      rect_equal (&tile->want_area, area))
    return;

  /* already there: then whatever else is on its way would replace it */
  if (tile->texture != NULL && tile->diagram == self->diagram && tile->serial == serial &&
      fabs (tile->scale - scale) < 1e-9 && rect_contains (&tile->area, area) &&
      tile->hit_map != NULL && tile->hit_diagram == self->diagram && tile->hit_serial == serial)
    {
      if (tile->cancellable != NULL)
        g_cancellable_cancel (tile->cancellable);
      g_clear_object (&tile->cancellable);
      tile->pending = 0;
      return;
    }

  if (area->width * scale > 32000 || area->height * scale > 32000 ||
      area->width <= 0 || area->height <= 0)
    return;

  if (tile->cancellable != NULL)
    g_cancellable_cancel (tile->cancellable);
  g_clear_object (&tile->cancellable);

  tile->cancellable = g_cancellable_new ();
  tile->want_diagram = self->diagram;
  tile->want_serial = serial;
  tile->want_scale = scale;
  tile->want_area = *area;

  /* the picture and the hit map on two workers at once: the picture
   * shows as soon as it is ready */
  for (guint part = 0; part < 2; part++)
    {
      data = g_new0 (RenderData, 1);
      g_weak_ref_init (&data->view, self);
      data->tile = tile;
      data->cancellable = g_object_ref (tile->cancellable);
      dorsal_diagram_render_async (self->diagram, area, part == 0 ? scale : 0,
                                   part == 1 ? hit_scale : 0, tile->cancellable,
                                   on_rendered, data);
    }
  tile->pending = 2;
}

static void
ensure_renders (DorsalDiagramView *self,
                gboolean           now)
{
  double dev, s0, dw, dh;
  RsvgRectangle whole;

  if (self->diagram == NULL || self->width <= 0 || self->height <= 0)
    return;

  dev = device_scale (self);
  s0 = _dorsal_diagram_view_get_fit_scale (self);
  dorsal_diagram_get_size (self->diagram, &dw, &dh);
  whole = (RsvgRectangle) { 0, 0, dw, dh };

  /* without a picture for this view, draw one at once; a picture at
   * another size waits for the resize to pause */
  if (now || self->fit.texture == NULL || self->fit.diagram != self->diagram ||
      self->fit.serial != dorsal_diagram_get_serial (self->diagram))
    request_tile (self, &self->fit, &whole, s0 * dev, hit_scale_for (&whole, s0));

  if (self->zoom > 1.001)
    {
      if (now)
        {
          RsvgRectangle area;
          double s = s0 * self->zoom;

          visible_area (self, &area);
          request_tile (self, &self->detail, &area, s * dev, hit_scale_for (&area, s));
        }
    }
  else if (self->detail.texture != NULL || self->detail.cancellable != NULL)
    {
      tile_clear (&self->detail);
    }
}

static gboolean
on_settled (gpointer user_data)
{
  DorsalDiagramView *self = user_data;

  self->settle_id = 0;
  ensure_renders (self, TRUE);
  update_overlays (self, TRUE);
  _dorsal_diagram_view_labels_invalidate (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));

  return G_SOURCE_REMOVE;
}

static void
schedule_settle (DorsalDiagramView *self)
{
  g_clear_handle_id (&self->settle_id, g_source_remove);
  self->settle_id = g_timeout_add (SETTLE_MS, on_settled, self);
}

/**
 * _dorsal_diagram_view_viewport_changed:
 *
 * After a change of zoom, centre or size: keep the drawing in view, move
 * the region widgets, and re-render sharply once the change pauses.
 */
void
_dorsal_diagram_view_viewport_changed (DorsalDiagramView *self)
{
  clamp_center (self);
  ensure_renders (self, FALSE);
  schedule_settle (self);
  _dorsal_diagram_view_labels_invalidate (self);
  gtk_widget_queue_allocate (GTK_WIDGET (self));
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* after layers, theme, mode or shown conditions changed */
static void
drawing_changed (DorsalDiagramView *self)
{
  ensure_renders (self, TRUE);
  update_overlays (self, TRUE);
  rebuild_regions (self);
  _dorsal_diagram_view_labels_clear (self);
  gtk_widget_queue_allocate (GTK_WIDGET (self));
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

gboolean
_dorsal_diagram_view_is_settled (DorsalDiagramView *self)
{
  return self->settle_id == 0 && self->fit.cancellable == NULL &&
         self->detail.cancellable == NULL && self->fit.texture != NULL &&
         self->fit.diagram == self->diagram && self->fit.hit_diagram == self->diagram &&
         self->fit.serial == dorsal_diagram_get_serial (self->diagram) &&
         self->fit.hit_serial == self->fit.serial;
}

guint
_dorsal_diagram_view_get_renders_done (DorsalDiagramView *self)
{
  return self->renders_done;
}

DorsalDiagram *
_dorsal_diagram_view_get_diagram (DorsalDiagramView *self)
{
  return self->diagram;
}

/* Overlays */

static void
overlay_clear (DiagramOverlay *overlay)
{
  g_clear_pointer (&overlay->ids, g_strfreev);
  g_clear_object (&overlay->texture);
  overlay->diagram = NULL;
}

static gboolean
strv_equal0 (const char * const *a,
             const char * const *b)
{
  if (a == NULL || b == NULL)
    return (a == NULL || a[0] == NULL) && (b == NULL || b[0] == NULL);

  return g_strv_equal (a, b);
}

static void
overlay_update (DorsalDiagramView    *self,
                DiagramOverlay       *overlay,
                const char * const   *ids,
                DorsalHighlightStyle  style,
                gboolean              force)
{
  double s, dev, ring_scale, ox, oy;
  RsvgRectangle clip;
  cairo_surface_t *surface;
  int x, y;

  if (self->diagram == NULL || ids == NULL || ids[0] == NULL || self->width <= 0)
    {
      overlay_clear (overlay);
      return;
    }

  dev = device_scale (self);
  s = _dorsal_diagram_view_get_scale (self) * dev;

  if (!force && overlay->diagram == self->diagram && overlay->style == style &&
      overlay->theme == self->theme && fabs (overlay->scale - s) < 1e-9 &&
      strv_equal0 ((const char * const *) overlay->ids, ids))
    return;

  overlay_clear (overlay);
  overlay->diagram = self->diagram;
  overlay->ids = g_strdupv ((char **) ids);
  overlay->style = style;
  overlay->theme = self->theme;
  overlay->scale = s;

  /* only what is on screen, in pixels of the document at this scale */
  _dorsal_diagram_view_get_origin (self, &ox, &oy);
  clip.x = -ox * dev;
  clip.y = -oy * dev;
  clip.width = self->width * dev;
  clip.height = self->height * dev;
  ring_scale = dev * (self->projector ? 1.6 : 1.0);

  surface = dorsal_diagram_render_highlight (self->diagram, ids, style, s, ring_scale, &clip,
                                             &x, &y);
  if (surface == NULL)
    return;

  overlay->area.x = x / s;
  overlay->area.y = y / s;
  overlay->area.width = cairo_image_surface_get_width (surface) / s;
  overlay->area.height = cairo_image_surface_get_height (surface) / s;
  overlay->texture = texture_for_surface (surface);
  cairo_surface_destroy (surface);
}

static void
update_hover_overlay (DorsalDiagramView *self,
                      gboolean           force)
{
  const char *ids[] = { self->hover, NULL };

  /* the selection already stands out; hovering it adds nothing */
  if (self->hover != NULL && g_strcmp0 (self->hover, self->selected) == 0)
    ids[0] = NULL;

  overlay_update (self, &self->hover_overlay, ids, DORSAL_HIGHLIGHT_HOVER, force);
}

static void
update_overlays (DorsalDiagramView *self,
                 gboolean           force)
{
  const char *selected[] = { self->selected, NULL };
  g_autoptr(GPtrArray) shown = g_ptr_array_new ();

  if (self->diagram != NULL && self->shown_ids != NULL)
    {
      DorsalSvgIndex *index = dorsal_diagram_get_index (self->diagram);

      for (guint i = 0; self->shown_ids[i] != NULL; i++)
        if (dorsal_svg_index_has_id (index, self->shown_ids[i]))
          g_ptr_array_add (shown, self->shown_ids[i]);
    }
  g_ptr_array_add (shown, NULL);

  if (self->diagram != NULL && self->selected != NULL &&
      !dorsal_svg_index_has_id (dorsal_diagram_get_index (self->diagram), self->selected))
    selected[0] = NULL;

  overlay_update (self, &self->selected_overlay, selected, DORSAL_HIGHLIGHT_SELECTED, force);
  overlay_update (self, &self->shown_overlay, (const char * const *) shown->pdata,
                  DORSAL_HIGHLIGHT_SELECTED, force);
  overlay_update (self, &self->picked_overlay,
                  self->pick_mode ? (const char * const *) self->picked_zones->pdata : NULL,
                  DORSAL_HIGHLIGHT_PICKED, force);
  update_hover_overlay (self, force);
}

/* Names */

char *
_dorsal_diagram_view_get_name (DorsalDiagramView *self,
                               const char        *id,
                               gboolean           short_label)
{
  char *name = NULL;

  if (self->name_func != NULL)
    name = self->name_func (id, short_label, self->name_data);

  if (name == NULL || *name == '\0')
    {
      g_free (name);
      /* before the content is loaded: the id, readable */
      name = g_strdelimit (g_strdup (id), "-", ' ');
      name[0] = g_ascii_toupper (name[0]);
    }

  return name;
}

static const char *
describe_layer (const char *layer)
{
  static const struct { const char *layer; const char *text; } kinds[] = {
    { "bones", N_("Bone") },
    { "cartilage", N_("Cartilage") },
    { "discs", N_("Disc or joint") },
    { "nerves", N_("Nerve") },
    { "muscles", N_("Muscle") },
    { "organs", N_("Organ") },
    { "dermatomes", N_("Skin band fed by one spinal nerve") },
    { "zones", N_("Body area: press to mark or unmark where it hurts") },
    { "referred", N_("Area where pain from an organ can be felt") },
  };

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    if (g_strcmp0 (layer, kinds[i].layer) == 0)
      return _(kinds[i].text);

  return NULL;
}

/* Regions: one focusable child per structure that can be picked */

GtkWidget *
_dorsal_diagram_view_get_region (DorsalDiagramView *self,
                                 const char        *id)
{
  return id != NULL ? g_hash_table_lookup (self->regions, id) : NULL;
}

GPtrArray *
_dorsal_diagram_view_get_regions (DorsalDiagramView *self)
{
  return self->region_list;
}

static gboolean
is_picked (DorsalDiagramView *self,
           const char        *id)
{
  for (guint i = 0; i + 1 < self->picked_zones->len; i++)
    if (strcmp (g_ptr_array_index (self->picked_zones, i), id) == 0)
      return TRUE;

  return FALSE;
}

static void
update_region_states (DorsalDiagramView *self)
{
  for (guint i = 0; i < self->region_list->len; i++)
    {
      DorsalDiagramRegion *region = g_ptr_array_index (self->region_list, i);
      const char *id = dorsal_diagram_region_get_id (region);
      gboolean toggle = self->pick_mode && g_str_has_prefix (id, "zone-");

      dorsal_diagram_region_set_toggle (region, toggle);
      dorsal_diagram_region_set_active (region, toggle ? is_picked (self, id)
                                                       : g_strcmp0 (id, self->selected) == 0);
    }
}

static void
update_region_names (DorsalDiagramView *self)
{
  DorsalSvgIndex *index = self->diagram != NULL ? dorsal_diagram_get_index (self->diagram) : NULL;

  for (guint i = 0; i < self->region_list->len; i++)
    {
      DorsalDiagramRegion *region = g_ptr_array_index (self->region_list, i);
      const char *id = dorsal_diagram_region_get_id (region);
      g_autofree char *name = _dorsal_diagram_view_get_name (self, id, FALSE);

      dorsal_diagram_region_set_names (region, name,
                                       describe_layer (dorsal_svg_index_get_layer (index, id)));
    }
}

static void
on_region_activate (DorsalDiagramView   *self,
                    DorsalDiagramRegion *region)
{
  _dorsal_diagram_view_activate (self, dorsal_diagram_region_get_id (region));
}

static void
rebuild_regions (DorsalDiagramView *self)
{
  g_auto(GStrv) pickable = NULL;
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func (g_object_unref);
  GHashTableIter iter;
  gpointer key, value;

  if (self->diagram != NULL)
    pickable = dorsal_diagram_list_pickable (self->diagram);

  for (guint i = 0; pickable != NULL && pickable[i] != NULL; i++)
    {
      GtkWidget *region = g_hash_table_lookup (self->regions, pickable[i]);

      if (region == NULL)
        {
          region = dorsal_diagram_region_new (pickable[i]);
          g_signal_connect_object (region, "activate", G_CALLBACK (on_region_activate), self,
                                   G_CONNECT_SWAPPED);
          g_hash_table_insert (self->regions, g_strdup (pickable[i]), region);
        }
      g_ptr_array_add (list, g_object_ref (region));
    }

  g_hash_table_iter_init (&iter, self->regions);
  while (g_hash_table_iter_next (&iter, &key, &value))
    if (pickable == NULL || !g_strv_contains ((const char * const *) pickable, key))
      {
        if (self->focus_region == value)
          self->focus_region = NULL;
        /* the table unparents it */
        g_hash_table_iter_remove (&iter);
      }

  /* children in document order: the order a screen reader reads them */
  for (guint i = 0; i < list->len; i++)
    gtk_widget_insert_before (g_ptr_array_index (list, i), GTK_WIDGET (self), NULL);

  g_ptr_array_set_size (self->region_list, 0);
  for (guint i = 0; i < list->len; i++)
    g_ptr_array_add (self->region_list, g_ptr_array_index (list, i));

  update_region_names (self);
  update_region_states (self);
}

/* Picking and activating */

DorsalHitMap *
_dorsal_diagram_view_get_hit_map (DorsalDiagramView *self)
{
  return self->fit.hit_diagram == self->diagram ? self->fit.hit_map : NULL;
}

/**
 * _dorsal_diagram_view_pick:
 * @x: widget x
 * @y: widget y
 * @touch: look around the point too, for a finger
 *
 * Returns: (nullable): the structure at (x, y) that can be picked now
 */
const char *
_dorsal_diagram_view_pick (DorsalDiagramView *self,
                           double             x,
                           double             y,
                           gboolean           touch)
{
  DorsalHitMap *map = NULL;
  const char *id;
  double dx, dy;

  if (self->diagram == NULL)
    return NULL;

  _dorsal_diagram_view_to_document (self, x, y, &dx, &dy);

  /* the sharper map of the zoomed-in part if it holds the point */
  if (self->detail.hit_map != NULL && self->detail.hit_diagram == self->diagram &&
      dorsal_hit_map_covers (self->detail.hit_map, dx, dy))
    map = self->detail.hit_map;
  else
    map = _dorsal_diagram_view_get_hit_map (self);

  if (map == NULL)
    return NULL;

  if (touch)
    id = dorsal_hit_map_lookup_near (map, dx, dy,
                                     TOUCH_RADIUS / _dorsal_diagram_view_get_scale (self));
  else
    id = dorsal_hit_map_lookup (map, dx, dy);

  /* a map made before a layer was hidden may still hold it */
  if (id != NULL && !dorsal_diagram_is_pickable (self->diagram, id))
    return NULL;

  return id;
}

void
_dorsal_diagram_view_set_hover (DorsalDiagramView *self,
                                const char        *id)
{
  if (g_strcmp0 (self->hover, id) == 0)
    return;

  g_free (self->hover);
  self->hover = g_strdup (id);
  self->hover_from_focus = FALSE;
  update_hover_overlay (self, FALSE);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
toggle_zone (DorsalDiagramView *self,
             const char        *id)
{
  g_autoptr(GPtrArray) zones = g_ptr_array_new_with_free_func (g_free);
  gboolean was = is_picked (self, id);

  /* copies: setting the property frees the old strings */
  for (guint i = 0; i + 1 < self->picked_zones->len; i++)
    if (!was || strcmp (g_ptr_array_index (self->picked_zones, i), id) != 0)
      g_ptr_array_add (zones, g_strdup (g_ptr_array_index (self->picked_zones, i)));
  if (!was)
    g_ptr_array_add (zones, g_strdup (id));
  g_ptr_array_add (zones, NULL);

  dorsal_diagram_view_set_picked_zones (self, (const char * const *) zones->pdata);
}

/**
 * _dorsal_diagram_view_activate:
 * @id: a structure that can be picked
 *
 * What a click, a tap or Enter does: toggle a zone in pick mode, report a
 * referred-pain area in referred mode, otherwise select the structure and
 * emit #DorsalDiagramView::structure-activated.
 */
void
_dorsal_diagram_view_activate (DorsalDiagramView *self,
                               const char        *id)
{
  g_autofree char *copy = g_strdup (id);
  DorsalSvgKind kind;

  if (self->diagram == NULL || id == NULL || !dorsal_diagram_is_pickable (self->diagram, id))
    return;

  kind = dorsal_svg_index_get_kind (dorsal_diagram_get_index (self->diagram), id);

  if (self->pick_mode)
    toggle_zone (self, copy);
  else if (kind == DORSAL_SVG_KIND_REFERRED)
    g_signal_emit (self, signals[REFERRED_AREA_ACTIVATED], 0, copy);
  else
    {
      dorsal_diagram_view_set_selected (self, copy);
      g_signal_emit (self, signals[STRUCTURE_ACTIVATED], 0, copy);
    }
}

void
_dorsal_diagram_view_set_center (DorsalDiagramView *self,
                                 double             cx,
                                 double             cy)
{
  self->cx = cx;
  self->cy = cy;
  _dorsal_diagram_view_viewport_changed (self);
}

/**
 * _dorsal_diagram_view_ensure_visible:
 * @ids: structures to bring into sight
 * @zoom_out: zoom out if they do not fit
 */
void
_dorsal_diagram_view_ensure_visible (DorsalDiagramView  *self,
                                     const char * const *ids,
                                     gboolean            zoom_out)
{
  double x0 = G_MAXDOUBLE, y0 = G_MAXDOUBLE, x1 = -G_MAXDOUBLE, y1 = -G_MAXDOUBLE;
  RsvgRectangle view;
  double s;

  if (self->diagram == NULL || ids == NULL || self->width <= 0 || self->zoom <= 1.0)
    return;

  for (guint i = 0; ids[i] != NULL; i++)
    {
      RsvgRectangle box;

      if (!dorsal_diagram_get_box (self->diagram, ids[i], &box))
        continue;
      x0 = MIN (x0, box.x);
      y0 = MIN (y0, box.y);
      x1 = MAX (x1, box.x + box.width);
      y1 = MAX (y1, box.y + box.height);
    }
  if (x1 <= x0)
    return;

  s = _dorsal_diagram_view_get_scale (self);
  view.x = self->cx - self->width / 2.0 / s;
  view.y = self->cy - self->height / 2.0 / s;
  view.width = self->width / s;
  view.height = self->height / s;
  if (x0 >= view.x && y0 >= view.y && x1 <= view.x + view.width && y1 <= view.y + view.height)
    return;

  if (zoom_out && (x1 - x0 > view.width * 0.9 || y1 - y0 > view.height * 0.9))
    {
      double fit = _dorsal_diagram_view_get_fit_scale (self);
      double z = MIN (self->width * 0.9 / ((x1 - x0) * fit), self->height * 0.9 / ((y1 - y0) * fit));

      z = CLAMP (z, DORSAL_DIAGRAM_VIEW_MIN_ZOOM, self->zoom);
      if (z != self->zoom)
        {
          self->zoom = z;
          g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZOOM]);
        }
    }

  _dorsal_diagram_view_set_center (self, (x0 + x1) / 2, (y0 + y1) / 2);
}

/* Theme */

void
_dorsal_diagram_view_get_colours (DorsalDiagramView *self,
                                  GdkRGBA           *accent,
                                  GdkRGBA           *halo,
                                  GdkRGBA           *label_bg,
                                  GdkRGBA           *label_fg)
{
  switch (self->theme)
    {
    case DORSAL_DIAGRAM_THEME_DARK:
      *accent = (GdkRGBA) { 0.60, 0.76, 0.95, 1 };
      *halo = (GdkRGBA) { 0, 0, 0, 1 };
      *label_bg = (GdkRGBA) { 0.14, 0.14, 0.14, 0.92 };
      *label_fg = (GdkRGBA) { 1, 1, 1, 1 };
      break;

    case DORSAL_DIAGRAM_THEME_HIGH_CONTRAST:
      *accent = (GdkRGBA) { 0, 0.2, 0.8, 1 };
      *halo = (GdkRGBA) { 1, 1, 1, 1 };
      *label_bg = (GdkRGBA) { 0, 0, 0, 1 };
      *label_fg = (GdkRGBA) { 1, 1, 1, 1 };
      break;

    case DORSAL_DIAGRAM_THEME_HIGH_CONTRAST_DARK:
      *accent = (GdkRGBA) { 1, 0.88, 0.3, 1 };
      *halo = (GdkRGBA) { 0, 0, 0, 1 };
      *label_bg = (GdkRGBA) { 0, 0, 0, 1 };
      *label_fg = (GdkRGBA) { 1, 1, 1, 1 };
      break;

    case DORSAL_DIAGRAM_THEME_PROJECTOR:
      *accent = (GdkRGBA) { 0.88, 0.11, 0.14, 1 };
      *halo = (GdkRGBA) { 1, 1, 1, 1 };
      *label_bg = (GdkRGBA) { 1, 1, 1, 0.94 };
      *label_fg = (GdkRGBA) { 0, 0, 0, 1 };
      break;

    case DORSAL_DIAGRAM_THEME_LIGHT:
    default:
      *accent = (GdkRGBA) { 0.11, 0.44, 0.85, 1 };
      *halo = (GdkRGBA) { 1, 1, 1, 1 };
      *label_bg = (GdkRGBA) { 1, 1, 1, 0.9 };
      *label_fg = (GdkRGBA) { 0.12, 0.12, 0.12, 1 };
      break;
    }
}

static void
apply_state_to_diagram (DorsalDiagramView *self,
                        DorsalDiagram     *diagram)
{
  GHashTableIter iter;
  gpointer key, value;

  dorsal_diagram_reset_layers (diagram);
  g_hash_table_iter_init (&iter, self->layers);
  while (g_hash_table_iter_next (&iter, &key, &value))
    dorsal_diagram_set_layer_visible (diagram, key, GPOINTER_TO_INT (value));

  dorsal_diagram_set_theme (diagram, self->theme);
  dorsal_diagram_set_mode (diagram, self->pick_mode ? DORSAL_DIAGRAM_MODE_PICK_ZONES
                                    : self->referred_mode ? DORSAL_DIAGRAM_MODE_REFERRED
                                    : DORSAL_DIAGRAM_MODE_EXPLORE);
}

static void
update_theme (DorsalDiagramView *self)
{
  AdwStyleManager *manager = adw_style_manager_get_default ();
  DorsalDiagramTheme theme;

  if (self->projector)
    theme = DORSAL_DIAGRAM_THEME_PROJECTOR;
  else if (adw_style_manager_get_high_contrast (manager))
    theme = adw_style_manager_get_dark (manager) ? DORSAL_DIAGRAM_THEME_HIGH_CONTRAST_DARK
                                                 : DORSAL_DIAGRAM_THEME_HIGH_CONTRAST;
  else if (adw_style_manager_get_dark (manager))
    theme = DORSAL_DIAGRAM_THEME_DARK;
  else
    theme = DORSAL_DIAGRAM_THEME_LIGHT;

  if (theme == self->theme)
    return;

  self->theme = theme;
  if (self->diagram != NULL)
    {
      dorsal_diagram_set_theme (self->diagram, theme);
      drawing_changed (self);
    }
}

static void
update_mode (DorsalDiagramView *self)
{
  if (self->diagram == NULL)
    return;

  apply_state_to_diagram (self, self->diagram);
  g_clear_pointer (&self->hover, g_free);
  drawing_changed (self);
}

/* GtkWidget */

static void
dorsal_diagram_view_measure (GtkWidget      *widget,
                             GtkOrientation  orientation,
                             int             for_size,
                             int            *minimum,
                             int            *natural,
                             int            *minimum_baseline,
                             int            *natural_baseline)
{
  DorsalDiagramView *self = DORSAL_DIAGRAM_VIEW (widget);

  for (guint i = 0; i < self->region_list->len; i++)
    {
      int child_min, child_nat;

      gtk_widget_measure (g_ptr_array_index (self->region_list, i), orientation, -1,
                          &child_min, &child_nat, NULL, NULL);
    }

  *minimum = 120;
  *natural = orientation == GTK_ORIENTATION_HORIZONTAL ? 480 : 600;
}

static void
dorsal_diagram_view_size_allocate (GtkWidget *widget,
                                   int        width,
                                   int        height,
                                   int        baseline)
{
  DorsalDiagramView *self = DORSAL_DIAGRAM_VIEW (widget);
  double s;

  if (width != self->width || height != self->height)
    {
      self->width = width;
      self->height = height;
      clamp_center (self);
      ensure_renders (self, FALSE);
      schedule_settle (self);
      _dorsal_diagram_view_labels_invalidate (self);
    }

  if (self->diagram == NULL)
    return;

  s = _dorsal_diagram_view_get_scale (self);
  for (guint i = 0; i < self->region_list->len; i++)
    {
      GtkWidget *region = g_ptr_array_index (self->region_list, i);
      RsvgRectangle box;
      double x, y;
      GtkAllocation alloc;

      if (!dorsal_diagram_get_box (self->diagram,
                                   dorsal_diagram_region_get_id (DORSAL_DIAGRAM_REGION (region)),
                                   &box))
        box = (RsvgRectangle) { 0, 0, 0, 0 };

      _dorsal_diagram_view_to_widget (self, box.x, box.y, &x, &y);
      alloc.x = (int) floor (x);
      alloc.y = (int) floor (y);
      alloc.width = MAX (1, (int) ceil (box.width * s));
      alloc.height = MAX (1, (int) ceil (box.height * s));
      gtk_widget_size_allocate (region, &alloc, -1);
    }
}

/* Appends the picture @texture holds, which wraps the pixels of @image (or %NULL), at @rect.
 *
 * GTK 4.8's cairo renderer converts a texture node's every pixel on every frame, then draws
 * only the damaged part; a cairo node that paints the surface the texture wraps costs only the
 * damaged part. The GL renderer keeps textures on the GPU: there the texture node is the
 * cheap one. */
void
_dorsal_diagram_view_append_image (DorsalDiagramView     *self,
                                   GtkSnapshot           *snapshot,
                                   GdkTexture            *texture,
                                   cairo_surface_t       *image,
                                   const graphene_rect_t *rect)
{
  GtkNative *native = gtk_widget_get_native (GTK_WIDGET (self));

  if (image != NULL && native != NULL && GSK_IS_CAIRO_RENDERER (gtk_native_get_renderer (native)))
    {
      cairo_t *cr = gtk_snapshot_append_cairo (snapshot, rect);
      double sx, sy;

      /* the surface's size in its own units, as cairo paints it */
      cairo_surface_get_device_scale (image, &sx, &sy);
      cairo_translate (cr, rect->origin.x, rect->origin.y);
      cairo_scale (cr, rect->size.width / (cairo_image_surface_get_width (image) / sx),
                   rect->size.height / (cairo_image_surface_get_height (image) / sy));
      cairo_set_source_surface (cr, image, 0, 0);
      cairo_paint (cr);
      cairo_destroy (cr);
      return;
    }

  gtk_snapshot_append_texture (snapshot, texture, rect);
}

static void
append_texture_at (GtkSnapshot         *snapshot,
                   GdkTexture          *texture,
                   cairo_surface_t     *image,
                   DorsalDiagramView   *self,
                   const RsvgRectangle *area,
                   double               texture_scale)
{
  double x, y, s = _dorsal_diagram_view_get_scale (self);
  graphene_rect_t rect;

  _dorsal_diagram_view_to_widget (self, area->x, area->y, &x, &y);
  graphene_rect_init (&rect, x, y,
                      gdk_texture_get_width (texture) / texture_scale * s,
                      gdk_texture_get_height (texture) / texture_scale * s);
  _dorsal_diagram_view_append_image (self, snapshot, texture, image, &rect);
}

static void
append_overlay (GtkSnapshot       *snapshot,
                DorsalDiagramView *self,
                DiagramOverlay    *overlay)
{
  if (overlay->texture == NULL || overlay->diagram != self->diagram)
    return;

  append_texture_at (snapshot, overlay->texture, NULL, self, &overlay->area, overlay->scale);
}

static void
append_focus_ring (GtkSnapshot       *snapshot,
                   DorsalDiagramView *self)
{
  GtkWidget *focus = self->focus_region;
  GdkRGBA accent, halo, bg, fg;
  graphene_rect_t bounds;
  GskRoundedRect outer, inner;
  float w = 2.0f;

  if (gtk_widget_has_visible_focus (GTK_WIDGET (self)))
    {
      graphene_rect_init (&bounds, 0, 0, self->width, self->height);
      graphene_rect_inset (&bounds, 2, 2);
    }
  else if (focus != NULL && gtk_widget_has_visible_focus (focus) &&
           gtk_widget_compute_bounds (focus, GTK_WIDGET (self), &bounds))
    {
      graphene_rect_inset (&bounds, -6, -6);
    }
  else
    return;

  _dorsal_diagram_view_get_colours (self, &accent, &halo, &bg, &fg);

  gsk_rounded_rect_init_from_rect (&outer, &bounds, 6);
  gtk_snapshot_append_border (snapshot, &outer, (float[4]) { w + 2, w + 2, w + 2, w + 2 },
                              (GdkRGBA[4]) { halo, halo, halo, halo });
  graphene_rect_inset (&bounds, 1, 1);
  gsk_rounded_rect_init_from_rect (&inner, &bounds, 5);
  gtk_snapshot_append_border (snapshot, &inner, (float[4]) { w, w, w, w },
                              (GdkRGBA[4]) { accent, accent, accent, accent });
}

static void
dorsal_diagram_view_snapshot (GtkWidget   *widget,
                              GtkSnapshot *snapshot)
{
  DorsalDiagramView *self = DORSAL_DIAGRAM_VIEW (widget);
  if (self->diagram == NULL)
    return;

  if (self->fit.texture != NULL && self->fit.diagram == self->diagram)
    append_texture_at (snapshot, self->fit.texture, self->fit.image, self, &self->fit.area,
                       self->fit.scale);
  if (self->detail.texture != NULL && self->detail.diagram == self->diagram)
    append_texture_at (snapshot, self->detail.texture, self->detail.image, self, &self->detail.area,
                       self->detail.scale);

  append_overlay (snapshot, self, &self->picked_overlay);
  append_overlay (snapshot, self, &self->shown_overlay);
  append_overlay (snapshot, self, &self->selected_overlay);
  append_overlay (snapshot, self, &self->hover_overlay);

  append_focus_ring (snapshot, self);

  if (self->show_labels)
    _dorsal_diagram_view_labels_snapshot (self, snapshot);

  _dorsal_diagram_view_name_snapshot (self, snapshot);
}

static void
on_focus_visible_changed (DorsalDiagramView *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
dorsal_diagram_view_root (GtkWidget *widget)
{
  DorsalDiagramView *self = DORSAL_DIAGRAM_VIEW (widget);
  GtkWidget *root;

  GTK_WIDGET_CLASS (dorsal_diagram_view_parent_class)->root (widget);

  root = GTK_WIDGET (gtk_widget_get_root (widget));
  if (GTK_IS_WINDOW (root))
    {
      self->focus_visible_root = root;
      self->focus_visible_handler =
        g_signal_connect_swapped (root, "notify::focus-visible",
                                  G_CALLBACK (on_focus_visible_changed), self);
    }
}

static void
dorsal_diagram_view_unroot (GtkWidget *widget)
{
  DorsalDiagramView *self = DORSAL_DIAGRAM_VIEW (widget);

  if (self->focus_visible_root != NULL)
    g_clear_signal_handler (&self->focus_visible_handler, self->focus_visible_root);
  self->focus_visible_root = NULL;

  GTK_WIDGET_CLASS (dorsal_diagram_view_parent_class)->unroot (widget);
}

static void
dorsal_diagram_view_set_focus_child (GtkWidget *widget,
                                     GtkWidget *child)
{
  DorsalDiagramView *self = DORSAL_DIAGRAM_VIEW (widget);

  GTK_WIDGET_CLASS (dorsal_diagram_view_parent_class)->set_focus_child (widget, child);

  if (child == self->focus_region)
    return;

  /* focus gone elsewhere: what it highlighted goes too */
  if (child == NULL && self->hover_from_focus)
    _dorsal_diagram_view_set_hover (self, NULL);

  self->focus_region = child;
  if (DORSAL_IS_DIAGRAM_REGION (child))
    {
      const char *ids[] = { dorsal_diagram_region_get_id (DORSAL_DIAGRAM_REGION (child)), NULL };

      /* a keyboard user sees what has focus as a pointer user sees hover */
      _dorsal_diagram_view_set_hover (self, ids[0]);
      self->hover_from_focus = TRUE;
      _dorsal_diagram_view_ensure_visible (self, ids, FALSE);
    }
  gtk_widget_queue_draw (widget);
}

static void
dorsal_diagram_view_css_changed (GtkWidget         *widget,
                                 GtkCssStyleChange *change)
{
  DorsalDiagramView *self = DORSAL_DIAGRAM_VIEW (widget);

  GTK_WIDGET_CLASS (dorsal_diagram_view_parent_class)->css_changed (widget, change);

  /* fonts may have changed: labels are measured again */
  g_clear_object (&self->name_layout);
  g_clear_pointer (&self->name_layout_id, g_free);
  _dorsal_diagram_view_labels_clear (self);
  gtk_widget_queue_draw (widget);
}

/* GObject */

static void
dorsal_diagram_view_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  DorsalDiagramView *self = DORSAL_DIAGRAM_VIEW (object);

  switch (prop_id)
    {
    case PROP_VIEW:
      g_value_set_string (value, self->view);
      break;

    case PROP_SELECTED:
      g_value_set_string (value, self->selected);
      break;

    case PROP_SHOW_LABELS:
      g_value_set_boolean (value, self->show_labels);
      break;

    case PROP_PICK_MODE:
      g_value_set_boolean (value, self->pick_mode);
      break;

    case PROP_PICKED_ZONES:
      g_value_set_boxed (value, self->picked_zones->pdata);
      break;

    case PROP_REFERRED_MODE:
      g_value_set_boolean (value, self->referred_mode);
      break;

    case PROP_PROJECTOR:
      g_value_set_boolean (value, self->projector);
      break;

    case PROP_ZOOM:
      g_value_set_double (value, self->zoom);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dorsal_diagram_view_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  DorsalDiagramView *self = DORSAL_DIAGRAM_VIEW (object);

  switch (prop_id)
    {
    case PROP_VIEW:
      dorsal_diagram_view_set_view (self, g_value_get_string (value));
      break;

    case PROP_SELECTED:
      dorsal_diagram_view_set_selected (self, g_value_get_string (value));
      break;

    case PROP_SHOW_LABELS:
      dorsal_diagram_view_set_show_labels (self, g_value_get_boolean (value));
      break;

    case PROP_PICK_MODE:
      dorsal_diagram_view_set_pick_mode (self, g_value_get_boolean (value));
      break;

    case PROP_PICKED_ZONES:
      dorsal_diagram_view_set_picked_zones (self, g_value_get_boxed (value));
      break;

    case PROP_REFERRED_MODE:
      dorsal_diagram_view_set_referred_mode (self, g_value_get_boolean (value));
      break;

    case PROP_PROJECTOR:
      dorsal_diagram_view_set_projector (self, g_value_get_boolean (value));
      break;

    case PROP_ZOOM:
      dorsal_diagram_view_set_zoom (self, g_value_get_double (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dorsal_diagram_view_dispose (GObject *object)
{
  DorsalDiagramView *self = DORSAL_DIAGRAM_VIEW (object);

  g_clear_handle_id (&self->settle_id, g_source_remove);
  g_clear_handle_id (&self->hover_id, g_source_remove);
  g_clear_pointer (&self->pending_hover, g_free);
  tile_clear (&self->fit);
  tile_clear (&self->detail);
  overlay_clear (&self->hover_overlay);
  overlay_clear (&self->selected_overlay);
  overlay_clear (&self->shown_overlay);
  overlay_clear (&self->picked_overlay);
  _dorsal_diagram_view_labels_clear (self);

  if (self->region_list != NULL)
    g_ptr_array_set_size (self->region_list, 0);
  if (self->regions != NULL)
    g_hash_table_remove_all (self->regions);
  self->focus_region = NULL;

  if (self->name_destroy != NULL)
    self->name_destroy (self->name_data);
  self->name_func = NULL;
  self->name_data = NULL;
  self->name_destroy = NULL;

  G_OBJECT_CLASS (dorsal_diagram_view_parent_class)->dispose (object);
}

static void
dorsal_diagram_view_finalize (GObject *object)
{
  DorsalDiagramView *self = DORSAL_DIAGRAM_VIEW (object);

  g_clear_pointer (&self->diagrams, g_hash_table_unref);
  g_free (self->view);
  g_free (self->selected);
  g_clear_pointer (&self->shown_ids, g_strfreev);
  g_free (self->hover);
  g_clear_pointer (&self->picked_zones, g_ptr_array_unref);
  g_clear_pointer (&self->layers, g_hash_table_unref);
  g_clear_pointer (&self->regions, g_hash_table_unref);
  g_clear_pointer (&self->region_list, g_ptr_array_unref);
  g_clear_pointer (&self->labels, g_array_unref);
  g_clear_object (&self->name_layout);
  g_free (self->name_layout_id);

  G_OBJECT_CLASS (dorsal_diagram_view_parent_class)->finalize (object);
}

static void
dorsal_diagram_view_class_init (DorsalDiagramViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dorsal_diagram_view_dispose;
  object_class->finalize = dorsal_diagram_view_finalize;
  object_class->get_property = dorsal_diagram_view_get_property;
  object_class->set_property = dorsal_diagram_view_set_property;

  widget_class->measure = dorsal_diagram_view_measure;
  widget_class->size_allocate = dorsal_diagram_view_size_allocate;
  widget_class->snapshot = dorsal_diagram_view_snapshot;
  widget_class->root = dorsal_diagram_view_root;
  widget_class->unroot = dorsal_diagram_view_unroot;
  widget_class->focus = _dorsal_diagram_view_focus;
  widget_class->set_focus_child = dorsal_diagram_view_set_focus_child;
  widget_class->css_changed = dorsal_diagram_view_css_changed;

  properties[PROP_VIEW] =
    g_param_spec_string ("view", NULL, NULL, "posterior",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SELECTED] =
    g_param_spec_string ("selected", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SHOW_LABELS] =
    g_param_spec_boolean ("show-labels", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PICK_MODE] =
    g_param_spec_boolean ("pick-mode", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PICKED_ZONES] =
    g_param_spec_boxed ("picked-zones", NULL, NULL, G_TYPE_STRV,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_REFERRED_MODE] =
    g_param_spec_boolean ("referred-mode", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PROJECTOR] =
    g_param_spec_boolean ("projector", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ZOOM] =
    g_param_spec_double ("zoom", NULL, NULL,
                         DORSAL_DIAGRAM_VIEW_MIN_ZOOM, DORSAL_DIAGRAM_VIEW_MAX_ZOOM, 1.0,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * DorsalDiagramView::structure-activated:
   * @id: the SVG id of the structure
   *
   * A structure was clicked, tapped or chosen with Enter.
   */
  signals[STRUCTURE_ACTIVATED] =
    g_signal_new ("structure-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  /**
   * DorsalDiagramView::referred-area-activated:
   * @id: the SVG id of the area, "referred-*"
   *
   * In referred-pain mode, an area where organ pain is felt was chosen.
   */
  signals[REFERRED_AREA_ACTIVATED] =
    g_signal_new ("referred-area-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  /**
   * DorsalDiagramView::layers-changed:
   *
   * A layer was shown or hidden.
   */
  signals[LAYERS_CHANGED] =
    g_signal_new ("layers-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_css_name (widget_class, "diagram-view");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
dorsal_diagram_view_init (DorsalDiagramView *self)
{
  AdwStyleManager *manager;

  dorsal_resources_register ();
  self->diagrams = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  self->picked_zones = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (self->picked_zones, NULL);
  self->layers = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->regions = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                         (GDestroyNotify) gtk_widget_unparent);
  self->region_list = g_ptr_array_new ();
  self->labels = g_array_new (FALSE, TRUE, sizeof (DiagramLabel));
  self->zoom = 1.0;
  self->label_gutter = -1;
  self->theme = DORSAL_DIAGRAM_THEME_LIGHT;

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);
  gtk_widget_set_hexpand (GTK_WIDGET (self), TRUE);
  gtk_widget_set_vexpand (GTK_WIDGET (self), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Drawing of the spine and ribs"),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  _("Each part of the drawing is a button. Use the arrow keys to move between parts and Enter to read about one."),
                                  -1);

  _dorsal_diagram_view_init_input (self);

  manager = adw_style_manager_get_default ();
  g_signal_connect_object (manager, "notify::dark", G_CALLBACK (update_theme), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (manager, "notify::high-contrast", G_CALLBACK (update_theme), self,
                           G_CONNECT_SWAPPED);
  update_theme (self);

  dorsal_diagram_view_set_view (self, "posterior");
}

/* Public API */

GtkWidget *
dorsal_diagram_view_new (void)
{
  return g_object_new (DORSAL_TYPE_DIAGRAM_VIEW, NULL);
}

const char *
dorsal_diagram_view_get_view (DorsalDiagramView *self)
{
  g_return_val_if_fail (DORSAL_IS_DIAGRAM_VIEW (self), NULL);
  return self->view;
}

/**
 * dorsal_diagram_view_set_view:
 * @view: "posterior", "anterior", "lateral" or "vertebra"
 *
 * Shows another view at zoom 1. The selection stays if the structure is in
 * the new view too.
 */
void
dorsal_diagram_view_set_view (DorsalDiagramView *self,
                              const char        *view)
{
  DorsalDiagram *diagram;

  g_return_if_fail (DORSAL_IS_DIAGRAM_VIEW (self));

  if (view == NULL)
    view = "posterior";
  if (g_strcmp0 (self->view, view) == 0 && self->diagram != NULL)
    return;

  diagram = g_hash_table_lookup (self->diagrams, view);
  if (diagram == NULL)
    {
      g_autoptr(GError) error = NULL;

      diagram = dorsal_diagram_new_for_view (view, &error);
      if (diagram == NULL)
        {
          g_warning ("Cannot show the %s view: %s", view, error->message);
          return;
        }
      g_hash_table_insert (self->diagrams, g_strdup (view), diagram);
    }

  g_free (self->view);
  self->view = g_strdup (view);
  self->diagram = diagram;
  apply_state_to_diagram (self, diagram);
  dorsal_diagram_set_shown_conditions (diagram, (const char * const *) self->shown_ids);

  g_clear_pointer (&self->hover, g_free);
  self->zoom = 1.0;
  self->cx = self->cy = 0;
  clamp_center (self);
  tile_clear (&self->detail);

  if (self->selected != NULL &&
      !dorsal_svg_index_has_id (dorsal_diagram_get_index (diagram), self->selected))
    {
      g_clear_pointer (&self->selected, g_free);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED]);
    }

  drawing_changed (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZOOM]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VIEW]);
}

const char *
dorsal_diagram_view_get_selected (DorsalDiagramView *self)
{
  g_return_val_if_fail (DORSAL_IS_DIAGRAM_VIEW (self), NULL);
  return self->selected;
}

/**
 * dorsal_diagram_view_set_selected:
 * @id: (nullable): an SVG id of the current view, or %NULL for none
 *
 * Highlights @id and brings it into sight. Emits no signal but notify.
 */
void
dorsal_diagram_view_set_selected (DorsalDiagramView *self,
                                  const char        *id)
{
  const char *ids[] = { id, NULL };

  g_return_if_fail (DORSAL_IS_DIAGRAM_VIEW (self));

  if (id != NULL && *id == '\0')
    id = NULL;
  if (g_strcmp0 (self->selected, id) == 0)
    return;

  g_free (self->selected);
  self->selected = g_strdup (id);

  update_overlays (self, FALSE);
  update_region_states (self);
  if (id != NULL)
    _dorsal_diagram_view_ensure_visible (self, ids, TRUE);
  gtk_widget_queue_draw (GTK_WIDGET (self));

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED]);
}

/**
 * dorsal_diagram_view_show_ids:
 * @view: (nullable): switch to this view first
 * @ids: (nullable): ids to highlight; `condition-*` ids among them are
 *   drawn until the next call. %NULL clears.
 *
 * What a topic's "show me" does.
 */
void
dorsal_diagram_view_show_ids (DorsalDiagramView  *self,
                              const char         *view,
                              const char * const *ids)
{
  GHashTableIter iter;
  gpointer value;

  g_return_if_fail (DORSAL_IS_DIAGRAM_VIEW (self));

  if (view != NULL)
    dorsal_diagram_view_set_view (self, view);

  g_clear_pointer (&self->shown_ids, g_strfreev);
  if (ids != NULL && ids[0] != NULL)
    self->shown_ids = g_strdupv ((char **) ids);

  g_hash_table_iter_init (&iter, self->diagrams);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    dorsal_diagram_set_shown_conditions (value, value == (gpointer) self->diagram ? ids : NULL);

  drawing_changed (self);
  _dorsal_diagram_view_ensure_visible (self, ids, TRUE);
}

/**
 * dorsal_diagram_view_get_shown_ids:
 *
 * Returns: (transfer none) (nullable): what dorsal_diagram_view_show_ids() shows
 */
const char * const *
dorsal_diagram_view_get_shown_ids (DorsalDiagramView *self)
{
  g_return_val_if_fail (DORSAL_IS_DIAGRAM_VIEW (self), NULL);
  return (const char * const *) self->shown_ids;
}

/**
 * dorsal_diagram_view_set_name_func:
 * @func: (nullable): gives the names of structures (from the content)
 * @user_data: for @func
 * @destroy: (nullable): frees @user_data
 */
void
dorsal_diagram_view_set_name_func (DorsalDiagramView     *self,
                                   DorsalDiagramNameFunc  func,
                                   gpointer               user_data,
                                   GDestroyNotify         destroy)
{
  g_return_if_fail (DORSAL_IS_DIAGRAM_VIEW (self));

  if (self->name_destroy != NULL)
    self->name_destroy (self->name_data);

  self->name_func = func;
  self->name_data = user_data;
  self->name_destroy = destroy;

  update_region_names (self);
  g_clear_object (&self->name_layout);
  g_clear_pointer (&self->name_layout_id, g_free);
  _dorsal_diagram_view_labels_clear (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/**
 * dorsal_diagram_view_set_layer_visible:
 * @layer: "bones", "cartilage", "discs", "nerves", "muscles", "organs",
 *   "dermatomes" or "context" (a "layer-" prefix is allowed)
 * @visible: whether to draw it, in every view
 */
void
dorsal_diagram_view_set_layer_visible (DorsalDiagramView *self,
                                       const char        *layer,
                                       gboolean           visible)
{
  g_return_if_fail (DORSAL_IS_DIAGRAM_VIEW (self));
  g_return_if_fail (layer != NULL);

  if (g_str_has_prefix (layer, "layer-"))
    layer += 6;

  visible = !!visible;
  if (dorsal_diagram_view_get_layer_visible (self, layer) == visible)
    return;

  if (visible == dorsal_diagram_get_layer_default (layer))
    g_hash_table_remove (self->layers, layer);
  else
    g_hash_table_insert (self->layers, g_strdup (layer), GINT_TO_POINTER (visible));

  if (self->diagram != NULL)
    {
      dorsal_diagram_set_layer_visible (self->diagram, layer, visible);
      drawing_changed (self);
    }

  g_signal_emit (self, signals[LAYERS_CHANGED], 0);
}

gboolean
dorsal_diagram_view_get_layer_visible (DorsalDiagramView *self,
                                       const char        *layer)
{
  gpointer value;

  g_return_val_if_fail (DORSAL_IS_DIAGRAM_VIEW (self), FALSE);
  g_return_val_if_fail (layer != NULL, FALSE);

  if (g_str_has_prefix (layer, "layer-"))
    layer += 6;

  if (g_hash_table_lookup_extended (self->layers, layer, NULL, &value))
    return GPOINTER_TO_INT (value);

  return dorsal_diagram_get_layer_default (layer);
}

gboolean
dorsal_diagram_view_get_show_labels (DorsalDiagramView *self)
{
  g_return_val_if_fail (DORSAL_IS_DIAGRAM_VIEW (self), FALSE);
  return self->show_labels;
}

/**
 * dorsal_diagram_view_set_show_labels:
 * @show_labels: draw the names of the visible structures, with leader lines
 */
void
dorsal_diagram_view_set_show_labels (DorsalDiagramView *self,
                                     gboolean           show_labels)
{
  g_return_if_fail (DORSAL_IS_DIAGRAM_VIEW (self));

  show_labels = !!show_labels;
  if (self->show_labels == show_labels)
    return;

  self->show_labels = show_labels;
  /* the labels take room beside the drawing, so it is fitted again */
  _dorsal_diagram_view_labels_invalidate (self);
  _dorsal_diagram_view_viewport_changed (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHOW_LABELS]);
}

gboolean
dorsal_diagram_view_get_pick_mode (DorsalDiagramView *self)
{
  g_return_val_if_fail (DORSAL_IS_DIAGRAM_VIEW (self), FALSE);
  return self->pick_mode;
}

/**
 * dorsal_diagram_view_set_pick_mode:
 * @pick_mode: show the body-map zones; a tap toggles one in
 *   #DorsalDiagramView:picked-zones
 */
void
dorsal_diagram_view_set_pick_mode (DorsalDiagramView *self,
                                   gboolean           pick_mode)
{
  g_return_if_fail (DORSAL_IS_DIAGRAM_VIEW (self));

  pick_mode = !!pick_mode;
  if (self->pick_mode == pick_mode)
    return;

  self->pick_mode = pick_mode;
  update_mode (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PICK_MODE]);
}

/**
 * dorsal_diagram_view_get_picked_zones:
 *
 * Returns: (transfer none): the zones picked, `zone-*` ids, in the order
 *   they were picked
 */
const char * const *
dorsal_diagram_view_get_picked_zones (DorsalDiagramView *self)
{
  g_return_val_if_fail (DORSAL_IS_DIAGRAM_VIEW (self), NULL);
  return (const char * const *) self->picked_zones->pdata;
}

void
dorsal_diagram_view_set_picked_zones (DorsalDiagramView  *self,
                                      const char * const *zones)
{
  g_return_if_fail (DORSAL_IS_DIAGRAM_VIEW (self));

  if (strv_equal0 (zones, (const char * const *) self->picked_zones->pdata))
    return;

  g_ptr_array_set_size (self->picked_zones, 0);
  for (guint i = 0; zones != NULL && zones[i] != NULL; i++)
    {
      gboolean seen = FALSE;

      for (guint j = 0; j < i && !seen; j++)
        seen = strcmp (zones[i], zones[j]) == 0;
      if (!seen)
        g_ptr_array_add (self->picked_zones, g_strdup (zones[i]));
    }
  g_ptr_array_add (self->picked_zones, NULL);

  update_overlays (self, FALSE);
  update_region_states (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PICKED_ZONES]);
}

gboolean
dorsal_diagram_view_get_referred_mode (DorsalDiagramView *self)
{
  g_return_val_if_fail (DORSAL_IS_DIAGRAM_VIEW (self), FALSE);
  return self->referred_mode;
}

/**
 * dorsal_diagram_view_set_referred_mode:
 * @referred_mode: show the areas where organ pain is felt; choosing one
 *   emits #DorsalDiagramView::referred-area-activated
 */
void
dorsal_diagram_view_set_referred_mode (DorsalDiagramView *self,
                                       gboolean           referred_mode)
{
  g_return_if_fail (DORSAL_IS_DIAGRAM_VIEW (self));

  referred_mode = !!referred_mode;
  if (self->referred_mode == referred_mode)
    return;

  self->referred_mode = referred_mode;
  update_mode (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REFERRED_MODE]);
}

gboolean
dorsal_diagram_view_get_projector (DorsalDiagramView *self)
{
  g_return_val_if_fail (DORSAL_IS_DIAGRAM_VIEW (self), FALSE);
  return self->projector;
}

/**
 * dorsal_diagram_view_set_projector:
 * @projector: use the classroom palette: stronger lines and larger labels
 */
void
dorsal_diagram_view_set_projector (DorsalDiagramView *self,
                                   gboolean           projector)
{
  g_return_if_fail (DORSAL_IS_DIAGRAM_VIEW (self));

  projector = !!projector;
  if (self->projector == projector)
    return;

  self->projector = projector;
  if (projector)
    gtk_widget_add_css_class (GTK_WIDGET (self), "projector");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "projector");
  update_theme (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROJECTOR]);
}

double
dorsal_diagram_view_get_zoom (DorsalDiagramView *self)
{
  g_return_val_if_fail (DORSAL_IS_DIAGRAM_VIEW (self), 1.0);
  return self->zoom;
}

/**
 * dorsal_diagram_view_zoom_at:
 * @zoom: 1 (the whole drawing) to 8
 * @x: widget x of the point that stays where it is
 * @y: widget y of that point
 */
void
dorsal_diagram_view_zoom_at (DorsalDiagramView *self,
                             double             zoom,
                             double             x,
                             double             y)
{
  double doc_x, doc_y, s;

  g_return_if_fail (DORSAL_IS_DIAGRAM_VIEW (self));

  zoom = CLAMP (zoom, DORSAL_DIAGRAM_VIEW_MIN_ZOOM, DORSAL_DIAGRAM_VIEW_MAX_ZOOM);
  if (fabs (zoom - self->zoom) < 1e-9)
    return;

  _dorsal_diagram_view_to_document (self, x, y, &doc_x, &doc_y);
  self->zoom = zoom;
  s = _dorsal_diagram_view_get_scale (self);
  self->cx = doc_x - (x - self->width / 2.0) / s;
  self->cy = doc_y - (y - self->height / 2.0) / s;
  _dorsal_diagram_view_viewport_changed (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZOOM]);
}

void
dorsal_diagram_view_set_zoom (DorsalDiagramView *self,
                              double             zoom)
{
  g_return_if_fail (DORSAL_IS_DIAGRAM_VIEW (self));

  dorsal_diagram_view_zoom_at (self, zoom, self->width / 2.0, self->height / 2.0);
}

void
dorsal_diagram_view_zoom_in (DorsalDiagramView *self)
{
  g_return_if_fail (DORSAL_IS_DIAGRAM_VIEW (self));
  dorsal_diagram_view_set_zoom (self, self->zoom * 1.5);
}

void
dorsal_diagram_view_zoom_out (DorsalDiagramView *self)
{
  g_return_if_fail (DORSAL_IS_DIAGRAM_VIEW (self));
  dorsal_diagram_view_set_zoom (self, self->zoom / 1.5);
}

void
dorsal_diagram_view_zoom_fit (DorsalDiagramView *self)
{
  g_return_if_fail (DORSAL_IS_DIAGRAM_VIEW (self));
  dorsal_diagram_view_set_zoom (self, 1.0);
}

/**
 * dorsal_diagram_view_reset:
 *
 * Back to how it starts, for the next kiosk visitor: the back view, the
 * whole drawing, nothing selected, shown or picked, the default layers, no
 * labels, no pick or referred-pain mode.
 */
void
dorsal_diagram_view_reset (DorsalDiagramView *self)
{
  gboolean layers_changed;

  g_return_if_fail (DORSAL_IS_DIAGRAM_VIEW (self));

  g_object_freeze_notify (G_OBJECT (self));

  dorsal_diagram_view_set_pick_mode (self, FALSE);
  dorsal_diagram_view_set_referred_mode (self, FALSE);
  dorsal_diagram_view_set_picked_zones (self, NULL);
  dorsal_diagram_view_set_show_labels (self, FALSE);
  dorsal_diagram_view_show_ids (self, NULL, NULL);
  dorsal_diagram_view_set_selected (self, NULL);

  layers_changed = g_hash_table_size (self->layers) > 0;
  g_hash_table_remove_all (self->layers);
  dorsal_diagram_view_set_view (self, "posterior");
  if (self->diagram != NULL)
    apply_state_to_diagram (self, self->diagram);
  dorsal_diagram_view_zoom_fit (self);
  drawing_changed (self);
  if (layers_changed)
    g_signal_emit (self, signals[LAYERS_CHANGED], 0);

  g_object_thaw_notify (G_OBJECT (self));
}
