/* test-lookup.c: the loaders look up every content string exactly as the ITS rules extract it
 *
 * The test binds the text domain to a pseudo-translation of every message of the current
 * sources (built by pseudo-mo.py: each msgstr is "⟦msgid⟧") and loads the bundled content
 * through DorsalAtlas, DorsalTriage, DorsalTour, DorsalQuiz and DorsalReferred. Any text that comes back
 * without the brackets was looked up with a msgid or a context that extraction did not
 * produce, so it could never be translated.
 *
 * Copyright 2026 The Dorsal authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <glib.h>
#include <glib/gi18n-lib.h>

#include "dorsal-atlas.h"
#include "dorsal-quiz.h"
#include "dorsal-referred.h"
#include "dorsal-resources.h"
#include "dorsal-topic.h"
#include "dorsal-tour.h"
#include "dorsal-triage.h"

typedef struct
{
  GPtrArray *bad;
  guint      checked;
} Check;

static void
check_text (Check      *check,
            const char *where,
            const char *text)
{
  check->checked++;
  if (text == NULL)
    {
      g_ptr_array_add (check->bad, g_strdup_printf ("%s: (null)", where));
      return;
    }
  if (!g_str_has_prefix (text, "⟦") || !g_str_has_suffix (text, "⟧"))
    g_ptr_array_add (check->bad, g_strdup_printf ("%s: not looked up as extracted: “%.80s”",
                                                  where, text));
}

static void
check_finish (Check      *check,
              const char *what,
              guint       at_least)
{
  for (guint i = 0; i < check->bad->len && i < 40; i++)
    g_test_message ("%s", (const char *) check->bad->pdata[i]);
  g_test_message ("%s: %u texts checked, %u not translatable", what, check->checked, check->bad->len);
  g_assert_cmpuint (check->bad->len, ==, 0);
  g_assert_cmpuint (check->checked, >=, at_least);
  g_ptr_array_unref (check->bad);
}

static void
test_lookup_atlas (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DorsalAtlas) atlas = dorsal_atlas_load_default (&error);
  Check check = { g_ptr_array_new_with_free_func (g_free), 0 };
  guint n_topics = 0;

  g_assert_no_error (error);
  g_assert_nonnull (atlas);

  for (int kind = 0; kind < DORSAL_TOPIC_N_KINDS; kind++)
    {
      g_autoptr(GPtrArray) topics = dorsal_atlas_list_topics (atlas, kind);

      check_text (&check, "topic kind heading", dorsal_topic_kind_get_heading (kind));
      check_text (&check, "topic kind name", dorsal_topic_kind_get_name (kind));

      for (guint i = 0; i < topics->len; i++)
        {
          DorsalTopic *topic = topics->pdata[i];
          const char *id = dorsal_topic_get_id (topic);
          g_autofree char *where = g_strdup_printf ("%s:%d (%s)", dorsal_topic_get_file (topic),
                                                    dorsal_topic_get_line (topic), id);
          const char * const *texts;

          n_topics++;
          check_text (&check, where, dorsal_topic_get_title (topic));
          check_text (&check, where, dorsal_topic_get_label (topic));
          check_text (&check, where, dorsal_topic_get_summary (topic));
          texts = dorsal_topic_get_plain (topic);
          g_assert_true (texts != NULL && texts[0] != NULL);
          for (guint j = 0; texts[j] != NULL; j++)
            check_text (&check, where, texts[j]);
          texts = dorsal_topic_get_clinical (topic);
          g_assert_true (texts != NULL && texts[0] != NULL);
          for (guint j = 0; texts[j] != NULL; j++)
            check_text (&check, where, texts[j]);
          texts = dorsal_topic_get_synonyms (topic);
          for (guint j = 0; texts != NULL && texts[j] != NULL; j++)
            check_text (&check, where, texts[j]);
          for (guint j = 0; j < dorsal_topic_get_n_sources (topic); j++)
            check_text (&check, where, dorsal_topic_get_source_title (topic, j));
        }
    }

  g_assert_cmpuint (n_topics, ==, dorsal_atlas_get_n_topics (atlas));
  g_assert_cmpuint (n_topics, >=, 100);
  check_finish (&check, "atlas", 1500);
}

static void
test_lookup_assessment (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DorsalTriage) triage = dorsal_triage_new_default (&error);
  Check check = { g_ptr_array_new_with_free_func (g_free), 0 };

  g_assert_no_error (error);
  g_assert_nonnull (triage);

  check_text (&check, "notice", dorsal_triage_get_notice (triage));
  check_text (&check, "not-sure note", dorsal_triage_get_answer_note (triage, "not-sure"));

  for (guint i = 0; i < dorsal_triage_get_n_levels (triage); i++)
    {
      const DorsalLevel *level = dorsal_triage_get_level (triage, i);
      g_autofree char *where = g_strdup_printf ("level %s", dorsal_level_get_id (level));

      check_text (&check, where, dorsal_level_get_title (level));
      check_text (&check, where, dorsal_level_get_action (level));
      check_text (&check, where, dorsal_level_get_why (level));
      check_text (&check, where, dorsal_level_get_if_worse (level));
    }

  for (guint i = 0; i < dorsal_triage_get_n_questions (triage); i++)
    {
      const DorsalQuestion *question = dorsal_triage_get_question (triage, i);
      const char * const *values = dorsal_question_get_values (question);
      g_autofree char *where = g_strdup_printf ("question %s", dorsal_question_get_id (question));

      check_text (&check, where, dorsal_question_get_text (question));
      check_text (&check, where, dorsal_question_get_why (question));
      check_text (&check, where, dorsal_question_get_source (question));
      if (dorsal_question_get_explanation (question) != NULL)
        check_text (&check, where, dorsal_question_get_explanation (question));
      for (guint j = 0; values != NULL && values[j] != NULL; j++)
        {
          g_autofree char *value_where = g_strdup_printf ("%s value %s", where, values[j]);

          check_text (&check, value_where, dorsal_question_get_value_label (question, values[j]));
        }
    }

  for (guint i = 0; i < dorsal_triage_get_n_rules (triage); i++)
    {
      const DorsalRule *rule = dorsal_triage_get_rule (triage, i);
      g_autofree char *where = g_strdup_printf ("rule %s", dorsal_rule_get_id (rule));

      check_text (&check, where, dorsal_rule_get_why (rule));
      check_text (&check, where, dorsal_rule_get_source (rule));
      check_text (&check, where, dorsal_rule_get_explanation (rule));
    }

  check_finish (&check, "assessment", 100);
}

static void
test_lookup_tour (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DorsalTour) tour = dorsal_tour_load_default (&error);
  Check check = { g_ptr_array_new_with_free_func (g_free), 0 };

  g_assert_no_error (error);
  g_assert_nonnull (tour);

  for (guint i = 0; i < dorsal_tour_get_n_steps (tour); i++)
    {
      g_autofree char *where = g_strdup_printf ("tour step %s", dorsal_tour_get_step_id (tour, i));

      check_text (&check, where, dorsal_tour_get_step_title (tour, i));
      check_text (&check, where, dorsal_tour_get_step_text (tour, i));
    }

  check_finish (&check, "tour", 20);
}

static void
test_lookup_quiz (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DorsalQuiz) quiz = dorsal_quiz_load_default (&error);
  Check check = { g_ptr_array_new_with_free_func (g_free), 0 };

  g_assert_no_error (error);
  g_assert_nonnull (quiz);

  for (guint i = 0; i < dorsal_quiz_get_n_questions (quiz); i++)
    {
      DorsalQuizQuestion *question = dorsal_quiz_get_question (quiz, i);
      g_autofree char *where = g_strdup_printf ("quiz question %s",
                                                dorsal_quiz_question_get_id (question));

      check_text (&check, where, dorsal_quiz_question_get_prompt (question));
      check_text (&check, where, dorsal_quiz_question_get_explanation (question));
      for (guint j = 0; j < dorsal_quiz_question_get_n_options (question); j++)
        check_text (&check, where, dorsal_quiz_question_get_option (question, j));
    }

  check_finish (&check, "quiz", 60);
}

static void
test_lookup_referred (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DorsalReferred) referred = dorsal_referred_new_default (&error);
  Check check = { g_ptr_array_new_with_free_func (g_free), 0 };
  const char * const *levels;

  g_assert_no_error (error);
  g_assert_nonnull (referred);

  for (guint i = 0; i < dorsal_referred_get_n_organs (referred); i++)
    {
      const DorsalReferredOrgan *organ = dorsal_referred_get_organ (referred, i);
      g_autofree char *where = g_strdup_printf ("organ %s", dorsal_referred_organ_get_id (organ));

      check_text (&check, where, dorsal_referred_organ_get_name (organ));
      check_text (&check, where, dorsal_referred_organ_get_feels (organ));
      for (guint j = 0; j < dorsal_referred_organ_get_n_warnings (organ); j++)
        check_text (&check, where, dorsal_referred_organ_get_warning (organ, j));
      for (guint j = 0; j < dorsal_referred_organ_get_n_sources (organ); j++)
        check_text (&check, where, dorsal_referred_organ_get_source (organ, j));
    }

  levels = dorsal_referred_get_spinal_levels (referred);
  for (guint i = 0; levels != NULL && levels[i] != NULL; i++)
    {
      g_autofree char *where = g_strdup_printf ("spinal level %s", levels[i]);

      check_text (&check, where, dorsal_referred_get_spinal_level_text (referred, levels[i]));
    }

  check_finish (&check, "referred", 60);
}

int
main (int   argc,
      char *argv[])
{
  const char *build_root = g_getenv ("DORSAL_BUILD_ROOT");
  g_autofree char *locale_dir = NULL;

  /* gettext ignores LANGUAGE only under the plain C locale; C.UTF-8 (the tests' LANG) honours it */
  g_setenv ("LANGUAGE", "xx", TRUE);
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_assert_nonnull (build_root);
  locale_dir = g_build_filename (build_root, "tests", "i18n", "pseudo", NULL);
  g_assert_true (g_file_test (locale_dir, G_FILE_TEST_IS_DIR));
  bindtextdomain (GETTEXT_PACKAGE, locale_dir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  dorsal_resources_register ();

  /* the catalogue is found at all: a known message comes back bracketed */
  g_assert_cmpstr (g_dpgettext2 (GETTEXT_PACKAGE, "age", "How old are you?"), ==, "⟦How old are you?⟧");

  g_test_add_func ("/i18n/lookup/atlas", test_lookup_atlas);
  g_test_add_func ("/i18n/lookup/assessment", test_lookup_assessment);
  g_test_add_func ("/i18n/lookup/tour", test_lookup_tour);
  g_test_add_func ("/i18n/lookup/quiz", test_lookup_quiz);
  g_test_add_func ("/i18n/lookup/referred", test_lookup_referred);

  return g_test_run ();
}
