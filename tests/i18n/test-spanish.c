/* test-spanish.c: with LANGUAGE=es the content comes back in Spanish through the app's loaders
 *
 * Runs under the tests' LANG=C.UTF-8: gettext ignores LANGUAGE only under the plain "C" locale,
 * and C.UTF-8 honours it, so no generated locale is needed. The catalogue is the one meson
 * compiles from po/es.po into the build dir (po/es/LC_MESSAGES/dorsal.mo).
 *
 * Copyright 2026 The Dorsal authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <string.h>
#include <glib.h>
#include <glib/gi18n-lib.h>

#include "dorsal-atlas.h"
#include "dorsal-quiz.h"
#include "dorsal-resources.h"
#include "dorsal-topic.h"
#include "dorsal-tour.h"
#include "dorsal-triage.h"

static void
test_spanish_atlas (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DorsalAtlas) atlas = dorsal_atlas_load_default (&error);
  DorsalTopic *topic;
  const char * const *plain;
  const char * const *synonyms;
  gboolean found = FALSE;
  guint n_topics = 0;
  guint n_same = 0;

  g_assert_no_error (error);
  topic = dorsal_atlas_get_topic (atlas, "vertebra-t7");
  g_assert_nonnull (topic);
  g_assert_cmpstr (dorsal_topic_get_title (topic), ==, "T7, séptima vértebra torácica");
  g_assert_cmpstr (dorsal_topic_get_label (topic), ==, "T7");
  plain = dorsal_topic_get_plain (topic);
  g_assert_true (g_str_has_prefix (plain[0], "T7 es el séptimo hueso") ||
                 strstr (plain[0], "vértebra") != NULL || strstr (plain[0], "omóplato") != NULL);

  topic = dorsal_atlas_get_topic (atlas, "scapula");
  g_assert_nonnull (topic);
  g_assert_cmpstr (dorsal_topic_get_title (topic), ==, "Omóplatos (escápulas)");
  synonyms = dorsal_topic_get_synonyms (topic);
  for (guint i = 0; synonyms != NULL && synonyms[i] != NULL; i++)
    found = found || g_strcmp0 (synonyms[i], "omóplato") == 0;
  g_assert_true (found);

  /* the C strings of the model translate too */
  g_assert_cmpstr (dorsal_topic_kind_get_heading (DORSAL_TOPIC_KIND_WARNING), ==, "Señales de alarma");

  /* every topic's summary is Spanish, not the English text: count summaries that stayed English */
  for (int kind = 0; kind < DORSAL_TOPIC_N_KINDS; kind++)
    {
      g_autoptr(GPtrArray) topics = dorsal_atlas_list_topics (atlas, kind);

      for (guint i = 0; i < topics->len; i++)
        {
          DorsalTopic *t = topics->pdata[i];
          const char *summary = dorsal_topic_get_summary (t);

          n_topics++;
          /* English summaries are full of " the "; Spanish ones never are */
          if (strstr (summary, " the ") != NULL)
            {
              g_test_message ("%s: summary still in English: %s", dorsal_topic_get_id (t), summary);
              n_same++;
            }
        }
    }
  g_assert_cmpuint (n_topics, >=, 100);
  g_assert_cmpuint (n_same, ==, 0);
}

static void
test_spanish_assessment (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DorsalTriage) triage = dorsal_triage_new_default (&error);
  const DorsalQuestion *question;
  const DorsalLevel *level;

  g_assert_no_error (error);
  question = dorsal_triage_find_question (triage, "age");
  g_assert_nonnull (question);
  g_assert_cmpstr (dorsal_question_get_text (question), ==, "¿Qué edad tiene?");

  question = dorsal_triage_find_question (triage, "chest-pain");
  g_assert_nonnull (question);
  g_assert_cmpstr (dorsal_question_get_value_label (question, "yes"), ==, "Sí");
  g_assert_cmpstr (dorsal_question_get_value_label (question, "not-sure"), ==, "No lo sé");

  /* the emergency wording is exact */
  level = dorsal_triage_find_level (triage, "call-emergency");
  g_assert_nonnull (level);
  g_assert_cmpstr (dorsal_level_get_title (level), ==, "Llame al número de emergencias ahora");
  g_assert_true (g_str_has_prefix (dorsal_level_get_action (level), "Llame al número de emergencias ahora."));
  level = dorsal_triage_find_level (triage, "emergency-department");
  g_assert_nonnull (level);
  g_assert_cmpstr (dorsal_level_get_title (level), ==, "Vaya a urgencias ahora");
  g_assert_true (g_str_has_prefix (dorsal_level_get_action (level), "Vaya a urgencias ahora."));

  /* a source with "&" in it (A&E) is found as extracted */
  question = dorsal_triage_find_question (triage, "major-trauma");
  g_assert_nonnull (question);
  g_assert_nonnull (strstr (dorsal_question_get_source (question), "urgencias (A&E)"));
}

static void
test_spanish_tour_quiz (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DorsalTour) tour = dorsal_tour_load_default (&error);
  g_autoptr(DorsalQuiz) quiz = NULL;
  DorsalQuizQuestion *question;

  g_assert_no_error (error);
  g_assert_cmpstr (dorsal_tour_get_step_id (tour, 0), ==, "upper-back");
  g_assert_cmpstr (dorsal_tour_get_step_title (tour, 0), ==, "La parte alta de su espalda");

  quiz = dorsal_quiz_load_default (&error);
  g_assert_no_error (error);
  question = dorsal_quiz_lookup (quiz, "tap-t7");
  g_assert_nonnull (question);
  g_assert_cmpstr (dorsal_quiz_question_get_prompt (question), ==, "Toque T7, la séptima vértebra torácica.");
}

int
main (int   argc,
      char *argv[])
{
  const char *build_root = g_getenv ("DORSAL_BUILD_ROOT");
  g_autofree char *locale_dir = NULL;
  g_autofree char *mo = NULL;

  g_setenv ("LANGUAGE", "es", TRUE);
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_assert_nonnull (build_root);
  locale_dir = g_build_filename (build_root, "po", NULL);
  mo = g_build_filename (locale_dir, "es", "LC_MESSAGES", GETTEXT_PACKAGE ".mo", NULL);
  g_assert_true (g_file_test (mo, G_FILE_TEST_IS_REGULAR));
  bindtextdomain (GETTEXT_PACKAGE, locale_dir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  dorsal_resources_register ();

  g_test_add_func ("/i18n/spanish/atlas", test_spanish_atlas);
  g_test_add_func ("/i18n/spanish/assessment", test_spanish_assessment);
  g_test_add_func ("/i18n/spanish/tour-quiz", test_spanish_tour_quiz);

  return g_test_run ();
}
