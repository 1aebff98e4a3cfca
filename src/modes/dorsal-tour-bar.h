/* dorsal-tour-bar.h: the classroom tour on screen: one step's title and paragraph, the counter and the buttons
 *
 * Copyright 2026 The Dorsal authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "dorsal-tour.h"

G_BEGIN_DECLS

#define DORSAL_TYPE_TOUR_BAR (dorsal_tour_bar_get_type ())

G_DECLARE_FINAL_TYPE (DorsalTourBar, dorsal_tour_bar, DORSAL, TOUR_BAR, GtkWidget)

GtkWidget  *dorsal_tour_bar_new              (DorsalTour      *tour);
DorsalTour *dorsal_tour_bar_get_tour         (DorsalTourBar   *self);
GtkWidget  *dorsal_tour_bar_get_diagram_view (DorsalTourBar   *self);
void        dorsal_tour_bar_set_diagram_view (DorsalTourBar   *self,
                                              GtkWidget       *view);
const char *dorsal_tour_bar_get_counter_text (DorsalTourBar   *self);
gboolean    dorsal_tour_bar_handle_key       (DorsalTourBar   *self,
                                              guint            keyval,
                                              GdkModifierType  state);

G_END_DECLS
