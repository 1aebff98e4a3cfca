/* dorsal-triage.h: the self-assessment engine, read from data (no question known by name)
 *
 * Copyright 2026 The Dorsal authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/*
 * The self-assessment of triage-policy.md, read from assessment.xml:
 *
 *   triage = dorsal_triage_new_default (&error);
 *   answers = dorsal_answers_new ();
 *   dorsal_answers_set (answers, question_id, "yes");     (one per answer)
 *   outcome = dorsal_triage_evaluate (triage, answers);   (any time, even partial)
 *   if (dorsal_outcome_interrupts (outcome, previous_outcome)) show the emergency screen
 *
 * Levels, questions and rules are owned by the triage; texts come back
 * translated (g_dpgettext2, with the context the ITS rules give them). An
 * outcome keeps its triage alive.
 */

#define DORSAL_TRIAGE_ERROR (dorsal_triage_error_quark ())

/**
 * DorsalTriageError:
 * @DORSAL_TRIAGE_ERROR_READ: the file could not be read
 * @DORSAL_TRIAGE_ERROR_PARSE: the file is not well-formed XML
 * @DORSAL_TRIAGE_ERROR_SCHEMA: the file does not match assessment.rng
 * @DORSAL_TRIAGE_ERROR_INVALID: a broken reference or duplicate id in a valid file
 * @DORSAL_TRIAGE_ERROR_ANSWER: an answer that the question does not allow
 *
 * Content errors read `file:line: message`.
 */
typedef enum
{
  DORSAL_TRIAGE_ERROR_READ,
  DORSAL_TRIAGE_ERROR_PARSE,
  DORSAL_TRIAGE_ERROR_SCHEMA,
  DORSAL_TRIAGE_ERROR_INVALID,
  DORSAL_TRIAGE_ERROR_ANSWER,
} DorsalTriageError;

typedef enum
{
  DORSAL_QUESTION_YESNO,   /* "yes", "no", "not-sure" */
  DORSAL_QUESTION_NUMBER,  /* digits in min..max, or "unknown" */
  DORSAL_QUESTION_CHOICE,  /* one of the listed values */
  DORSAL_QUESTION_ZONES,   /* listed values joined by ';' (may be empty) */
} DorsalQuestionKind;

/* Owned by their DorsalTriage; valid as long as it lives. */
typedef struct _DorsalLevel    DorsalLevel;
typedef struct _DorsalQuestion DorsalQuestion;
typedef struct _DorsalRule     DorsalRule;

typedef struct _DorsalAnswers DorsalAnswers;
typedef struct _DorsalOutcome DorsalOutcome;

#define DORSAL_TYPE_TRIAGE (dorsal_triage_get_type ())
G_DECLARE_FINAL_TYPE (DorsalTriage, dorsal_triage, DORSAL, TRIAGE, GObject)

GQuark                 dorsal_triage_error_quark           (void);

DorsalTriage          *dorsal_triage_new_from_file         (GFile          *file,
                                                            GError        **error);
DorsalTriage          *dorsal_triage_new_default           (GError        **error);

const char            *dorsal_triage_get_notice            (DorsalTriage   *self);
const char            *dorsal_triage_get_answer_note       (DorsalTriage   *self,
                                                            const char     *answer);

guint                  dorsal_triage_get_n_levels          (DorsalTriage   *self);
const DorsalLevel     *dorsal_triage_get_level             (DorsalTriage   *self,
                                                            guint           rank);
const DorsalLevel     *dorsal_triage_find_level            (DorsalTriage   *self,
                                                            const char     *id);

guint                  dorsal_triage_get_n_questions       (DorsalTriage   *self);
const DorsalQuestion  *dorsal_triage_get_question          (DorsalTriage   *self,
                                                            guint           index);
const DorsalQuestion  *dorsal_triage_find_question         (DorsalTriage   *self,
                                                            const char     *id);

guint                  dorsal_triage_get_n_rules           (DorsalTriage   *self);
const DorsalRule      *dorsal_triage_get_rule              (DorsalTriage   *self,
                                                            guint           index);
const DorsalRule      *dorsal_triage_find_rule             (DorsalTriage   *self,
                                                            const char     *id);

gboolean               dorsal_triage_check_answer          (DorsalTriage   *self,
                                                            const char     *question_id,
                                                            const char     *value,
                                                            GError        **error);
DorsalOutcome         *dorsal_triage_evaluate              (DorsalTriage   *self,
                                                            DorsalAnswers  *answers);

/* Levels: rank 0 is the most urgent; the last level is reached when nothing else is. */
const char            *dorsal_level_get_id                 (const DorsalLevel *level);
guint                  dorsal_level_get_rank               (const DorsalLevel *level);
gboolean               dorsal_level_get_interrupts         (const DorsalLevel *level);
const char            *dorsal_level_get_title              (const DorsalLevel *level);
const char            *dorsal_level_get_action             (const DorsalLevel *level);
const char            *dorsal_level_get_why                (const DorsalLevel *level);
const char            *dorsal_level_get_if_worse           (const DorsalLevel *level);

const char            *dorsal_question_get_id              (const DorsalQuestion *question);
DorsalQuestionKind     dorsal_question_get_kind            (const DorsalQuestion *question);
gboolean               dorsal_question_get_optional        (const DorsalQuestion *question);
const char            *dorsal_question_get_text            (const DorsalQuestion *question);
const char            *dorsal_question_get_why             (const DorsalQuestion *question);
const char            *dorsal_question_get_source          (const DorsalQuestion *question);
const char            *dorsal_question_get_explanation     (const DorsalQuestion *question);
const char            *dorsal_question_get_topic           (const DorsalQuestion *question);
const DorsalLevel     *dorsal_question_get_yes_level       (const DorsalQuestion *question);
const char * const    *dorsal_question_get_values          (const DorsalQuestion *question);
const char            *dorsal_question_get_value_label     (const DorsalQuestion *question,
                                                            const char           *value);
guint                  dorsal_question_get_min             (const DorsalQuestion *question);
guint                  dorsal_question_get_max             (const DorsalQuestion *question);

const char            *dorsal_rule_get_id                  (const DorsalRule *rule);
const DorsalLevel     *dorsal_rule_get_level               (const DorsalRule *rule);
const char            *dorsal_rule_get_topic               (const DorsalRule *rule);
const char            *dorsal_rule_get_why                 (const DorsalRule *rule);
const char            *dorsal_rule_get_source              (const DorsalRule *rule);
const char            *dorsal_rule_get_explanation         (const DorsalRule *rule);

/* Answers: question id → answer value, as strings (see DorsalQuestionKind). */
#define DORSAL_TYPE_ANSWERS (dorsal_answers_get_type ())
GType                  dorsal_answers_get_type             (void) G_GNUC_CONST;
DorsalAnswers         *dorsal_answers_new                  (void);
DorsalAnswers         *dorsal_answers_copy                 (DorsalAnswers  *self);
void                   dorsal_answers_free                 (DorsalAnswers  *self);
void                   dorsal_answers_set                  (DorsalAnswers  *self,
                                                            const char     *question_id,
                                                            const char     *value);
const char            *dorsal_answers_get                  (DorsalAnswers  *self,
                                                            const char     *question_id);
void                   dorsal_answers_unset                (DorsalAnswers  *self,
                                                            const char     *question_id);
void                   dorsal_answers_clear                (DorsalAnswers  *self);

/* Outcome: the level reached so far and the reasons that reach it, in policy order. */
#define DORSAL_TYPE_OUTCOME (dorsal_outcome_get_type ())
GType                  dorsal_outcome_get_type             (void) G_GNUC_CONST;
DorsalOutcome         *dorsal_outcome_copy                 (DorsalOutcome  *self);
void                   dorsal_outcome_free                 (DorsalOutcome  *self);
const DorsalLevel     *dorsal_outcome_get_level            (DorsalOutcome  *self);
gboolean               dorsal_outcome_get_complete         (DorsalOutcome  *self);
gboolean               dorsal_outcome_interrupts           (DorsalOutcome  *self,
                                                            DorsalOutcome  *before);
const char            *dorsal_outcome_get_first_missing    (DorsalOutcome  *self);
guint                  dorsal_outcome_get_n_reasons        (DorsalOutcome  *self);
const char            *dorsal_outcome_get_reason           (DorsalOutcome  *self,
                                                            guint           index);
const DorsalQuestion  *dorsal_outcome_get_reason_question  (DorsalOutcome  *self,
                                                            guint           index);
const DorsalRule      *dorsal_outcome_get_reason_rule      (DorsalOutcome  *self,
                                                            guint           index);
gboolean               dorsal_outcome_get_reason_uncertain (DorsalOutcome  *self,
                                                            guint           index);
char                  *dorsal_outcome_to_string            (DorsalOutcome  *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DorsalAnswers, dorsal_answers_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (DorsalOutcome, dorsal_outcome_free)

G_END_DECLS
