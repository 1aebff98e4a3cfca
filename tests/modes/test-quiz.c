/* test-quiz.c: the quiz bank loads, rounds are drawn at random, and right, wrong and skipped answers score
 *
 * Copyright 2026 The Dorsal authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "dorsal-modes-content.h"
#include "dorsal-quiz.h"
#include "dorsal-resources.h"
#include "modes-test-util.h"

static const char * const views[] = { "posterior", "anterior", "lateral", "vertebra", NULL };

static void
test_quiz_bank (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DorsalQuiz) quiz = dorsal_quiz_load_default (&error);
  guint n_tap = 0, n_choice = 0;

  g_assert_no_error (error);
  g_assert_cmpuint (dorsal_quiz_get_n_questions (quiz), >=, 30);

  for (guint i = 0; i < dorsal_quiz_get_n_questions (quiz); i++)
    {
      DorsalQuizQuestion *question = dorsal_quiz_get_question (quiz, i);

      g_assert_true (dorsal_quiz_lookup (quiz, dorsal_quiz_question_get_id (question)) == question);
      g_assert_true (g_strv_contains (views, dorsal_quiz_question_get_view (question)));
      g_assert_cmpstr (dorsal_quiz_question_get_prompt (question), !=, "");
      g_assert_cmpstr (dorsal_quiz_question_get_explanation (question), !=, "");
      g_assert_nonnull (dorsal_quiz_question_get_show_ids (question)[0]);

      switch (dorsal_quiz_question_get_kind (question))
        {
        case DORSAL_QUIZ_KIND_TAP:
          n_tap++;
          g_assert_nonnull (dorsal_quiz_question_get_answer_ids (question)[0]);
          g_assert_cmpuint (dorsal_quiz_question_get_n_options (question), ==, 0);
          break;

        case DORSAL_QUIZ_KIND_CHOICE:
          n_choice++;
          g_assert_null (dorsal_quiz_question_get_answer_ids (question)[0]);
          g_assert_cmpuint (dorsal_quiz_question_get_n_options (question), >=, 2);
          g_assert_cmpuint (dorsal_quiz_question_get_correct_option (question), <,
                            dorsal_quiz_question_get_n_options (question));
          break;

        default:
          g_assert_not_reached ();
        }
    }

  g_assert_cmpuint (n_tap, >=, 10);
  g_assert_cmpuint (n_choice, >=, 10);

  /* the questions the issue names */
  g_assert_nonnull (dorsal_quiz_lookup (quiz, "tap-t7"));
  g_assert_nonnull (dorsal_quiz_lookup (quiz, "floating-ribs"));
  g_assert_nonnull (dorsal_quiz_lookup (quiz, "ribs-meet-breastbone"));
  g_assert_null (dorsal_quiz_lookup (quiz, "no-such-question"));
}

static void
test_quiz_draw (void)
{
  g_autoptr(DorsalQuiz) quiz = dorsal_quiz_load_default (NULL);
  g_autoptr(GRand) rand_a = g_rand_new_with_seed (42);
  g_autoptr(GRand) rand_b = g_rand_new_with_seed (42);
  g_autoptr(GRand) rand_c = g_rand_new_with_seed (7);
  g_autoptr(GPtrArray) first = g_ptr_array_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);
  gboolean differs = FALSE;
  guint n = dorsal_quiz_get_n_questions (quiz);

  dorsal_quiz_start (quiz, 10, rand_a);
  g_assert_cmpuint (dorsal_quiz_get_round_length (quiz), ==, 10);
  for (guint i = 0; i < 10; i++)
    {
      DorsalQuizQuestion *question = dorsal_quiz_get_round_question (quiz, i);

      /* no question twice in a round */
      g_assert_true (g_hash_table_add (seen, question));
      g_ptr_array_add (first, question);
    }

  /* the same seed draws the same round, another seed another one */
  dorsal_quiz_start (quiz, 10, rand_b);
  for (guint i = 0; i < 10; i++)
    g_assert_true (dorsal_quiz_get_round_question (quiz, i) == first->pdata[i]);

  dorsal_quiz_start (quiz, 10, rand_c);
  for (guint i = 0; i < 10; i++)
    differs |= dorsal_quiz_get_round_question (quiz, i) != first->pdata[i];
  g_assert_true (differs);

  /* asking for more than the bank holds asks each question once */
  g_hash_table_remove_all (seen);
  dorsal_quiz_start (quiz, n + 5, NULL);
  g_assert_cmpuint (dorsal_quiz_get_round_length (quiz), ==, n);
  for (guint i = 0; i < n; i++)
    g_assert_true (g_hash_table_add (seen, dorsal_quiz_get_round_question (quiz, i)));
}

/* Answers the current question right or wrong, whatever its kind. */
static DorsalQuizOutcome
answer (DorsalQuiz *quiz,
        gboolean    right)
{
  DorsalQuizQuestion *question = dorsal_quiz_get_current (quiz);

  if (dorsal_quiz_question_get_kind (question) == DORSAL_QUIZ_KIND_TAP)
    return dorsal_quiz_answer_id (quiz, right ? dorsal_quiz_question_get_answer_ids (question)[0]
                                              : "not-a-structure");

  return dorsal_quiz_answer_option (quiz, right ? dorsal_quiz_question_get_correct_option (question)
                                                : (dorsal_quiz_question_get_correct_option (question) + 1) %
                                                  dorsal_quiz_question_get_n_options (question));
}

static void
test_quiz_scoring (void)
{
  g_autoptr(DorsalQuiz) quiz = dorsal_quiz_load_default (NULL);
  g_autoptr(GRand) rand = g_rand_new_with_seed (2026);

  dorsal_quiz_start (quiz, 8, rand);
  g_assert_cmpuint (dorsal_quiz_get_n_right (quiz), ==, 0);

  g_assert_cmpint (answer (quiz, TRUE), ==, DORSAL_QUIZ_OUTCOME_RIGHT);
  g_assert_cmpint (answer (quiz, TRUE), ==, DORSAL_QUIZ_OUTCOME_RIGHT);
  g_assert_cmpint (answer (quiz, TRUE), ==, DORSAL_QUIZ_OUTCOME_RIGHT);
  g_assert_cmpint (answer (quiz, FALSE), ==, DORSAL_QUIZ_OUTCOME_WRONG);
  g_assert_cmpint (answer (quiz, FALSE), ==, DORSAL_QUIZ_OUTCOME_WRONG);
  dorsal_quiz_skip (quiz);
  g_assert_cmpuint (dorsal_quiz_get_round_position (quiz), ==, 6);
  g_assert_false (dorsal_quiz_is_finished (quiz));
  g_assert_cmpint (answer (quiz, TRUE), ==, DORSAL_QUIZ_OUTCOME_RIGHT);
  dorsal_quiz_skip (quiz);

  g_assert_true (dorsal_quiz_is_finished (quiz));
  g_assert_null (dorsal_quiz_get_current (quiz));
  g_assert_cmpuint (dorsal_quiz_get_n_right (quiz), ==, 4);
  g_assert_cmpuint (dorsal_quiz_get_n_wrong (quiz), ==, 2);
  g_assert_cmpuint (dorsal_quiz_get_n_skipped (quiz), ==, 2);
  g_assert_cmpint (dorsal_quiz_get_round_outcome (quiz, 3), ==, DORSAL_QUIZ_OUTCOME_WRONG);
  g_assert_cmpint (dorsal_quiz_get_round_outcome (quiz, 5), ==, DORSAL_QUIZ_OUTCOME_SKIPPED);

  /* nothing more counts once the round is over */
  g_assert_cmpint (dorsal_quiz_answer_id (quiz, "vertebra-t7"), ==, DORSAL_QUIZ_OUTCOME_NONE);
  g_assert_cmpint (dorsal_quiz_answer_option (quiz, 0), ==, DORSAL_QUIZ_OUTCOME_NONE);
  dorsal_quiz_skip (quiz);
  g_assert_cmpuint (dorsal_quiz_get_n_skipped (quiz), ==, 2);

  /* a new round clears the score */
  dorsal_quiz_start (quiz, 3, rand);
  g_assert_cmpuint (dorsal_quiz_get_n_right (quiz) + dorsal_quiz_get_n_wrong (quiz) +
                    dorsal_quiz_get_n_skipped (quiz), ==, 0);
}

/* Every id listed as an answer is right; a tap on the drawing does not answer a choice question. */
static void
test_quiz_answer_kinds (void)
{
  g_autoptr(DorsalQuiz) quiz = dorsal_quiz_load_default (NULL);
  DorsalQuizQuestion *floating = dorsal_quiz_lookup (quiz, "tap-floating-rib");
  const char * const *ids = dorsal_quiz_question_get_answer_ids (floating);
  guint n_ids = g_strv_length ((char **) ids);

  g_assert_cmpuint (n_ids, ==, 4);
  for (guint i = 0; i < n_ids; i++)
    {
      /* find the question in a long round and answer it with id i */
      dorsal_quiz_start (quiz, dorsal_quiz_get_n_questions (quiz), NULL);
      while (dorsal_quiz_get_current (quiz) != floating)
        dorsal_quiz_skip (quiz);
      g_assert_cmpint (dorsal_quiz_answer_id (quiz, ids[i]), ==, DORSAL_QUIZ_OUTCOME_RIGHT);
    }

  dorsal_quiz_start (quiz, dorsal_quiz_get_n_questions (quiz), NULL);
  while (dorsal_quiz_question_get_kind (dorsal_quiz_get_current (quiz)) != DORSAL_QUIZ_KIND_CHOICE)
    dorsal_quiz_skip (quiz);
  g_assert_cmpint (dorsal_quiz_answer_id (quiz, "vertebra-t7"), ==, DORSAL_QUIZ_OUTCOME_NONE);
  g_assert_cmpint (dorsal_quiz_answer_option (quiz, 99), ==, DORSAL_QUIZ_OUTCOME_NONE);
  g_assert_cmpuint (dorsal_quiz_get_n_wrong (quiz), ==, 0);
  g_assert_cmpint (dorsal_quiz_get_round_outcome (quiz, dorsal_quiz_get_round_position (quiz)), ==,
                   DORSAL_QUIZ_OUTCOME_NONE);
}

static void
assert_broken (const char *contents,
               int         code,
               const char *in_message)
{
  g_autoptr(GFile) file = modes_test_write_file ("quiz.xml", contents);
  g_autoptr(GError) error = NULL;
  g_autoptr(DorsalQuiz) quiz = dorsal_quiz_new_from_file (file, &error);

  g_assert_null (quiz);
  g_assert_error (error, DORSAL_MODES_ERROR, code);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, in_message));
  modes_test_delete_file (file);
}

#define CHOICE(id, options) \
  "<question id=\"" id "\" kind=\"choice\" view=\"anterior\"><prompt>Q?</prompt>" options \
  "<plain>Because.</plain><show>rib-left-1</show></question>\n"

static void
test_quiz_broken (void)
{
  assert_broken ("<quiz version=\"1\">\n<question>\n", DORSAL_MODES_ERROR_PARSE, "quiz.xml:3");
  /* a tap question without an answer */
  assert_broken ("<quiz version=\"1\">\n<question id=\"a\" kind=\"tap\" view=\"lateral\"><prompt>Tap</prompt>"
                 "<plain>B.</plain></question>\n</quiz>\n",
                 DORSAL_MODES_ERROR_SCHEMA, "quiz.xml:2");
  assert_broken ("<quiz version=\"1\">\n"
                 CHOICE ("a", "<option>1</option><option correct=\"yes\">2</option>")
                 CHOICE ("b", "<option correct=\"yes\">1</option><option correct=\"yes\">2</option>")
                 "</quiz>\n",
                 DORSAL_MODES_ERROR_INVALID, "quiz.xml:3: question “b” marks 2 options correct");
  assert_broken ("<quiz version=\"1\">\n"
                 CHOICE ("a", "<option>1</option><option>2</option>")
                 "</quiz>\n",
                 DORSAL_MODES_ERROR_INVALID, "quiz.xml:2: question “a” marks 0 options correct");
  assert_broken ("<quiz version=\"1\">\n"
                 CHOICE ("a", "<option correct=\"yes\">1</option>")
                 "</quiz>\n",
                 DORSAL_MODES_ERROR_INVALID, "at least two options");
  assert_broken ("<quiz version=\"1\">\n"
                 CHOICE ("a", "<option>1</option><option correct=\"yes\">2</option>")
                 CHOICE ("a", "<option>1</option><option correct=\"yes\">2</option>")
                 "</quiz>\n",
                 DORSAL_MODES_ERROR_INVALID, "quiz.xml:3: a second question with the id “a”");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  dorsal_resources_register ();

  g_test_add_func ("/modes/quiz/bank", test_quiz_bank);
  g_test_add_func ("/modes/quiz/draw", test_quiz_draw);
  g_test_add_func ("/modes/quiz/scoring", test_quiz_scoring);
  g_test_add_func ("/modes/quiz/answer-kinds", test_quiz_answer_kinds);
  g_test_add_func ("/modes/quiz/broken", test_quiz_broken);

  return g_test_run ();
}
