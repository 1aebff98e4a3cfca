/* dorsal-quiz-panel.h: the classroom quiz on screen: the question, answers on the drawing or on big buttons, feedback, score
 *
 * Copyright 2026 The Dorsal authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "dorsal-quiz.h"

G_BEGIN_DECLS

typedef enum
{
  DORSAL_QUIZ_PANEL_PAGE_QUESTION,
  DORSAL_QUIZ_PANEL_PAGE_FEEDBACK,
  DORSAL_QUIZ_PANEL_PAGE_SCORE,
} DorsalQuizPanelPage;

#define DORSAL_TYPE_QUIZ_PANEL (dorsal_quiz_panel_get_type ())

G_DECLARE_FINAL_TYPE (DorsalQuizPanel, dorsal_quiz_panel, DORSAL, QUIZ_PANEL, GtkWidget)

GtkWidget           *dorsal_quiz_panel_new              (DorsalQuiz      *quiz);
DorsalQuiz          *dorsal_quiz_panel_get_quiz         (DorsalQuizPanel *self);
void                 dorsal_quiz_panel_set_diagram_view (DorsalQuizPanel *self,
                                                         GtkWidget       *view);
void                 dorsal_quiz_panel_start            (DorsalQuizPanel *self,
                                                         guint            n_questions,
                                                         GRand           *rand);
DorsalQuizPanelPage  dorsal_quiz_panel_get_page         (DorsalQuizPanel *self);
GtkWidget           *dorsal_quiz_panel_get_option_button (DorsalQuizPanel *self,
                                                         guint            option);
void                 dorsal_quiz_panel_answer_id        (DorsalQuizPanel *self,
                                                         const char      *id);
void                 dorsal_quiz_panel_skip             (DorsalQuizPanel *self);
void                 dorsal_quiz_panel_next             (DorsalQuizPanel *self);
const char          *dorsal_quiz_panel_get_feedback     (DorsalQuizPanel *self);
const char          *dorsal_quiz_panel_get_score_text   (DorsalQuizPanel *self);

G_END_DECLS
