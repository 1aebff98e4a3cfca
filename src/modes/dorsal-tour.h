/* dorsal-tour.h: the classroom tour: its steps from tour.xml and where the class is in it
 *
 * Copyright 2026 The Dorsal authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define DORSAL_TYPE_TOUR (dorsal_tour_get_type ())

G_DECLARE_FINAL_TYPE (DorsalTour, dorsal_tour, DORSAL, TOUR, GObject)

DorsalTour         *dorsal_tour_new_from_file   (GFile       *file,
                                                 GError     **error);
DorsalTour         *dorsal_tour_load_default    (GError     **error);

guint               dorsal_tour_get_n_steps     (DorsalTour  *self);
const char         *dorsal_tour_get_step_id     (DorsalTour  *self,
                                                 guint        step);
const char         *dorsal_tour_get_step_view   (DorsalTour  *self,
                                                 guint        step);
const char         *dorsal_tour_get_step_title  (DorsalTour  *self,
                                                 guint        step);
const char         *dorsal_tour_get_step_text   (DorsalTour  *self,
                                                 guint        step);
const char * const *dorsal_tour_get_step_ids    (DorsalTour  *self,
                                                 guint        step);

guint               dorsal_tour_get_position    (DorsalTour  *self);
void                dorsal_tour_set_position    (DorsalTour  *self,
                                                 guint        position);
gboolean            dorsal_tour_next            (DorsalTour  *self);
gboolean            dorsal_tour_previous        (DorsalTour  *self);

G_END_DECLS
