/* dorsal-diagram-view-private.h: the view's state, shared by its source files and tests
 *
 * Copyright 2026 The Dorsal authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "dorsal-diagram-view.h"
#include "dorsal-diagram.h"
#include "dorsal-diagram-region.h"

G_BEGIN_DECLS

#define DORSAL_DIAGRAM_VIEW_MIN_ZOOM 1.0
#define DORSAL_DIAGRAM_VIEW_MAX_ZOOM 8.0

/* a full rendering of (part of) the document, as a texture */
typedef struct
{
  DorsalDiagram *diagram;     /* not owned: only compared */
  guint          serial;
  RsvgRectangle  area;        /* document units */
  double         scale;       /* texture pixels per document unit */
  GdkTexture    *texture;
  cairo_surface_t *image;     /* the pixels @texture wraps, painted directly by the cairo renderer */
  DorsalHitMap  *hit_map;
  DorsalDiagram *hit_diagram; /* not owned: the diagram of @hit_map */
  guint          hit_serial;
  GCancellable  *cancellable; /* the request in flight, if any */
  guint          pending;     /* its parts not back yet: image, hit map */
  RsvgRectangle  want_area;   /* what is in flight */
  double         want_scale;
  guint          want_serial;
  DorsalDiagram *want_diagram;
} DiagramTile;

/* a highlight of a few structures, as a small texture */
typedef struct
{
  DorsalDiagram       *diagram;
  GStrv                ids;
  DorsalHighlightStyle style;
  DorsalDiagramTheme   theme;
  double               scale;   /* texture pixels per document unit */
  RsvgRectangle        area;    /* document units */
  GdkTexture          *texture;
} DiagramOverlay;

typedef struct
{
  char            *id;
  PangoLayout     *layout;
  double           anchor_x;    /* widget coordinates */
  double           anchor_y;
  graphene_rect_t  rect;        /* the label, widget coordinates */
  gboolean         left;
} DiagramLabel;

struct _DorsalDiagramView
{
  GtkWidget              parent_instance;

  GHashTable            *diagrams;      /* view name → DorsalDiagram */
  DorsalDiagram         *diagram;       /* the current one, owned by @diagrams */
  char                  *view;

  char                  *selected;
  GStrv                  shown_ids;
  char                  *hover;
  gboolean               hover_from_focus;
  GPtrArray             *picked_zones;  /* char*, NULL-terminated */
  gboolean               show_labels;
  gboolean               pick_mode;
  gboolean               referred_mode;
  gboolean               projector;
  GHashTable            *layers;        /* layer → GINT_TO_POINTER (visible): the user's toggles */
  DorsalDiagramTheme     theme;

  DorsalDiagramNameFunc  name_func;
  gpointer               name_data;
  GDestroyNotify         name_destroy;

  /* viewport: zoom 1 fits the whole drawing; (cx, cy) is the document
   * point at the centre of the widget */
  double                 zoom;
  double                 cx;
  double                 cy;
  int                    width;
  int                    height;

  DiagramTile            fit;           /* the whole drawing at zoom 1 */
  DiagramTile            detail;        /* the visible part at the settled zoom */
  guint                  settle_id;
  guint                  renders_done;

  DiagramOverlay         hover_overlay;
  DiagramOverlay         selected_overlay;
  DiagramOverlay         shown_overlay;
  DiagramOverlay         picked_overlay;

  GHashTable            *regions;       /* id → DorsalDiagramRegion */
  GPtrArray             *region_list;   /* DorsalDiagramRegion*, document order */
  GtkWidget             *focus_region;

  GArray                *labels;        /* DiagramLabel */
  GdkTexture            *labels_texture;
  cairo_surface_t       *labels_image;  /* the pixels @labels_texture wraps */
  graphene_rect_t        labels_rect;
  gboolean               labels_valid;
  double                 label_gutter;

  PangoLayout           *name_layout;
  char                  *name_layout_id;

  /* input */
  const char            *cursor;        /* the cursor's name, static */
  char                  *pending_hover;
  guint                  hover_id;
  gint64                 hover_time;
  gint64                 motion_time;
  double                 pointer_x;
  double                 pointer_y;
  gboolean               pointer_inside;
  double                 drag_start_cx;
  double                 drag_start_cy;
  gboolean               dragged;
  gboolean               pinching;
  double                 pinch_start_zoom;
  double                 pinch_anchor_x;   /* document point under the fingers */
  double                 pinch_anchor_y;
  GtkGesture            *zoom_gesture;
  gulong                 focus_visible_handler;
  GtkWidget             *focus_visible_root;
};

/* dorsal-diagram-view.c */
double        _dorsal_diagram_view_get_scale          (DorsalDiagramView *self);
double        _dorsal_diagram_view_get_fit_scale      (DorsalDiagramView *self);
void          _dorsal_diagram_view_get_origin         (DorsalDiagramView *self,
                                                       double            *ox,
                                                       double            *oy);
void          _dorsal_diagram_view_to_document        (DorsalDiagramView *self,
                                                       double             x,
                                                       double             y,
                                                       double            *doc_x,
                                                       double            *doc_y);
void          _dorsal_diagram_view_to_widget          (DorsalDiagramView *self,
                                                       double             doc_x,
                                                       double             doc_y,
                                                       double            *x,
                                                       double            *y);
const char   *_dorsal_diagram_view_pick               (DorsalDiagramView *self,
                                                       double             x,
                                                       double             y,
                                                       gboolean           touch);
DorsalHitMap *_dorsal_diagram_view_get_hit_map        (DorsalDiagramView *self);
DorsalDiagram *_dorsal_diagram_view_get_diagram       (DorsalDiagramView *self);
gboolean      _dorsal_diagram_view_is_settled         (DorsalDiagramView *self);
guint         _dorsal_diagram_view_get_renders_done   (DorsalDiagramView *self);
void          _dorsal_diagram_view_set_hover          (DorsalDiagramView *self,
                                                       const char        *id);
void          _dorsal_diagram_view_activate           (DorsalDiagramView *self,
                                                       const char        *id);
void          _dorsal_diagram_view_set_center         (DorsalDiagramView *self,
                                                       double             cx,
                                                       double             cy);
void          _dorsal_diagram_view_viewport_changed   (DorsalDiagramView *self);
void          _dorsal_diagram_view_append_image       (DorsalDiagramView     *self,
                                                       GtkSnapshot           *snapshot,
                                                       GdkTexture            *texture,
                                                       cairo_surface_t       *image,
                                                       const graphene_rect_t *rect);
void          _dorsal_diagram_view_ensure_visible     (DorsalDiagramView *self,
                                                       const char * const *ids,
                                                       gboolean           zoom_out);
char         *_dorsal_diagram_view_get_name           (DorsalDiagramView *self,
                                                       const char        *id,
                                                       gboolean           short_label);
GtkWidget    *_dorsal_diagram_view_get_region         (DorsalDiagramView *self,
                                                       const char        *id);
GPtrArray    *_dorsal_diagram_view_get_regions        (DorsalDiagramView *self);
void          _dorsal_diagram_view_get_colours        (DorsalDiagramView *self,
                                                       GdkRGBA           *accent,
                                                       GdkRGBA           *halo,
                                                       GdkRGBA           *label_bg,
                                                       GdkRGBA           *label_fg);

/* dorsal-diagram-view-input.c */
void          _dorsal_diagram_view_init_input         (DorsalDiagramView *self);
gboolean      _dorsal_diagram_view_focus              (GtkWidget         *widget,
                                                       GtkDirectionType   direction);
gboolean      _dorsal_diagram_view_move_focus         (DorsalDiagramView *self,
                                                       GtkDirectionType   direction);
void          _dorsal_diagram_view_pinch_begin        (DorsalDiagramView *self,
                                                       double             x,
                                                       double             y);
void          _dorsal_diagram_view_pinch_update       (DorsalDiagramView *self,
                                                       double             x,
                                                       double             y,
                                                       double             scale);
void          _dorsal_diagram_view_pinch_end          (DorsalDiagramView *self);

/* dorsal-diagram-view-labels.c */
void          _dorsal_diagram_view_labels_invalidate  (DorsalDiagramView *self);
double        _dorsal_diagram_view_labels_gutter      (DorsalDiagramView *self);
void          _dorsal_diagram_view_labels_snapshot    (DorsalDiagramView *self,
                                                       GtkSnapshot       *snapshot);
void          _dorsal_diagram_view_labels_clear       (DorsalDiagramView *self);
void          _dorsal_diagram_view_name_snapshot      (DorsalDiagramView *self,
                                                       GtkSnapshot       *snapshot);

G_END_DECLS
