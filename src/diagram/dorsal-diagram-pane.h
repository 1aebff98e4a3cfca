/* dorsal-diagram-pane.h: the drawing with its toolbar: views, layers, names and zoom
 *
 * Copyright 2026 The Dorsal authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "dorsal-diagram-view.h"

G_BEGIN_DECLS

#define DORSAL_TYPE_DIAGRAM_PANE (dorsal_diagram_pane_get_type ())

G_DECLARE_FINAL_TYPE (DorsalDiagramPane, dorsal_diagram_pane, DORSAL, DIAGRAM_PANE, GtkWidget)

GtkWidget         *dorsal_diagram_pane_new      (void);
DorsalDiagramView *dorsal_diagram_pane_get_view (DorsalDiagramPane *self);

G_END_DECLS
