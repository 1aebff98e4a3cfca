/* dorsal-assessment-pane.h: the self-assessment, one question per page
 *
 * Copyright 2026 The Dorsal authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "dorsal-triage.h"

G_BEGIN_DECLS

#define DORSAL_TYPE_ASSESSMENT_PANE (dorsal_assessment_pane_get_type ())

G_DECLARE_FINAL_TYPE (DorsalAssessmentPane, dorsal_assessment_pane,
                      DORSAL, ASSESSMENT_PANE, GtkWidget)

GtkWidget          *dorsal_assessment_pane_new              (DorsalTriage         *triage);

DorsalTriage       *dorsal_assessment_pane_get_triage       (DorsalAssessmentPane *self);
void                dorsal_assessment_pane_reset            (DorsalAssessmentPane *self);
DorsalAnswers      *dorsal_assessment_pane_get_answers      (DorsalAssessmentPane *self);
const char         *dorsal_assessment_pane_get_level        (DorsalAssessmentPane *self);

const char * const *dorsal_assessment_pane_get_picked_zones (DorsalAssessmentPane *self);
void                dorsal_assessment_pane_set_picked_zones (DorsalAssessmentPane *self,
                                                             const char * const   *zones);

G_END_DECLS
