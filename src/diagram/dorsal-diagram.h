/* dorsal-diagram.h: one view of the anatomy: its drawing, ids, layers, theme and renderings
 *
 * Copyright 2026 The Dorsal authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>
#include <cairo.h>
#include <librsvg/rsvg.h>

#include "dorsal-hit-map.h"
#include "dorsal-svg-index.h"

G_BEGIN_DECLS

typedef enum
{
  DORSAL_DIAGRAM_THEME_LIGHT,
  DORSAL_DIAGRAM_THEME_DARK,
  DORSAL_DIAGRAM_THEME_HIGH_CONTRAST,
  DORSAL_DIAGRAM_THEME_PROJECTOR,
  DORSAL_DIAGRAM_THEME_HIGH_CONTRAST_DARK,
} DorsalDiagramTheme;

typedef enum
{
  DORSAL_DIAGRAM_MODE_EXPLORE,   /* the interactive layers are picked */
  DORSAL_DIAGRAM_MODE_PICK_ZONES, /* the body-map zones are shown and only they are picked */
  DORSAL_DIAGRAM_MODE_REFERRED,  /* the referred-pain areas are shown and picked too */
} DorsalDiagramMode;

typedef enum
{
  DORSAL_HIGHLIGHT_HOVER,     /* one outline and a light tint */
  DORSAL_HIGHLIGHT_SELECTED,  /* a double outline and a stronger tint */
  DORSAL_HIGHLIGHT_PICKED,    /* a double outline and a strong fill */
} DorsalHighlightStyle;

#define DORSAL_TYPE_DIAGRAM (dorsal_diagram_get_type ())

G_DECLARE_FINAL_TYPE (DorsalDiagram, dorsal_diagram, DORSAL, DIAGRAM, GObject)

/* the result of a full rendering, made on any thread */
typedef struct
{
  RsvgRectangle    area;       /* document units */
  double           scale;      /* image pixels per document unit */
  cairo_surface_t *image;      /* ARGB32, premultiplied */
  DorsalHitMap    *hit_map;
  guint            serial;     /* dorsal_diagram_get_serial () when it was asked for */
} DorsalDiagramRendering;

void                    dorsal_diagram_rendering_free (DorsalDiagramRendering *rendering);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (DorsalDiagramRendering, dorsal_diagram_rendering_free)

const char * const *dorsal_diagram_get_view_names      (void);

DorsalDiagram      *dorsal_diagram_new_for_view        (const char          *view,
                                                        GError             **error);
DorsalDiagram      *dorsal_diagram_new_from_bytes      (GBytes              *bytes,
                                                        const char          *name,
                                                        GError             **error);
const char         *dorsal_diagram_get_name            (DorsalDiagram       *self);
DorsalSvgIndex     *dorsal_diagram_get_index           (DorsalDiagram       *self);
void                dorsal_diagram_get_size            (DorsalDiagram       *self,
                                                        double              *width,
                                                        double              *height);
gboolean            dorsal_diagram_get_box             (DorsalDiagram       *self,
                                                        const char          *id,
                                                        RsvgRectangle       *box);

void                dorsal_diagram_set_layer_visible   (DorsalDiagram       *self,
                                                        const char          *layer,
                                                        gboolean             visible);
gboolean            dorsal_diagram_get_layer_visible   (DorsalDiagram       *self,
                                                        const char          *layer);
gboolean            dorsal_diagram_get_layer_default   (const char          *layer);
void                dorsal_diagram_reset_layers        (DorsalDiagram       *self);
void                dorsal_diagram_set_theme           (DorsalDiagram       *self,
                                                        DorsalDiagramTheme   theme);
DorsalDiagramTheme  dorsal_diagram_get_theme           (DorsalDiagram       *self);
void                dorsal_diagram_set_mode            (DorsalDiagram       *self,
                                                        DorsalDiagramMode    mode);
DorsalDiagramMode   dorsal_diagram_get_mode            (DorsalDiagram       *self);
void                dorsal_diagram_set_shown_conditions (DorsalDiagram      *self,
                                                        const char * const  *ids);
guint               dorsal_diagram_get_serial          (DorsalDiagram       *self);

gboolean            dorsal_diagram_is_pickable         (DorsalDiagram       *self,
                                                        const char          *id);
GStrv               dorsal_diagram_list_pickable       (DorsalDiagram       *self);
char               *dorsal_diagram_get_display_stylesheet (DorsalDiagram    *self);
char               *dorsal_diagram_get_pick_stylesheet (DorsalDiagram       *self,
                                                        double               scale);

DorsalDiagramRendering *dorsal_diagram_render          (DorsalDiagram       *self,
                                                        const RsvgRectangle *area,
                                                        double               scale,
                                                        double               hit_scale,
                                                        GError             **error);
void                dorsal_diagram_render_async        (DorsalDiagram       *self,
                                                        const RsvgRectangle *area,
                                                        double               scale,
                                                        double               hit_scale,
                                                        GCancellable        *cancellable,
                                                        GAsyncReadyCallback  callback,
                                                        gpointer             user_data);
DorsalDiagramRendering *dorsal_diagram_render_finish   (DorsalDiagram       *self,
                                                        GAsyncResult        *result,
                                                        GError             **error);
cairo_surface_t    *dorsal_diagram_render_highlight    (DorsalDiagram       *self,
                                                        const char * const  *ids,
                                                        DorsalHighlightStyle style,
                                                        double               scale,
                                                        double               ring_scale,
                                                        const RsvgRectangle *clip,
                                                        int                 *x,
                                                        int                 *y);

G_END_DECLS
