/* dorsal-classroom.h: classroom mode: full screen for a projector, large text, the tour and the quiz
 *
 * Copyright 2026 The Dorsal authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "dorsal-types.h"

G_BEGIN_DECLS

#define DORSAL_TYPE_CLASSROOM (dorsal_classroom_get_type ())

G_DECLARE_FINAL_TYPE (DorsalClassroom, dorsal_classroom, DORSAL, CLASSROOM, GObject)

DorsalClassroom *dorsal_classroom_get_for_window (DorsalWindow    *window);
gboolean         dorsal_classroom_get_active     (DorsalWindow    *window);
void             dorsal_classroom_set_active     (DorsalWindow    *window,
                                                  gboolean         active);

void             dorsal_classroom_start_tour     (DorsalClassroom *self);
void             dorsal_classroom_start_quiz     (DorsalClassroom *self);
void             dorsal_classroom_stop           (DorsalClassroom *self);
GtkWidget       *dorsal_classroom_get_tour_bar   (DorsalClassroom *self);
GtkWidget       *dorsal_classroom_get_quiz_panel (DorsalClassroom *self);

G_END_DECLS
