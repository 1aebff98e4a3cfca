/* test-content-ids.c: every id the tour and the quiz use is drawn in its view and has an atlas topic
 *
 * Copyright 2026 The Dorsal authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "dorsal-atlas.h"
#include "dorsal-quiz.h"
#include "dorsal-resources.h"
#include "dorsal-svg-index.h"
#include "dorsal-tour.h"

static const char * const views[] = { "posterior", "anterior", "lateral", "vertebra" };

typedef struct
{
  GHashTable  *indexes;  /* view → DorsalSvgIndex */
  DorsalAtlas *atlas;
  guint        checked;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->indexes = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_object_unref);
  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    {
      g_autofree char *path = g_strdup_printf ("diagrams/%s.svg", views[i]);
      g_autoptr(GFile) file = dorsal_resource_file (path);
      DorsalSvgIndex *index = dorsal_svg_index_new_from_file (file, &error);

      g_assert_no_error (error);
      g_hash_table_insert (fixture->indexes, (gpointer) views[i], index);
    }

  fixture->atlas = dorsal_atlas_load_default (&error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_pointer (&fixture->indexes, g_hash_table_unref);
  g_clear_object (&fixture->atlas);
}

/* @id must be a structure a person can pick in @view, and the atlas must
 * have the structure or body-area topic that claims it. */
static void
check_id (Fixture    *fixture,
          const char *where,
          const char *view,
          const char *id)
{
  DorsalSvgIndex *index = g_hash_table_lookup (fixture->indexes, view);
  DorsalTopic *topic;

  g_assert_nonnull (index);
  if (!dorsal_svg_index_has_id (index, id))
    g_error ("%s: %s is not drawn in the %s view", where, id, view);
  /* an area where organ pain is felt (the tour's referred-pain step) is
   * picked in referred-pain mode and belongs to its organ's topic */
  if (dorsal_svg_index_get_kind (index, id) == DORSAL_SVG_KIND_REFERRED)
    {
      topic = dorsal_atlas_topic_for_svg_id (fixture->atlas, id);
      if (topic == NULL)
        g_error ("%s: %s belongs to no organ topic", where, id);
      fixture->checked++;
      return;
    }
  if (dorsal_svg_index_get_kind (index, id) != DORSAL_SVG_KIND_STRUCTURE)
    g_error ("%s: %s is not a structure one can pick in the %s view", where, id, view);

  topic = dorsal_atlas_topic_for_svg_id (fixture->atlas, id);
  if (topic == NULL)
    g_error ("%s: %s has no atlas topic", where, id);
  g_assert_true (dorsal_topic_get_kind (topic) == DORSAL_TOPIC_KIND_STRUCTURE ||
                 dorsal_topic_get_kind (topic) == DORSAL_TOPIC_KIND_AREA);

  fixture->checked++;
}

static void
test_tour_ids (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DorsalTour) tour = dorsal_tour_load_default (&error);

  g_assert_no_error (error);
  for (guint i = 0; i < dorsal_tour_get_n_steps (tour); i++)
    {
      const char * const *ids = dorsal_tour_get_step_ids (tour, i);
      g_autofree char *where = g_strdup_printf ("tour step “%s”", dorsal_tour_get_step_id (tour, i));

      for (guint j = 0; ids[j] != NULL; j++)
        check_id (fixture, where, dorsal_tour_get_step_view (tour, i), ids[j]);
    }

  g_assert_cmpuint (fixture->checked, >=, dorsal_tour_get_n_steps (tour));
}

static void
test_quiz_ids (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DorsalQuiz) quiz = dorsal_quiz_load_default (&error);

  g_assert_no_error (error);
  for (guint i = 0; i < dorsal_quiz_get_n_questions (quiz); i++)
    {
      DorsalQuizQuestion *question = dorsal_quiz_get_question (quiz, i);
      const char * const *answers = dorsal_quiz_question_get_answer_ids (question);
      const char * const *shown = dorsal_quiz_question_get_show_ids (question);
      const char *view = dorsal_quiz_question_get_view (question);
      g_autofree char *where = g_strdup_printf ("quiz question “%s”", dorsal_quiz_question_get_id (question));

      for (guint j = 0; answers[j] != NULL; j++)
        check_id (fixture, where, view, answers[j]);
      for (guint j = 0; shown[j] != NULL; j++)
        check_id (fixture, where, view, shown[j]);
    }

  g_assert_cmpuint (fixture->checked, >=, dorsal_quiz_get_n_questions (quiz));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  dorsal_resources_register ();

  g_test_add ("/modes/content-ids/tour", Fixture, NULL, fixture_set_up, test_tour_ids, fixture_tear_down);
  g_test_add ("/modes/content-ids/quiz", Fixture, NULL, fixture_set_up, test_quiz_ids, fixture_tear_down);

  return g_test_run ();
}
