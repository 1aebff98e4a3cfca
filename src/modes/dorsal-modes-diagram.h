/* dorsal-modes-diagram.h: how the kiosk and classroom modes find and drive the drawing
 *
 * Copyright 2026 The Dorsal authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

GtkWidget *_dorsal_modes_find_diagram_view  (GtkWidget          *root);
void       _dorsal_modes_diagram_set_view   (GtkWidget          *view,
                                             const char         *view_name);
void       _dorsal_modes_diagram_reset      (GtkWidget          *view);
void       _dorsal_modes_diagram_show_ids   (GtkWidget          *view,
                                             const char         *view_name,
                                             const char * const *ids);
gboolean   _dorsal_modes_diagram_get_flag   (GtkWidget          *view,
                                             const char         *property);
void       _dorsal_modes_diagram_set_flag   (GtkWidget          *view,
                                             const char         *property,
                                             gboolean            value);

G_END_DECLS
