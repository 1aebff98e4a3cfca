/* test-tokens.c: white space around attribute values, which the schemas accept, reads as the bare value
 *
 * The content schemas give attributes token types, and RELAX NG matches a token whatever white
 * space surrounds it. A fuzzer found that kind=" structure " passed the atlas schema and then
 * stopped the loader at an assertion. Every loader now folds attribute values as the schema does;
 * this test pads every attribute of every real content file and checks each loader reads the
 * same content as from the original.
 *
 * Copyright 2026 The Dorsal authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>

#include "dorsal-atlas.h"
#include "dorsal-quiz.h"
#include "dorsal-referred.h"
#include "dorsal-resources.h"
#include "dorsal-tour.h"
#include "dorsal-triage.h"

/* Writes a copy of the content file @name with white space around the value of every attribute
 * the schemas type as a choice of tokens (after the XML declaration, whose values may not be
 * padded) and returns it. Ids are patterned strings, where white space is an error. */
static GFile *
padded_copy (const char *name,
             const char *dir)
{
  g_autoptr(GFile) original = dorsal_content_file (name);
  g_autoptr(GError) error = NULL;
  g_autoptr(GRegex) regex = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *padded = NULL;
  g_autofree char *copy = NULL;
  g_autofree char *path = g_build_filename (dir, name, NULL);
  const char *body;

  g_file_load_contents (original, NULL, &contents, NULL, NULL, &error);
  g_assert_no_error (error);
  body = strstr (contents, "?>");
  g_assert_nonnull (body);
  body += 2;

  regex = g_regex_new ("(\\s(?:version|kind|view|answer|correct))=\"([^\"]*)\"", 0, 0, &error);
  g_assert_no_error (error);
  padded = g_regex_replace (regex, body, -1, 0, "\\1=\" \t\\2\n  \"", 0, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (padded, !=, body);

  copy = g_strconcat ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>", padded, NULL);
  g_file_set_contents (path, copy, -1, &error);
  g_assert_no_error (error);
  return g_file_new_for_path (path);
}

static char *
make_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("dorsal-tokens-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

static void
remove_dir (const char *dir)
{
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  const char *name;

  while (listing != NULL && (name = g_dir_read_name (listing)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_unlink (path);
    }
  g_rmdir (dir);
}

static void
test_atlas (void)
{
  g_autofree char *dir = make_dir ();
  g_autoptr(GError) error = NULL;
  g_autoptr(DorsalAtlas) original = dorsal_atlas_load_default (&error);
  g_autoptr(DorsalAtlas) padded = dorsal_atlas_new ();
  const char *files[] = { "atlas.xml", "atlas-care.xml" };

  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autoptr(GFile) file = padded_copy (files[i], dir);

      dorsal_atlas_add_file (padded, file, &error);
      g_assert_no_error (error);
    }
  dorsal_atlas_check (padded, &error);
  g_assert_no_error (error);

  g_assert_cmpuint (dorsal_atlas_get_n_topics (padded), ==, dorsal_atlas_get_n_topics (original));
  for (guint k = 0; k < DORSAL_TOPIC_N_KINDS; k++)
    {
      g_autoptr(GPtrArray) wanted = dorsal_atlas_list_topics (original, (DorsalTopicKind) k);
      g_autoptr(GPtrArray) found = dorsal_atlas_list_topics (padded, (DorsalTopicKind) k);

      g_assert_cmpuint (found->len, ==, wanted->len);
      for (guint i = 0; i < wanted->len; i++)
        {
          DorsalTopic *want = g_ptr_array_index (wanted, i);
          DorsalTopic *got = dorsal_atlas_get_topic (padded, dorsal_topic_get_id (want));

          g_assert_nonnull (got);
          g_assert_cmpint (dorsal_topic_get_kind (got), ==, dorsal_topic_get_kind (want));
          g_assert_cmpuint (dorsal_topic_get_n_shows (got), ==, dorsal_topic_get_n_shows (want));
          for (guint s = 0; s < dorsal_topic_get_n_shows (want); s++)
            g_assert_cmpstr (dorsal_topic_get_show_view (got, s), ==,
                             dorsal_topic_get_show_view (want, s));
        }
    }
  remove_dir (dir);
}

static void
test_triage (void)
{
  g_autofree char *dir = make_dir ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = padded_copy ("assessment.xml", dir);
  g_autoptr(DorsalTriage) original = dorsal_triage_new_default (&error);
  g_autoptr(DorsalTriage) padded = NULL;

  g_assert_no_error (error);
  padded = dorsal_triage_new_from_file (file, &error);
  g_assert_no_error (error);

  g_assert_cmpuint (dorsal_triage_get_n_questions (padded), ==, dorsal_triage_get_n_questions (original));
  g_assert_cmpuint (dorsal_triage_get_n_rules (padded), ==, dorsal_triage_get_n_rules (original));
  for (guint i = 0; i < dorsal_triage_get_n_questions (original); i++)
    {
      const DorsalQuestion *want = dorsal_triage_get_question (original, i);
      const DorsalQuestion *got = dorsal_triage_get_question (padded, i);
      const DorsalLevel *want_level = dorsal_question_get_yes_level (want);
      const DorsalLevel *got_level = dorsal_question_get_yes_level (got);

      g_assert_cmpstr (dorsal_question_get_id (got), ==, dorsal_question_get_id (want));
      g_assert_cmpint (dorsal_question_get_kind (got), ==, dorsal_question_get_kind (want));
      g_assert_cmpint (dorsal_question_get_optional (got), ==, dorsal_question_get_optional (want));
      g_assert_cmpuint (dorsal_question_get_min (got), ==, dorsal_question_get_min (want));
      g_assert_cmpuint (dorsal_question_get_max (got), ==, dorsal_question_get_max (want));
      g_assert_true ((got_level == NULL) == (want_level == NULL));
      g_assert_true (g_strv_equal (dorsal_question_get_values (got), dorsal_question_get_values (want)));
    }
  remove_dir (dir);
}

static void
test_referred (void)
{
  g_autofree char *dir = make_dir ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = padded_copy ("referred.xml", dir);
  g_autoptr(DorsalReferred) original = dorsal_referred_new_default (&error);
  g_autoptr(DorsalReferred) padded = NULL;

  g_assert_no_error (error);
  padded = dorsal_referred_new_from_file (file, &error);
  g_assert_no_error (error);

  g_assert_cmpuint (dorsal_referred_get_n_organs (padded), ==, dorsal_referred_get_n_organs (original));
  for (guint i = 0; i < dorsal_referred_get_n_organs (original); i++)
    {
      const DorsalReferredOrgan *want = dorsal_referred_get_organ (original, i);
      const DorsalReferredOrgan *got = dorsal_referred_get_organ (padded, i);

      g_assert_cmpstr (dorsal_referred_organ_get_id (got), ==, dorsal_referred_organ_get_id (want));
      g_assert_cmpstr (dorsal_referred_organ_get_level (got), ==, dorsal_referred_organ_get_level (want));
      g_assert_true (g_strv_equal (dorsal_referred_organ_get_zones (got), dorsal_referred_organ_get_zones (want)));
    }
  remove_dir (dir);
}

static void
test_tour_and_quiz (void)
{
  g_autofree char *dir = make_dir ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) tour_file = padded_copy ("tour.xml", dir);
  g_autoptr(GFile) quiz_file = padded_copy ("quiz.xml", dir);
  g_autoptr(DorsalTour) tour = dorsal_tour_load_default (&error);
  g_autoptr(DorsalTour) padded_tour = NULL;
  g_autoptr(DorsalQuiz) quiz = NULL;
  g_autoptr(DorsalQuiz) padded_quiz = NULL;

  g_assert_no_error (error);
  padded_tour = dorsal_tour_new_from_file (tour_file, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (dorsal_tour_get_n_steps (padded_tour), ==, dorsal_tour_get_n_steps (tour));
  for (guint i = 0; i < dorsal_tour_get_n_steps (tour); i++)
    {
      g_assert_cmpstr (dorsal_tour_get_step_id (padded_tour, i), ==, dorsal_tour_get_step_id (tour, i));
      g_assert_cmpstr (dorsal_tour_get_step_view (padded_tour, i), ==, dorsal_tour_get_step_view (tour, i));
    }

  quiz = dorsal_quiz_load_default (&error);
  g_assert_no_error (error);
  padded_quiz = dorsal_quiz_new_from_file (quiz_file, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (dorsal_quiz_get_n_questions (padded_quiz), ==, dorsal_quiz_get_n_questions (quiz));
  for (guint i = 0; i < dorsal_quiz_get_n_questions (quiz); i++)
    {
      DorsalQuizQuestion *want = dorsal_quiz_get_question (quiz, i);
      DorsalQuizQuestion *got = dorsal_quiz_get_question (padded_quiz, i);

      g_assert_cmpstr (dorsal_quiz_question_get_id (got), ==, dorsal_quiz_question_get_id (want));
      g_assert_cmpint (dorsal_quiz_question_get_kind (got), ==, dorsal_quiz_question_get_kind (want));
      g_assert_cmpstr (dorsal_quiz_question_get_view (got), ==, dorsal_quiz_question_get_view (want));
      g_assert_cmpuint (dorsal_quiz_question_get_n_options (got), ==, dorsal_quiz_question_get_n_options (want));
    }
  remove_dir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  dorsal_resources_register ();

  g_test_add_func ("/tokens/atlas", test_atlas);
  g_test_add_func ("/tokens/triage", test_triage);
  g_test_add_func ("/tokens/referred", test_referred);
  g_test_add_func ("/tokens/tour-and-quiz", test_tour_and_quiz);

  return g_test_run ();
}
