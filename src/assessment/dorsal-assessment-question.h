/* dorsal-assessment-question.h: one page of the self-assessment, one question
 *
 * Copyright 2026 The Dorsal authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "dorsal-triage.h"

G_BEGIN_DECLS

#define DORSAL_TYPE_ASSESSMENT_QUESTION (dorsal_assessment_question_get_type ())

G_DECLARE_FINAL_TYPE (DorsalAssessmentQuestion, dorsal_assessment_question,
                      DORSAL, ASSESSMENT_QUESTION, AdwBin)

GtkWidget            *dorsal_assessment_question_new          (const DorsalQuestion     *question,
                                                               guint                     index,
                                                               guint                     total);

const DorsalQuestion *dorsal_assessment_question_get_question (DorsalAssessmentQuestion *self);
void                  dorsal_assessment_question_show_answer  (DorsalAssessmentQuestion *self,
                                                               const char               *value);
void                  dorsal_assessment_question_focus_answer (DorsalAssessmentQuestion *self);
void                  dorsal_assessment_question_reset        (DorsalAssessmentQuestion *self);

char                **dorsal_assessment_question_get_zones    (DorsalAssessmentQuestion *self);
void                  dorsal_assessment_question_set_zones    (DorsalAssessmentQuestion *self,
                                                               const char * const       *zones);
gboolean              dorsal_assessment_question_get_picking  (DorsalAssessmentQuestion *self);
void                  dorsal_assessment_question_set_picking  (DorsalAssessmentQuestion *self,
                                                               gboolean                  picking);

G_END_DECLS
