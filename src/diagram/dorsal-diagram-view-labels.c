/* dorsal-diagram-view-labels.c: names on the drawing: leader-line labels and the hover name
 *
 * Copyright 2026 The Dorsal authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "dorsal-diagram-view-private.h"

#include <math.h>
#include <pango/pangocairo.h>

/*
 * Labels sit in two columns beside the drawing (the fit leaves a gutter
 * for them), one per visible structure, each joined to a point deep inside
 * its structure by a leader line. A column is sorted by height and pushed
 * apart so no two labels overlap; if there is no room for all, every n-th
 * is kept. The whole set is drawn once into a texture whenever the layout
 * changes, and not at all while the view is moving.
 */

#define LABEL_PAD_X 6.0
#define LABEL_PAD_Y 2.0
#define LABEL_GAP 3.0
#define LABEL_MARGIN 6.0
#define LINE_GAP 10.0

static void
label_clear (DiagramLabel *label)
{
  g_clear_pointer (&label->id, g_free);
  g_clear_object (&label->layout);
}

void
_dorsal_diagram_view_labels_clear (DorsalDiagramView *self)
{
  if (self->labels != NULL)
    {
      for (guint i = 0; i < self->labels->len; i++)
        label_clear (&g_array_index (self->labels, DiagramLabel, i));
      g_array_set_size (self->labels, 0);
    }
  g_clear_object (&self->labels_texture);
  g_clear_pointer (&self->labels_image, cairo_surface_destroy);
  self->labels_valid = FALSE;
  self->label_gutter = -1;
}

void
_dorsal_diagram_view_labels_invalidate (DorsalDiagramView *self)
{
  self->labels_valid = FALSE;
}

static PangoLayout *
make_layout (DorsalDiagramView *self,
             const char        *id,
             gboolean           short_label)
{
  g_autofree char *name = _dorsal_diagram_view_get_name (self, id, short_label);

  return gtk_widget_create_pango_layout (GTK_WIDGET (self), name);
}

/**
 * _dorsal_diagram_view_labels_gutter:
 *
 * Returns: the width to keep free on each side of the drawing for labels
 */
double
_dorsal_diagram_view_labels_gutter (DorsalDiagramView *self)
{
  DorsalDiagram *diagram = _dorsal_diagram_view_get_diagram (self);
  g_auto(GStrv) ids = NULL;
  int widest = 0;

  if (self->label_gutter >= 0)
    return MIN (self->label_gutter, self->width * 0.22);

  if (diagram != NULL)
    ids = dorsal_diagram_list_pickable (diagram);

  for (guint i = 0; ids != NULL && ids[i] != NULL; i++)
    {
      g_autoptr(PangoLayout) layout = make_layout (self, ids[i], TRUE);
      int w;

      pango_layout_get_pixel_size (layout, &w, NULL);
      widest = MAX (widest, w);
    }

  self->label_gutter = widest + 2 * LABEL_PAD_X + LINE_GAP + LABEL_MARGIN;
  return MIN (self->label_gutter, self->width * 0.22);
}

static int
compare_labels (gconstpointer a,
                gconstpointer b)
{
  const DiagramLabel *la = a, *lb = b;

  return (la->anchor_y > lb->anchor_y) - (la->anchor_y < lb->anchor_y);
}

/* stack one column of labels without overlap, keeping each as near its
 * anchor's height as the others allow */
static void
place_column (DorsalDiagramView *self,
              GArray            *column,
              double             x_edge,
              gboolean           left)
{
  double top = LABEL_MARGIN, bottom = self->height - LABEL_MARGIN;
  double prev_bottom = top - LABEL_GAP;

  g_array_sort (column, compare_labels);

  for (guint i = 0; i < column->len; i++)
    {
      DiagramLabel *label = &g_array_index (column, DiagramLabel, i);
      double h = label->rect.size.height;
      double y = MAX (label->anchor_y - h / 2, prev_bottom + LABEL_GAP);

      label->rect.origin.y = y;
      prev_bottom = y + h;
    }

  /* pushed off the bottom: move up from the end */
  for (int i = (int) column->len - 1; i >= 0; i--)
    {
      DiagramLabel *label = &g_array_index (column, DiagramLabel, i);
      double h = label->rect.size.height;

      if (label->rect.origin.y + h > bottom)
        label->rect.origin.y = bottom - h;
      bottom = label->rect.origin.y - LABEL_GAP;
    }

  for (guint i = 0; i < column->len; i++)
    {
      DiagramLabel *label = &g_array_index (column, DiagramLabel, i);

      if (left)
        label->rect.origin.x = MAX (LABEL_MARGIN, x_edge - label->rect.size.width);
      else
        label->rect.origin.x = MIN (self->width - LABEL_MARGIN - label->rect.size.width, x_edge);
    }
}

/* keep at most @room labels, spread evenly over the column */
static void
thin_column (GArray *column,
             guint   room)
{
  g_autoptr(GArray) kept = NULL;

  if (column->len <= room)
    return;

  g_array_sort (column, compare_labels);
  kept = g_array_new (FALSE, FALSE, sizeof (DiagramLabel));
  for (guint k = 0, next = 0; k < column->len; k++)
    {
      DiagramLabel *label = &g_array_index (column, DiagramLabel, k);

      if (room > 0 && k == next * (column->len - 1) / MAX (room - 1, 1) && next < room)
        {
          g_array_append_val (kept, *label);
          next++;
        }
      else
        label_clear (label);
    }

  g_array_set_size (column, 0);
  g_array_append_vals (column, kept->data, kept->len);
}

static void
layout_labels (DorsalDiagramView *self)
{
  DorsalDiagram *diagram = _dorsal_diagram_view_get_diagram (self);
  DorsalHitMap *map = _dorsal_diagram_view_get_hit_map (self);
  g_auto(GStrv) ids = NULL;
  g_autoptr(GArray) left = g_array_new (FALSE, TRUE, sizeof (DiagramLabel));
  g_autoptr(GArray) right = g_array_new (FALSE, TRUE, sizeof (DiagramLabel));
  g_autoptr(GArray) centre = g_array_new (FALSE, TRUE, sizeof (DiagramLabel));
  double dw, dh, doc_left, doc_right, unused, middle, central;
  int line_height = 0;

  for (guint i = 0; i < self->labels->len; i++)
    label_clear (&g_array_index (self->labels, DiagramLabel, i));
  g_array_set_size (self->labels, 0);

  if (diagram == NULL || map == NULL)
    return;

  dorsal_diagram_get_size (diagram, &dw, &dh);
  _dorsal_diagram_view_to_widget (self, 0, 0, &doc_left, &unused);
  _dorsal_diagram_view_to_widget (self, dw, 0, &doc_right, &unused);
  middle = (doc_left + doc_right) / 2;
  central = (doc_right - doc_left) * 0.04;
  doc_left = MAX (doc_left, LABEL_MARGIN);
  doc_right = MIN (doc_right, self->width - LABEL_MARGIN);

  ids = dorsal_diagram_list_pickable (diagram);
  for (guint i = 0; ids[i] != NULL; i++)
    {
      DiagramLabel label = { 0 };
      double x, y;
      int w, h;

      if (!dorsal_hit_map_get_interior_point (map, ids[i], &x, &y))
        continue;
      _dorsal_diagram_view_to_widget (self, x, y, &label.anchor_x, &label.anchor_y);
      if (label.anchor_x < 0 || label.anchor_y < 0 ||
          label.anchor_x > self->width || label.anchor_y > self->height)
        continue;

      label.id = g_strdup (ids[i]);
      label.layout = make_layout (self, ids[i], TRUE);
      pango_layout_get_pixel_size (label.layout, &w, &h);
      label.rect.size.width = w + 2 * LABEL_PAD_X;
      label.rect.size.height = h + 2 * LABEL_PAD_Y;
      line_height = MAX (line_height, (int) label.rect.size.height);
      label.left = label.anchor_x < middle;
      if (fabs (label.anchor_x - middle) < central)
        g_array_append_val (centre, label);
      else
        g_array_append_val (label.left ? left : right, label);
    }

  /* structures on the midline (vertebrae, discs) take turns, so both
   * columns are about as long and their lines do not cross the spine */
  g_array_sort (centre, compare_labels);
  for (guint i = 0; i < centre->len; i++)
    {
      DiagramLabel *label = &g_array_index (centre, DiagramLabel, i);

      label->left = (left->len < right->len) || (left->len == right->len && i % 2 == 0);
      g_array_append_val (label->left ? left : right, *label);
    }

  if (line_height > 0)
    {
      guint room = (guint) MAX (0, (self->height - 2 * LABEL_MARGIN) / (line_height + LABEL_GAP));

      thin_column (left, room);
      thin_column (right, room);
    }

  place_column (self, left, doc_left - LINE_GAP, TRUE);
  place_column (self, right, doc_right + LINE_GAP, FALSE);

  g_array_append_vals (self->labels, left->data, left->len);
  g_array_append_vals (self->labels, right->data, right->len);
  /* the labels now belong to self->labels */
  g_array_set_size (left, 0);
  g_array_set_size (right, 0);
}

static void
set_source (cairo_t       *cr,
            const GdkRGBA *rgba,
            double         alpha)
{
  cairo_set_source_rgba (cr, rgba->red, rgba->green, rgba->blue, rgba->alpha * alpha);
}

static void
rounded_rect (cairo_t               *cr,
              const graphene_rect_t *r,
              double                 radius)
{
  double x = r->origin.x, y = r->origin.y, w = r->size.width, h = r->size.height;

  cairo_new_sub_path (cr);
  cairo_arc (cr, x + w - radius, y + radius, radius, -G_PI / 2, 0);
  cairo_arc (cr, x + w - radius, y + h - radius, radius, 0, G_PI / 2);
  cairo_arc (cr, x + radius, y + h - radius, radius, G_PI / 2, G_PI);
  cairo_arc (cr, x + radius, y + radius, radius, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
}

static void
render_labels (DorsalDiagramView *self)
{
  GdkRGBA accent, halo, bg, fg;
  double dev = gtk_widget_get_scale_factor (GTK_WIDGET (self));
  double x0 = G_MAXDOUBLE, y0 = G_MAXDOUBLE, x1 = -G_MAXDOUBLE, y1 = -G_MAXDOUBLE;
  cairo_surface_t *surface;
  cairo_t *cr;
  g_autoptr(GBytes) bytes = NULL;
  int width, height;

  g_clear_object (&self->labels_texture);
  g_clear_pointer (&self->labels_image, cairo_surface_destroy);
  if (self->labels->len == 0)
    return;

  for (guint i = 0; i < self->labels->len; i++)
    {
      DiagramLabel *label = &g_array_index (self->labels, DiagramLabel, i);

      x0 = MIN (x0, MIN (label->rect.origin.x, label->anchor_x));
      y0 = MIN (y0, MIN (label->rect.origin.y, label->anchor_y));
      x1 = MAX (x1, MAX (label->rect.origin.x + label->rect.size.width, label->anchor_x));
      y1 = MAX (y1, MAX (label->rect.origin.y + label->rect.size.height, label->anchor_y));
    }
  x0 = floor (x0 - 4);
  y0 = floor (y0 - 4);
  x1 = ceil (x1 + 4);
  y1 = ceil (y1 + 4);

  width = (int) ((x1 - x0) * dev);
  height = (int) ((y1 - y0) * dev);
  if (width <= 0 || height <= 0 || width > 32767 || height > 32767)
    return;

  _dorsal_diagram_view_get_colours (self, &accent, &halo, &bg, &fg);

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cairo_surface_set_device_scale (surface, dev, dev);
  cr = cairo_create (surface);
  cairo_translate (cr, -x0, -y0);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);

  /* leader lines under the labels: a light halo, then the line */
  for (int pass = 0; pass < 2; pass++)
    for (guint i = 0; i < self->labels->len; i++)
      {
        DiagramLabel *label = &g_array_index (self->labels, DiagramLabel, i);
        double lx = label->left ? label->rect.origin.x + label->rect.size.width : label->rect.origin.x;
        double ly = label->rect.origin.y + label->rect.size.height / 2;

        cairo_move_to (cr, lx, ly);
        cairo_line_to (cr, label->anchor_x, label->anchor_y);
        if (pass == 0)
          {
            set_source (cr, &bg, 0.8);
            cairo_set_line_width (cr, 3.5);
            cairo_stroke (cr);
            cairo_arc (cr, label->anchor_x, label->anchor_y, 4, 0, 2 * G_PI);
            cairo_fill (cr);
          }
        else
          {
            set_source (cr, &fg, 0.85);
            cairo_set_line_width (cr, 1.25);
            cairo_stroke (cr);
            cairo_arc (cr, label->anchor_x, label->anchor_y, 2.5, 0, 2 * G_PI);
            cairo_fill (cr);
          }
      }

  for (guint i = 0; i < self->labels->len; i++)
    {
      DiagramLabel *label = &g_array_index (self->labels, DiagramLabel, i);

      rounded_rect (cr, &label->rect, 4);
      set_source (cr, &bg, 1);
      cairo_fill_preserve (cr);
      set_source (cr, &fg, 0.35);
      cairo_set_line_width (cr, 1);
      cairo_stroke (cr);

      set_source (cr, &fg, 1);
      cairo_move_to (cr, label->rect.origin.x + LABEL_PAD_X, label->rect.origin.y + LABEL_PAD_Y);
      pango_cairo_show_layout (cr, label->layout);
    }

  cairo_destroy (cr);
  cairo_surface_flush (surface);

  bytes = g_bytes_new_with_free_func (cairo_image_surface_get_data (surface),
                                      (gsize) cairo_image_surface_get_stride (surface) * height,
                                      (GDestroyNotify) cairo_surface_destroy,
                                      cairo_surface_reference (surface));
  self->labels_texture = gdk_memory_texture_new (width, height, GDK_MEMORY_DEFAULT, bytes,
                                                 cairo_image_surface_get_stride (surface));
  graphene_rect_init (&self->labels_rect, x0, y0, x1 - x0, y1 - y0);
  self->labels_image = surface;
}

void
_dorsal_diagram_view_labels_snapshot (DorsalDiagramView *self,
                                      GtkSnapshot       *snapshot)
{
  /* while zooming or panning, labels would lag behind; they come back
   * when the view settles */
  if (!_dorsal_diagram_view_is_settled (self))
    return;

  if (!self->labels_valid)
    {
      layout_labels (self);
      render_labels (self);
      self->labels_valid = TRUE;
    }

  if (self->labels_texture != NULL)
    _dorsal_diagram_view_append_image (self, snapshot, self->labels_texture, self->labels_image,
                                       &self->labels_rect);
}

/* The name of the structure under the pointer (or with keyboard focus),
 * like a tooltip but placed beside the structure, never over it. */
void
_dorsal_diagram_view_name_snapshot (DorsalDiagramView *self,
                                    GtkSnapshot       *snapshot)
{
  DorsalDiagram *diagram = _dorsal_diagram_view_get_diagram (self);
  GdkRGBA accent, halo, bg, fg;
  RsvgRectangle box;
  double bx0, by0, bx1, by1, x, y, w, h;
  int tw, th;
  graphene_rect_t rect;
  GskRoundedRect rounded;

  if (self->hover == NULL || diagram == NULL || self->dragged || self->pinching ||
      !dorsal_diagram_get_box (diagram, self->hover, &box))
    return;

  if (self->name_layout == NULL || g_strcmp0 (self->name_layout_id, self->hover) != 0)
    {
      g_clear_object (&self->name_layout);
      g_free (self->name_layout_id);
      self->name_layout_id = g_strdup (self->hover);
      self->name_layout = make_layout (self, self->hover, FALSE);
    }

  pango_layout_get_pixel_size (self->name_layout, &tw, &th);
  w = tw + 2 * 8;
  h = th + 2 * 4;

  _dorsal_diagram_view_to_widget (self, box.x, box.y, &bx0, &by0);
  _dorsal_diagram_view_to_widget (self, box.x + box.width, box.y + box.height, &bx1, &by1);

  /* above, else below, else to the side with more room */
  x = CLAMP ((bx0 + bx1 - w) / 2, LABEL_MARGIN, MAX (LABEL_MARGIN, self->width - w - LABEL_MARGIN));
  if (by0 - h - LINE_GAP >= LABEL_MARGIN)
    y = by0 - h - LINE_GAP;
  else if (by1 + LINE_GAP + h <= self->height - LABEL_MARGIN)
    y = by1 + LINE_GAP;
  else
    {
      y = CLAMP ((by0 + by1 - h) / 2, LABEL_MARGIN, MAX (LABEL_MARGIN, self->height - h - LABEL_MARGIN));
      if (bx0 - LINE_GAP - w >= LABEL_MARGIN)
        x = bx0 - LINE_GAP - w;
      else if (bx1 + LINE_GAP + w <= self->width - LABEL_MARGIN)
        x = bx1 + LINE_GAP;
      else
        y = LABEL_MARGIN;
    }

  _dorsal_diagram_view_get_colours (self, &accent, &halo, &bg, &fg);
  /* the name reads like a tooltip: light on dark, or the reverse in dark */
  if (self->theme == DORSAL_DIAGRAM_THEME_DARK)
    {
      bg = (GdkRGBA) { 0.98, 0.98, 0.98, 0.96 };
      fg = (GdkRGBA) { 0.1, 0.1, 0.1, 1 };
    }
  else
    {
      bg = (GdkRGBA) { 0.1, 0.1, 0.1, 0.92 };
      fg = (GdkRGBA) { 1, 1, 1, 1 };
    }

  graphene_rect_init (&rect, round (x), round (y), w, h);
  gsk_rounded_rect_init_from_rect (&rounded, &rect, 6);
  gtk_snapshot_push_rounded_clip (snapshot, &rounded);
  gtk_snapshot_append_color (snapshot, &bg, &rect);
  gtk_snapshot_pop (snapshot);
  /* in high contrast the plate has a ring that stands out from the drawing under it */
  if (self->theme == DORSAL_DIAGRAM_THEME_HIGH_CONTRAST)
    gtk_snapshot_append_border (snapshot, &rounded, (float[4]) { 2, 2, 2, 2 },
                                (GdkRGBA[4]) { halo, halo, halo, halo });
  else if (self->theme == DORSAL_DIAGRAM_THEME_HIGH_CONTRAST_DARK)
    gtk_snapshot_append_border (snapshot, &rounded, (float[4]) { 2, 2, 2, 2 },
                                (GdkRGBA[4]) { fg, fg, fg, fg });

  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (round (x) + 8, round (y) + 4));
  gtk_snapshot_append_layout (snapshot, self->name_layout, &fg);
  gtk_snapshot_restore (snapshot);
}
