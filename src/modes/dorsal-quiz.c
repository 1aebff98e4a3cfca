/* dorsal-quiz.c: the classroom quiz: the question bank from quiz.xml and one scored round drawn from it
 *
 * Copyright 2026 The Dorsal authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "dorsal-quiz.h"

#include "dorsal-modes-content.h"
#include "dorsal-xml.h"
#include "dorsal-resources.h"

struct _DorsalQuizQuestion
{
  char           *id;
  DorsalQuizKind  kind;
  char           *view;
  char           *prompt;
  char           *explanation;
  char          **answer_ids;   /* tap: any of them is right; choice: empty */
  char          **show_ids;
  char          **options;      /* choice: the options in file order; tap: empty */
  guint           correct;      /* choice: index of the right option */
};

struct _DorsalQuiz
{
  GObject parent_instance;

  GPtrArray *questions;      /* of DorsalQuizQuestion, the bank */
  GHashTable *by_id;         /* id → DorsalQuizQuestion, borrowed */

  GPtrArray *round;          /* the drawn questions, borrowed */
  GArray    *outcomes;       /* of DorsalQuizOutcome, one per drawn question */
  guint      position;       /* the current question of the round */
};

G_DEFINE_FINAL_TYPE (DorsalQuiz, dorsal_quiz, G_TYPE_OBJECT)

static void
question_free (gpointer data)
{
  DorsalQuizQuestion *question = data;

  g_free (question->id);
  g_free (question->view);
  g_free (question->prompt);
  g_free (question->explanation);
  g_strfreev (question->answer_ids);
  g_strfreev (question->show_ids);
  g_strfreev (question->options);
  g_free (question);
}

static DorsalQuizQuestion *
read_question (xmlNode     *node,
               const char  *name,
               GError     **error)
{
  DorsalQuizQuestion *question = g_new0 (DorsalQuizQuestion, 1);
  g_autofree char *kind = dorsal_xml_get_attribute (node, "kind");
  g_autoptr(GPtrArray) options = g_ptr_array_new ();
  int n_correct = 0;

  question->id = dorsal_xml_get_attribute (node, "id");
  question->view = dorsal_xml_get_attribute (node, "view");
  question->kind = g_strcmp0 (kind, "choice") == 0 ? DORSAL_QUIZ_KIND_CHOICE : DORSAL_QUIZ_KIND_TAP;
  question->prompt = _dorsal_modes_content_text (_dorsal_modes_content_child (node, "prompt"), question->id);
  question->explanation = _dorsal_modes_content_text (_dorsal_modes_content_child (node, "plain"), question->id);
  question->answer_ids = _dorsal_modes_content_ids (_dorsal_modes_content_child (node, "answer"));
  question->show_ids = _dorsal_modes_content_ids (_dorsal_modes_content_child (node, "show"));

  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      g_autofree char *correct = NULL;

      if (!_dorsal_modes_content_node_is (child, "option"))
        continue;

      correct = dorsal_xml_get_attribute (child, "correct");
      if (correct != NULL)
        {
          question->correct = options->len;
          n_correct++;
        }
      g_ptr_array_add (options, _dorsal_modes_content_text (child, question->id));
    }
  g_ptr_array_add (options, NULL);
  question->options = (char **) g_ptr_array_steal (options, NULL);

  if (question->kind == DORSAL_QUIZ_KIND_CHOICE && n_correct != 1)
    {
      g_set_error (error, DORSAL_MODES_ERROR, DORSAL_MODES_ERROR_INVALID,
                   "%s:%d: question “%s” marks %d options correct; exactly one must be",
                   name, (int) xmlGetLineNo (node), question->id, n_correct);
      question_free (question);
      return NULL;
    }
  if (question->kind == DORSAL_QUIZ_KIND_CHOICE && g_strv_length (question->options) < 2)
    {
      g_set_error (error, DORSAL_MODES_ERROR, DORSAL_MODES_ERROR_INVALID,
                   "%s:%d: question “%s” needs at least two options",
                   name, (int) xmlGetLineNo (node), question->id);
      question_free (question);
      return NULL;
    }

  /* a tap question lights up its answer unless it says otherwise */
  if (question->show_ids[0] == NULL)
    {
      g_strfreev (question->show_ids);
      question->show_ids = g_strdupv (question->answer_ids);
    }

  return question;
}

static gboolean
load_questions (DorsalQuiz  *self,
                xmlDoc      *doc,
                const char  *name,
                GError     **error)
{
  xmlNode *root = xmlDocGetRootElement (doc);

  for (xmlNode *node = root->children; node != NULL; node = node->next)
    {
      DorsalQuizQuestion *question;

      if (!_dorsal_modes_content_node_is (node, "question"))
        continue;

      question = read_question (node, name, error);
      if (question == NULL)
        return FALSE;

      g_ptr_array_add (self->questions, question);
      if (!g_hash_table_insert (self->by_id, question->id, question))
        {
          g_set_error (error, DORSAL_MODES_ERROR, DORSAL_MODES_ERROR_INVALID,
                       "%s:%d: a second question with the id “%s”", name,
                       (int) xmlGetLineNo (node), question->id);
          return FALSE;
        }
    }

  return TRUE;
}

/**
 * dorsal_quiz_new_from_file:
 *
 * Returns: (transfer full): the question bank in @file, or %NULL with @error
 *   set (naming the file and line) if it is unreadable or breaks quiz.rng
 */
DorsalQuiz *
dorsal_quiz_new_from_file (GFile   *file,
                           GError **error)
{
  g_autoptr(DorsalQuiz) self = NULL;
  g_autofree char *name = NULL;
  xmlDoc *doc;
  gboolean ok;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  doc = _dorsal_modes_content_load (file, "quiz.rng", error);
  if (doc == NULL)
    return NULL;

  self = g_object_new (DORSAL_TYPE_QUIZ, NULL);
  name = _dorsal_modes_content_name (file);
  ok = load_questions (self, doc, name, error);
  xmlFreeDoc (doc);

  return ok ? g_steal_pointer (&self) : NULL;
}

/**
 * dorsal_quiz_load_default:
 *
 * Returns: (transfer full): the bundled quiz (or `$DORSAL_CONTENT_DIR/quiz.xml`)
 */
DorsalQuiz *
dorsal_quiz_load_default (GError **error)
{
  g_autoptr(GFile) file = dorsal_content_file ("quiz.xml");

  return dorsal_quiz_new_from_file (file, error);
}

guint
dorsal_quiz_get_n_questions (DorsalQuiz *self)
{
  g_return_val_if_fail (DORSAL_IS_QUIZ (self), 0);

  return self->questions->len;
}

/**
 * dorsal_quiz_get_question:
 *
 * Returns: (transfer none): question @index of the bank, in file order
 */
DorsalQuizQuestion *
dorsal_quiz_get_question (DorsalQuiz *self,
                          guint       index)
{
  g_return_val_if_fail (DORSAL_IS_QUIZ (self), NULL);
  g_return_val_if_fail (index < self->questions->len, NULL);

  return g_ptr_array_index (self->questions, index);
}

/**
 * dorsal_quiz_lookup:
 *
 * Returns: (transfer none) (nullable): the question with @id
 */
DorsalQuizQuestion *
dorsal_quiz_lookup (DorsalQuiz *self,
                    const char *id)
{
  g_return_val_if_fail (DORSAL_IS_QUIZ (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  return g_hash_table_lookup (self->by_id, id);
}

const char *
dorsal_quiz_question_get_id (DorsalQuizQuestion *question)
{
  g_return_val_if_fail (question != NULL, NULL);
  return question->id;
}

DorsalQuizKind
dorsal_quiz_question_get_kind (DorsalQuizQuestion *question)
{
  g_return_val_if_fail (question != NULL, DORSAL_QUIZ_KIND_TAP);
  return question->kind;
}

/* The view of the drawing the question is asked (and answered) on. */
const char *
dorsal_quiz_question_get_view (DorsalQuizQuestion *question)
{
  g_return_val_if_fail (question != NULL, NULL);
  return question->view;
}

const char *
dorsal_quiz_question_get_prompt (DorsalQuizQuestion *question)
{
  g_return_val_if_fail (question != NULL, NULL);
  return question->prompt;
}

const char *
dorsal_quiz_question_get_explanation (DorsalQuizQuestion *question)
{
  g_return_val_if_fail (question != NULL, NULL);
  return question->explanation;
}

/* For a tap question, the structures that count as right; empty for a choice. */
const char * const *
dorsal_quiz_question_get_answer_ids (DorsalQuizQuestion *question)
{
  g_return_val_if_fail (question != NULL, NULL);
  return (const char * const *) question->answer_ids;
}

/* The structures to highlight once the question is answered. */
const char * const *
dorsal_quiz_question_get_show_ids (DorsalQuizQuestion *question)
{
  g_return_val_if_fail (question != NULL, NULL);
  return (const char * const *) question->show_ids;
}

guint
dorsal_quiz_question_get_n_options (DorsalQuizQuestion *question)
{
  g_return_val_if_fail (question != NULL, 0);
  return g_strv_length (question->options);
}

const char *
dorsal_quiz_question_get_option (DorsalQuizQuestion *question,
                                 guint               index)
{
  g_return_val_if_fail (question != NULL, NULL);
  g_return_val_if_fail (index < g_strv_length (question->options), NULL);
  return question->options[index];
}

guint
dorsal_quiz_question_get_correct_option (DorsalQuizQuestion *question)
{
  g_return_val_if_fail (question != NULL, 0);
  g_return_val_if_fail (question->kind == DORSAL_QUIZ_KIND_CHOICE, 0);
  return question->correct;
}

/**
 * dorsal_quiz_start:
 * @n_questions: how many questions to ask (at most the size of the bank)
 * @rand: (nullable): where the draw comes from; pass a seeded one for a
 *   repeatable round, %NULL for a fresh random one
 *
 * Draws a new round of different questions and clears the score.
 */
void
dorsal_quiz_start (DorsalQuiz *self,
                   guint       n_questions,
                   GRand      *rand)
{
  g_autoptr(GRand) own_rand = NULL;
  g_autoptr(GPtrArray) pool = g_ptr_array_new ();
  DorsalQuizOutcome none = DORSAL_QUIZ_OUTCOME_NONE;

  g_return_if_fail (DORSAL_IS_QUIZ (self));

  if (rand == NULL)
    rand = own_rand = g_rand_new ();

  n_questions = MIN (n_questions, self->questions->len);
  /* a borrowed copy: the bank keeps ownership */
  g_ptr_array_extend (pool, self->questions, NULL, NULL);

  g_ptr_array_set_size (self->round, 0);
  g_array_set_size (self->outcomes, 0);
  self->position = 0;

  /* the first n steps of a Fisher–Yates shuffle */
  for (guint i = 0; i < n_questions; i++)
    {
      guint pick = (guint) g_rand_int_range (rand, (gint32) i, (gint32) pool->len);
      gpointer swap = pool->pdata[i];

      pool->pdata[i] = pool->pdata[pick];
      pool->pdata[pick] = swap;
      g_ptr_array_add (self->round, pool->pdata[i]);
      g_array_append_val (self->outcomes, none);
    }
}

guint
dorsal_quiz_get_round_length (DorsalQuiz *self)
{
  g_return_val_if_fail (DORSAL_IS_QUIZ (self), 0);

  return self->round->len;
}

/* The index in the round of the question being asked (the round length once finished). */
guint
dorsal_quiz_get_round_position (DorsalQuiz *self)
{
  g_return_val_if_fail (DORSAL_IS_QUIZ (self), 0);

  return self->position;
}

/**
 * dorsal_quiz_get_round_question:
 *
 * Returns: (transfer none): question @index of the round
 */
DorsalQuizQuestion *
dorsal_quiz_get_round_question (DorsalQuiz *self,
                                guint       index)
{
  g_return_val_if_fail (DORSAL_IS_QUIZ (self), NULL);
  g_return_val_if_fail (index < self->round->len, NULL);

  return g_ptr_array_index (self->round, index);
}

DorsalQuizOutcome
dorsal_quiz_get_round_outcome (DorsalQuiz *self,
                               guint       index)
{
  g_return_val_if_fail (DORSAL_IS_QUIZ (self), DORSAL_QUIZ_OUTCOME_NONE);
  g_return_val_if_fail (index < self->outcomes->len, DORSAL_QUIZ_OUTCOME_NONE);

  return g_array_index (self->outcomes, DorsalQuizOutcome, index);
}

/**
 * dorsal_quiz_get_current:
 *
 * Returns: (transfer none) (nullable): the question being asked, %NULL once
 *   the round is over (or before it starts)
 */
DorsalQuizQuestion *
dorsal_quiz_get_current (DorsalQuiz *self)
{
  g_return_val_if_fail (DORSAL_IS_QUIZ (self), NULL);

  if (self->position >= self->round->len)
    return NULL;
  return g_ptr_array_index (self->round, self->position);
}

gboolean
dorsal_quiz_is_finished (DorsalQuiz *self)
{
  g_return_val_if_fail (DORSAL_IS_QUIZ (self), TRUE);

  return self->position >= self->round->len;
}

static DorsalQuizOutcome
record (DorsalQuiz        *self,
        DorsalQuizOutcome  outcome)
{
  g_array_index (self->outcomes, DorsalQuizOutcome, self->position) = outcome;
  self->position++;
  return outcome;
}

/**
 * dorsal_quiz_answer_id:
 * @id: the structure the class touched
 *
 * Answers the current tap question and moves on to the next.
 *
 * Returns: right or wrong; %DORSAL_QUIZ_OUTCOME_NONE, changing nothing, when
 *   the round is over or the question is not answered on the drawing
 */
DorsalQuizOutcome
dorsal_quiz_answer_id (DorsalQuiz *self,
                       const char *id)
{
  DorsalQuizQuestion *question;

  g_return_val_if_fail (DORSAL_IS_QUIZ (self), DORSAL_QUIZ_OUTCOME_NONE);
  g_return_val_if_fail (id != NULL, DORSAL_QUIZ_OUTCOME_NONE);

  question = dorsal_quiz_get_current (self);
  if (question == NULL || question->kind != DORSAL_QUIZ_KIND_TAP)
    return DORSAL_QUIZ_OUTCOME_NONE;

  return record (self, g_strv_contains ((const char * const *) question->answer_ids, id)
                       ? DORSAL_QUIZ_OUTCOME_RIGHT : DORSAL_QUIZ_OUTCOME_WRONG);
}

/**
 * dorsal_quiz_answer_option:
 * @option: the index of the chosen option, in file order
 *
 * Answers the current choice question and moves on to the next.
 *
 * Returns: right or wrong; %DORSAL_QUIZ_OUTCOME_NONE, changing nothing, when
 *   the round is over, the question has no options or @option is not one
 */
DorsalQuizOutcome
dorsal_quiz_answer_option (DorsalQuiz *self,
                           guint       option)
{
  DorsalQuizQuestion *question;

  g_return_val_if_fail (DORSAL_IS_QUIZ (self), DORSAL_QUIZ_OUTCOME_NONE);

  question = dorsal_quiz_get_current (self);
  if (question == NULL || question->kind != DORSAL_QUIZ_KIND_CHOICE ||
      option >= g_strv_length (question->options))
    return DORSAL_QUIZ_OUTCOME_NONE;

  return record (self, option == question->correct
                       ? DORSAL_QUIZ_OUTCOME_RIGHT : DORSAL_QUIZ_OUTCOME_WRONG);
}

/* Passes over the current question; it counts as skipped, neither right nor wrong. */
void
dorsal_quiz_skip (DorsalQuiz *self)
{
  g_return_if_fail (DORSAL_IS_QUIZ (self));

  if (dorsal_quiz_get_current (self) != NULL)
    record (self, DORSAL_QUIZ_OUTCOME_SKIPPED);
}

static guint
count (DorsalQuiz        *self,
       DorsalQuizOutcome  outcome)
{
  guint n = 0;

  for (guint i = 0; i < self->outcomes->len; i++)
    if (g_array_index (self->outcomes, DorsalQuizOutcome, i) == outcome)
      n++;
  return n;
}

guint
dorsal_quiz_get_n_right (DorsalQuiz *self)
{
  g_return_val_if_fail (DORSAL_IS_QUIZ (self), 0);
  return count (self, DORSAL_QUIZ_OUTCOME_RIGHT);
}

guint
dorsal_quiz_get_n_wrong (DorsalQuiz *self)
{
  g_return_val_if_fail (DORSAL_IS_QUIZ (self), 0);
  return count (self, DORSAL_QUIZ_OUTCOME_WRONG);
}

guint
dorsal_quiz_get_n_skipped (DorsalQuiz *self)
{
  g_return_val_if_fail (DORSAL_IS_QUIZ (self), 0);
  return count (self, DORSAL_QUIZ_OUTCOME_SKIPPED);
}

static void
dorsal_quiz_finalize (GObject *object)
{
  DorsalQuiz *self = DORSAL_QUIZ (object);

  g_clear_pointer (&self->round, g_ptr_array_unref);
  g_clear_pointer (&self->outcomes, g_array_unref);
  g_clear_pointer (&self->by_id, g_hash_table_unref);
  g_clear_pointer (&self->questions, g_ptr_array_unref);

  G_OBJECT_CLASS (dorsal_quiz_parent_class)->finalize (object);
}

static void
dorsal_quiz_class_init (DorsalQuizClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = dorsal_quiz_finalize;
}

static void
dorsal_quiz_init (DorsalQuiz *self)
{
  self->questions = g_ptr_array_new_with_free_func (question_free);
  self->by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->round = g_ptr_array_new ();
  self->outcomes = g_array_new (FALSE, TRUE, sizeof (DorsalQuizOutcome));
}
