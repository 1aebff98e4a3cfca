/* dorsal-hit-map.h: which structure is at a point, from an index image
 *
 * Copyright 2026 The Dorsal authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <glib-object.h>

G_BEGIN_DECLS

#define DORSAL_TYPE_HIT_MAP (dorsal_hit_map_get_type ())

G_DECLARE_FINAL_TYPE (DorsalHitMap, dorsal_hit_map, DORSAL, HIT_MAP, GObject)

DorsalHitMap *dorsal_hit_map_new_from_surface  (cairo_surface_t    *pick,
                                                const char * const *ids,
                                                double              origin_x,
                                                double              origin_y,
                                                double              scale);
int           dorsal_hit_map_get_width          (DorsalHitMap       *self);
int           dorsal_hit_map_get_height         (DorsalHitMap       *self);
double        dorsal_hit_map_get_scale          (DorsalHitMap       *self);
void          dorsal_hit_map_get_origin         (DorsalHitMap       *self,
                                                 double             *x,
                                                 double             *y);
gboolean      dorsal_hit_map_covers             (DorsalHitMap       *self,
                                                 double              x,
                                                 double              y);
guint         dorsal_hit_map_lookup_index       (DorsalHitMap       *self,
                                                 double              x,
                                                 double              y);
const char   *dorsal_hit_map_lookup             (DorsalHitMap       *self,
                                                 double              x,
                                                 double              y);
const char   *dorsal_hit_map_lookup_near        (DorsalHitMap       *self,
                                                 double              x,
                                                 double              y,
                                                 double              radius);
const char   *dorsal_hit_map_get_id             (DorsalHitMap       *self,
                                                 guint               index);
guint         dorsal_hit_map_get_n_ids          (DorsalHitMap       *self);
GStrv         dorsal_hit_map_list_present       (DorsalHitMap       *self);
gboolean      dorsal_hit_map_get_interior_point (DorsalHitMap       *self,
                                                 const char         *id,
                                                 double             *x,
                                                 double             *y);

/* colour of region @index (1-based) in a pick rendering, as "#RRGGBB" */
void          dorsal_hit_map_format_colour      (guint               index,
                                                 char                buffer[8]);

G_END_DECLS
