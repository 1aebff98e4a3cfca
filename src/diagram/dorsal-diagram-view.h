/* dorsal-diagram-view.h: the interactive drawing of the spine and ribs
 *
 * Copyright 2026 The Dorsal authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/**
 * DorsalDiagramNameFunc:
 * @id: an SVG id, such as "vertebra-t7"
 * @short_label: %TRUE for the short label drawn on the picture ("T7"),
 *   %FALSE for the title ("T7, seventh thoracic vertebra")
 * @user_data: the data given to dorsal_diagram_view_set_name_func()
 *
 * Returns: (transfer full) (nullable): the name, or %NULL if unknown
 */
typedef char *(*DorsalDiagramNameFunc) (const char *id,
                                        gboolean    short_label,
                                        gpointer    user_data);

#define DORSAL_TYPE_DIAGRAM_VIEW (dorsal_diagram_view_get_type ())

G_DECLARE_FINAL_TYPE (DorsalDiagramView, dorsal_diagram_view, DORSAL, DIAGRAM_VIEW, GtkWidget)

GtkWidget   *dorsal_diagram_view_new               (void);

const char  *dorsal_diagram_view_get_view          (DorsalDiagramView     *self);
void         dorsal_diagram_view_set_view          (DorsalDiagramView     *self,
                                                    const char            *view);
const char  *dorsal_diagram_view_get_selected      (DorsalDiagramView     *self);
void         dorsal_diagram_view_set_selected      (DorsalDiagramView     *self,
                                                    const char            *id);
void         dorsal_diagram_view_show_ids          (DorsalDiagramView     *self,
                                                    const char            *view,
                                                    const char * const    *ids);
const char * const *dorsal_diagram_view_get_shown_ids (DorsalDiagramView  *self);
void         dorsal_diagram_view_set_name_func     (DorsalDiagramView     *self,
                                                    DorsalDiagramNameFunc  func,
                                                    gpointer               user_data,
                                                    GDestroyNotify         destroy);
void         dorsal_diagram_view_set_layer_visible (DorsalDiagramView     *self,
                                                    const char            *layer,
                                                    gboolean               visible);
gboolean     dorsal_diagram_view_get_layer_visible (DorsalDiagramView     *self,
                                                    const char            *layer);
gboolean     dorsal_diagram_view_get_show_labels   (DorsalDiagramView     *self);
void         dorsal_diagram_view_set_show_labels   (DorsalDiagramView     *self,
                                                    gboolean               show_labels);
gboolean     dorsal_diagram_view_get_pick_mode     (DorsalDiagramView     *self);
void         dorsal_diagram_view_set_pick_mode     (DorsalDiagramView     *self,
                                                    gboolean               pick_mode);
const char * const *dorsal_diagram_view_get_picked_zones (DorsalDiagramView *self);
void         dorsal_diagram_view_set_picked_zones  (DorsalDiagramView     *self,
                                                    const char * const    *zones);
gboolean     dorsal_diagram_view_get_referred_mode (DorsalDiagramView     *self);
void         dorsal_diagram_view_set_referred_mode (DorsalDiagramView     *self,
                                                    gboolean               referred_mode);
gboolean     dorsal_diagram_view_get_projector     (DorsalDiagramView     *self);
void         dorsal_diagram_view_set_projector     (DorsalDiagramView     *self,
                                                    gboolean               projector);
double       dorsal_diagram_view_get_zoom          (DorsalDiagramView     *self);
void         dorsal_diagram_view_set_zoom          (DorsalDiagramView     *self,
                                                    double                 zoom);
void         dorsal_diagram_view_zoom_at           (DorsalDiagramView     *self,
                                                    double                 zoom,
                                                    double                 x,
                                                    double                 y);
void         dorsal_diagram_view_zoom_in           (DorsalDiagramView     *self);
void         dorsal_diagram_view_zoom_out          (DorsalDiagramView     *self);
void         dorsal_diagram_view_zoom_fit          (DorsalDiagramView     *self);
void         dorsal_diagram_view_reset             (DorsalDiagramView     *self);

G_END_DECLS
