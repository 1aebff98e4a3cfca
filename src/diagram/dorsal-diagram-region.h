/* dorsal-diagram-region.h: one structure of the drawing as a focusable, named child widget
 *
 * Copyright 2026 The Dorsal authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define DORSAL_TYPE_DIAGRAM_REGION (dorsal_diagram_region_get_type ())

G_DECLARE_FINAL_TYPE (DorsalDiagramRegion, dorsal_diagram_region, DORSAL, DIAGRAM_REGION, GtkWidget)

GtkWidget  *dorsal_diagram_region_new             (const char          *id);
const char *dorsal_diagram_region_get_id          (DorsalDiagramRegion *self);
void        dorsal_diagram_region_set_names       (DorsalDiagramRegion *self,
                                                   const char          *label,
                                                   const char          *description);
const char *dorsal_diagram_region_get_label       (DorsalDiagramRegion *self);
void        dorsal_diagram_region_set_toggle      (DorsalDiagramRegion *self,
                                                   gboolean             is_toggle);
void        dorsal_diagram_region_set_active      (DorsalDiagramRegion *self,
                                                   gboolean             active);
gboolean    dorsal_diagram_region_get_active      (DorsalDiagramRegion *self);

G_END_DECLS
