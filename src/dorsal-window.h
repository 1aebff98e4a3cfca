/* dorsal-window.h: the main window, which wires the drawing, the content and the self-assessment together
 *
 * Copyright 2026 The Dorsal authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "dorsal-types.h"

G_BEGIN_DECLS

#define DORSAL_TYPE_WINDOW (dorsal_window_get_type ())

G_DECLARE_FINAL_TYPE (DorsalWindow, dorsal_window, DORSAL, WINDOW, AdwApplicationWindow)

DorsalWindow *dorsal_window_new                  (DorsalApplication *application);
GtkWidget    *dorsal_window_get_diagram_area     (DorsalWindow      *self);
GtkWidget    *dorsal_window_get_content_area     (DorsalWindow      *self);
GtkWidget    *dorsal_window_get_assessment_area  (DorsalWindow      *self);
gboolean      dorsal_window_get_assessment_open  (DorsalWindow      *self);
void          dorsal_window_set_assessment_open  (DorsalWindow      *self,
                                                  gboolean           open);

gpointer      dorsal_window_get_diagram_view     (DorsalWindow      *self);
gpointer      dorsal_window_get_content_pane     (DorsalWindow      *self);
gpointer      dorsal_window_get_assessment_pane  (DorsalWindow      *self);
gpointer      dorsal_window_get_referred_panel   (DorsalWindow      *self);
void          dorsal_window_add_overlay          (DorsalWindow      *self,
                                                  GtkWidget         *widget);
void          dorsal_window_set_bottom_reserve   (DorsalWindow      *self,
                                                  int                height);
void          dorsal_window_remove_overlay       (DorsalWindow      *self,
                                                  GtkWidget         *widget);
void          dorsal_window_reset_visitor        (DorsalWindow      *self);

G_END_DECLS
