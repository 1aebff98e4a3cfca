/* dorsal-quiz.h: the classroom quiz: the question bank from quiz.xml and one scored round drawn from it
 *
 * Copyright 2026 The Dorsal authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef enum
{
  DORSAL_QUIZ_KIND_TAP,     /* answered by touching a structure on the drawing */
  DORSAL_QUIZ_KIND_CHOICE,  /* answered by one of a few options */
} DorsalQuizKind;

typedef enum
{
  DORSAL_QUIZ_OUTCOME_NONE,     /* not answered yet, or the answer did not fit the question */
  DORSAL_QUIZ_OUTCOME_RIGHT,
  DORSAL_QUIZ_OUTCOME_WRONG,
  DORSAL_QUIZ_OUTCOME_SKIPPED,
} DorsalQuizOutcome;

typedef struct _DorsalQuizQuestion DorsalQuizQuestion;

#define DORSAL_TYPE_QUIZ (dorsal_quiz_get_type ())

G_DECLARE_FINAL_TYPE (DorsalQuiz, dorsal_quiz, DORSAL, QUIZ, GObject)

DorsalQuiz         *dorsal_quiz_new_from_file              (GFile              *file,
                                                            GError            **error);
DorsalQuiz         *dorsal_quiz_load_default               (GError            **error);

guint               dorsal_quiz_get_n_questions            (DorsalQuiz         *self);
DorsalQuizQuestion *dorsal_quiz_get_question               (DorsalQuiz         *self,
                                                            guint               index);
DorsalQuizQuestion *dorsal_quiz_lookup                     (DorsalQuiz         *self,
                                                            const char         *id);

const char         *dorsal_quiz_question_get_id            (DorsalQuizQuestion *question);
DorsalQuizKind      dorsal_quiz_question_get_kind          (DorsalQuizQuestion *question);
const char         *dorsal_quiz_question_get_view          (DorsalQuizQuestion *question);
const char         *dorsal_quiz_question_get_prompt        (DorsalQuizQuestion *question);
const char         *dorsal_quiz_question_get_explanation   (DorsalQuizQuestion *question);
const char * const *dorsal_quiz_question_get_answer_ids    (DorsalQuizQuestion *question);
const char * const *dorsal_quiz_question_get_show_ids      (DorsalQuizQuestion *question);
guint               dorsal_quiz_question_get_n_options     (DorsalQuizQuestion *question);
const char         *dorsal_quiz_question_get_option        (DorsalQuizQuestion *question,
                                                            guint               index);
guint               dorsal_quiz_question_get_correct_option (DorsalQuizQuestion *question);

void                dorsal_quiz_start                      (DorsalQuiz         *self,
                                                            guint               n_questions,
                                                            GRand              *rand);
guint               dorsal_quiz_get_round_length           (DorsalQuiz         *self);
guint               dorsal_quiz_get_round_position         (DorsalQuiz         *self);
DorsalQuizQuestion *dorsal_quiz_get_round_question         (DorsalQuiz         *self,
                                                            guint               index);
DorsalQuizOutcome   dorsal_quiz_get_round_outcome          (DorsalQuiz         *self,
                                                            guint               index);
DorsalQuizQuestion *dorsal_quiz_get_current                (DorsalQuiz         *self);
gboolean            dorsal_quiz_is_finished                (DorsalQuiz         *self);
DorsalQuizOutcome   dorsal_quiz_answer_id                  (DorsalQuiz         *self,
                                                            const char         *id);
DorsalQuizOutcome   dorsal_quiz_answer_option              (DorsalQuiz         *self,
                                                            guint               option);
void                dorsal_quiz_skip                       (DorsalQuiz         *self);
guint               dorsal_quiz_get_n_right                (DorsalQuiz         *self);
guint               dorsal_quiz_get_n_wrong                (DorsalQuiz         *self);
guint               dorsal_quiz_get_n_skipped              (DorsalQuiz         *self);

G_END_DECLS
