/* dorsal-hit-map.c: which structure is at a point, from an index image
 *
 * Copyright 2026 The Dorsal authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "dorsal-hit-map.h"

#include <math.h>
#include <string.h>

/*
 * The pick rendering paints region i (1-based) in the flat colour #00hhll,
 * where hhll is i in hex, with anti-aliasing off (crispEdges), so every pixel
 * is exactly one region or none. Converting it to a guint16 array makes a
 * lookup one multiply and one load. The map covers a rectangle of the
 * document: @origin (document units) and @scale (pixels per document unit).
 */

struct _DorsalHitMap
{
  GObject   parent_instance;

  guint16  *pixels;
  int       width;
  int       height;
  double    origin_x;
  double    origin_y;
  double    scale;

  GStrv     ids;        /* ids[i - 1] is region i */
  guint     n_ids;

  /* filled on first use: the pixel deepest inside each region */
  gint32   *interior;   /* 2 per region: x, y; -1 if absent */
};

G_DEFINE_FINAL_TYPE (DorsalHitMap, dorsal_hit_map, G_TYPE_OBJECT)

static void
dorsal_hit_map_finalize (GObject *object)
{
  DorsalHitMap *self = DORSAL_HIT_MAP (object);

  g_clear_pointer (&self->pixels, g_free);
  g_clear_pointer (&self->ids, g_strfreev);
  g_clear_pointer (&self->interior, g_free);

  G_OBJECT_CLASS (dorsal_hit_map_parent_class)->finalize (object);
}

static void
dorsal_hit_map_class_init (DorsalHitMapClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = dorsal_hit_map_finalize;
}

static void
dorsal_hit_map_init (DorsalHitMap *self)
{
}

/**
 * dorsal_hit_map_format_colour:
 * @index: a region number, 1 to 65535
 * @buffer: where to write "#RRGGBB" and a nul
 */
void
dorsal_hit_map_format_colour (guint index,
                              char  buffer[8])
{
  g_assert (index > 0 && index <= G_MAXUINT16);
  g_snprintf (buffer, 8, "#00%02x%02x", (index >> 8) & 0xff, index & 0xff);
}

/**
 * dorsal_hit_map_new_from_surface:
 * @pick: an RGB24 or ARGB32 image surface painted with region colours
 * @ids: the region ids; region i has colour dorsal_hit_map_format_colour (i)
 *   and id @ids[i - 1]
 * @origin_x: the document x at the left edge of @pick
 * @origin_y: the document y at the top edge of @pick
 * @scale: pixels of @pick per document unit
 *
 * Returns: (transfer full): the hit map
 */
DorsalHitMap *
dorsal_hit_map_new_from_surface (cairo_surface_t    *pick,
                                 const char * const *ids,
                                 double              origin_x,
                                 double              origin_y,
                                 double              scale)
{
  DorsalHitMap *self;
  const guint8 *data;
  int stride;

  g_return_val_if_fail (pick != NULL, NULL);
  g_return_val_if_fail (cairo_surface_get_type (pick) == CAIRO_SURFACE_TYPE_IMAGE, NULL);
  g_return_val_if_fail (ids != NULL, NULL);
  g_return_val_if_fail (scale > 0, NULL);

  cairo_surface_flush (pick);

  self = g_object_new (DORSAL_TYPE_HIT_MAP, NULL);
  self->ids = g_strdupv ((char **) ids);
  self->n_ids = MIN (g_strv_length (self->ids), G_MAXUINT16);
  self->width = cairo_image_surface_get_width (pick);
  self->height = cairo_image_surface_get_height (pick);
  self->origin_x = origin_x;
  self->origin_y = origin_y;
  self->scale = scale;
  self->pixels = g_new (guint16, (gsize) self->width * self->height);

  data = cairo_image_surface_get_data (pick);
  stride = cairo_image_surface_get_stride (pick);

  for (int y = 0; y < self->height; y++)
    {
      const guint32 *row = (const guint32 *) (gconstpointer) (data + (gsize) y * stride);
      guint16 *out = self->pixels + (gsize) y * self->width;

      for (int x = 0; x < self->width; x++)
        {
          /* the alpha byte is undefined in RGB24; red is never used */
          guint32 value = row[x] & 0xffffff;

          out[x] = (value <= 0xffff && value <= self->n_ids) ? (guint16) value : 0;
        }
    }

  return self;
}

int
dorsal_hit_map_get_width (DorsalHitMap *self)
{
  g_return_val_if_fail (DORSAL_IS_HIT_MAP (self), 0);
  return self->width;
}

int
dorsal_hit_map_get_height (DorsalHitMap *self)
{
  g_return_val_if_fail (DORSAL_IS_HIT_MAP (self), 0);
  return self->height;
}

double
dorsal_hit_map_get_scale (DorsalHitMap *self)
{
  g_return_val_if_fail (DORSAL_IS_HIT_MAP (self), 1.0);
  return self->scale;
}

void
dorsal_hit_map_get_origin (DorsalHitMap *self,
                           double       *x,
                           double       *y)
{
  g_return_if_fail (DORSAL_IS_HIT_MAP (self));

  if (x != NULL)
    *x = self->origin_x;
  if (y != NULL)
    *y = self->origin_y;
}

static inline gboolean
to_pixel (DorsalHitMap *self,
          double        x,
          double        y,
          int          *px,
          int          *py)
{
  double fx = (x - self->origin_x) * self->scale;
  double fy = (y - self->origin_y) * self->scale;

  if (!(fx >= 0 && fy >= 0 && fx < self->width && fy < self->height))
    return FALSE;

  *px = (int) fx;
  *py = (int) fy;
  return TRUE;
}

/**
 * dorsal_hit_map_covers:
 * @x: document x
 * @y: document y
 *
 * Returns: whether the map holds the point (x, y)
 */
gboolean
dorsal_hit_map_covers (DorsalHitMap *self,
                       double        x,
                       double        y)
{
  int px, py;

  g_return_val_if_fail (DORSAL_IS_HIT_MAP (self), FALSE);
  return to_pixel (self, x, y, &px, &py);
}

/**
 * dorsal_hit_map_lookup_index:
 * @x: document x
 * @y: document y
 *
 * Returns: the region at (x, y), 1-based, or 0 for none
 */
guint
dorsal_hit_map_lookup_index (DorsalHitMap *self,
                             double        x,
                             double        y)
{
  int px, py;

  if (!to_pixel (self, x, y, &px, &py))
    return 0;

  return self->pixels[(gsize) py * self->width + px];
}

/**
 * dorsal_hit_map_lookup:
 * @x: document x
 * @y: document y
 *
 * Returns: (nullable): the id of the structure drawn at (x, y), or %NULL
 */
const char *
dorsal_hit_map_lookup (DorsalHitMap *self,
                       double        x,
                       double        y)
{
  guint index;

  g_return_val_if_fail (DORSAL_IS_HIT_MAP (self), NULL);

  index = dorsal_hit_map_lookup_index (self, x, y);
  return index != 0 ? self->ids[index - 1] : NULL;
}

/**
 * dorsal_hit_map_lookup_near:
 * @x: document x
 * @y: document y
 * @radius: how far to look, in document units
 *
 * For touch: the structure at (x, y), or else the one nearest to it within
 * @radius.
 *
 * Returns: (nullable): an id, or %NULL if nothing is that close
 */
const char *
dorsal_hit_map_lookup_near (DorsalHitMap *self,
                            double        x,
                            double        y,
                            double        radius)
{
  guint index;
  guint best = 0;
  double best_d2;
  double cx, cy;
  int r, x0, x1, y0, y1;

  g_return_val_if_fail (DORSAL_IS_HIT_MAP (self), NULL);

  index = dorsal_hit_map_lookup_index (self, x, y);
  if (index != 0)
    return self->ids[index - 1];

  cx = (x - self->origin_x) * self->scale;
  cy = (y - self->origin_y) * self->scale;
  r = (int) ceil (radius * self->scale);
  best_d2 = (double) r * r + 1;

  x0 = MAX (0, (int) floor (cx - r));
  x1 = MIN (self->width - 1, (int) ceil (cx + r));
  y0 = MAX (0, (int) floor (cy - r));
  y1 = MIN (self->height - 1, (int) ceil (cy + r));

  for (int py = y0; py <= y1; py++)
    {
      const guint16 *row = self->pixels + (gsize) py * self->width;
      double dy = py + 0.5 - cy;

      for (int px = x0; px <= x1; px++)
        {
          double dx, d2;

          if (row[px] == 0)
            continue;

          dx = px + 0.5 - cx;
          d2 = dx * dx + dy * dy;
          if (d2 < best_d2)
            {
              best_d2 = d2;
              best = row[px];
            }
        }
    }

  return best != 0 ? self->ids[best - 1] : NULL;
}

const char *
dorsal_hit_map_get_id (DorsalHitMap *self,
                       guint         index)
{
  g_return_val_if_fail (DORSAL_IS_HIT_MAP (self), NULL);

  return index > 0 && index <= self->n_ids ? self->ids[index - 1] : NULL;
}

guint
dorsal_hit_map_get_n_ids (DorsalHitMap *self)
{
  g_return_val_if_fail (DORSAL_IS_HIT_MAP (self), 0);
  return self->n_ids;
}

/* A two-pass chamfer distance transform (3-4 weights) gives every pixel
 * its distance to the nearest pixel of another region; the pixel where that
 * is largest is the point deepest inside its region: a good place to test a
 * hit, to anchor a label or to aim a finger. */
static void
compute_interior (DorsalHitMap *self)
{
  int w = self->width, h = self->height;
  guint16 *dist;
  guint16 *best;

  self->interior = g_new (gint32, 2 * (gsize) (self->n_ids + 1));
  for (guint i = 0; i < 2 * (self->n_ids + 1); i++)
    self->interior[i] = -1;

  if (w == 0 || h == 0)
    return;

  dist = g_new (guint16, (gsize) w * h);
  best = g_new0 (guint16, self->n_ids + 1);

  for (int y = 0; y < h; y++)
    for (int x = 0; x < w; x++)
      {
        gsize i = (gsize) y * w + x;
        guint16 v = self->pixels[i];
        guint d = 3;

        /* pixels at the image border are next to "nothing" */
        if (x > 0 && y > 0 && x < w - 1 && y < h - 1)
          {
            d = G_MAXUINT16;
            if (self->pixels[i - 1] != v || self->pixels[i - w] != v)
              d = 3;
            else
              {
                d = MIN (d, (guint) dist[i - 1] + 3);
                d = MIN (d, (guint) dist[i - w] + 3);
                d = MIN (d, (guint) dist[i - w - 1] + 4);
                d = MIN (d, (guint) dist[i - w + 1] + 4);
              }
          }
        dist[i] = (guint16) MIN (d, G_MAXUINT16);
      }

  for (int y = h - 1; y >= 0; y--)
    for (int x = w - 1; x >= 0; x--)
      {
        gsize i = (gsize) y * w + x;
        guint16 v = self->pixels[i];
        guint d = dist[i];

        if (x > 0 && y > 0 && x < w - 1 && y < h - 1)
          {
            if (self->pixels[i + 1] != v || self->pixels[i + w] != v)
              d = MIN (d, 3u);
            d = MIN (d, (guint) dist[i + 1] + 3);
            d = MIN (d, (guint) dist[i + w] + 3);
            d = MIN (d, (guint) dist[i + w + 1] + 4);
            d = MIN (d, (guint) dist[i + w - 1] + 4);
            dist[i] = (guint16) d;
          }

        if (v != 0 && d > best[v])
          {
            best[v] = (guint16) d;
            self->interior[2 * v] = x;
            self->interior[2 * v + 1] = y;
          }
      }

  g_free (best);
  g_free (dist);
}

/**
 * dorsal_hit_map_get_interior_point:
 * @id: a structure id
 * @x: (out): document x of the point deepest inside the structure
 * @y: (out): document y
 *
 * Returns: %FALSE if @id has no pixel in the map
 */
gboolean
dorsal_hit_map_get_interior_point (DorsalHitMap *self,
                                   const char   *id,
                                   double       *x,
                                   double       *y)
{
  g_return_val_if_fail (DORSAL_IS_HIT_MAP (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  if (self->interior == NULL)
    compute_interior (self);

  for (guint i = 1; i <= self->n_ids; i++)
    if (strcmp (self->ids[i - 1], id) == 0)
      {
        if (self->interior[2 * i] < 0)
          return FALSE;
        *x = self->origin_x + (self->interior[2 * i] + 0.5) / self->scale;
        *y = self->origin_y + (self->interior[2 * i + 1] + 0.5) / self->scale;
        return TRUE;
      }

  return FALSE;
}

/**
 * dorsal_hit_map_list_present:
 *
 * Returns: (transfer full): the ids that have at least one pixel, in region
 *   order
 */
GStrv
dorsal_hit_map_list_present (DorsalHitMap *self)
{
  g_autofree gboolean *seen = NULL;
  GPtrArray *ids;
  gsize n;

  g_return_val_if_fail (DORSAL_IS_HIT_MAP (self), NULL);

  seen = g_new0 (gboolean, self->n_ids + 1);
  n = (gsize) self->width * self->height;
  for (gsize i = 0; i < n; i++)
    seen[self->pixels[i]] = TRUE;

  ids = g_ptr_array_new ();
  for (guint i = 1; i <= self->n_ids; i++)
    if (seen[i])
      g_ptr_array_add (ids, g_strdup (self->ids[i - 1]));
  g_ptr_array_add (ids, NULL);

  return (GStrv) g_ptr_array_free (ids, FALSE);
}
