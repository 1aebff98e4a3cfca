/* test-triage.c: the engine and assessment.xml agree with triage-policy.md
 *
 * Copyright 2026 The Dorsal authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "dorsal-triage.h"
#include "assessment-oracle.h"

#define N_GENERATED 100000
#define SEED        20261125

static DorsalTriage *
load_triage (void)
{
  g_autoptr(GError) error = NULL;
  DorsalTriage *triage = dorsal_triage_new_default (&error);

  g_assert_no_error (error);
  g_assert_nonnull (triage);
  return triage;
}

static void
oracle_to_answers (const OracleAnswers *a,
                   DorsalAnswers       *answers)
{
  g_autoptr(GString) zones = g_string_new (NULL);
  char age[8];

  dorsal_answers_clear (answers);
  if (a->age == ORACLE_AGE_UNKNOWN)
    dorsal_answers_set (answers, "age", "unknown");
  else
    {
      g_snprintf (age, sizeof age, "%d", a->age);
      dorsal_answers_set (answers, "age", age);
    }
  dorsal_answers_set (answers, "sex", oracle_sexes[a->sex]);
  dorsal_answers_set (answers, "duration", oracle_durations[a->duration]);
  for (guint i = 0; i < ORACLE_N_YESNO; i++)
    dorsal_answers_set (answers, oracle_yesno[i].id, oracle_yesno_answers[a->yesno[i]]);
  for (guint i = 0; i < G_N_ELEMENTS (oracle_zones); i++)
    if (a->zones & (1u << i))
      g_string_append_printf (zones, "%s;", oracle_zones[i]);
  if (a->zones != 0)
    dorsal_answers_set (answers, "pain-location", zones->str);
}

static void
baseline (OracleAnswers *a)
{
  memset (a, 0, sizeof *a);
  a->age = 30;
  a->sex = 1;          /* male */
  a->duration = 0;     /* under-6-weeks */
}

static char *
engine_reasons (DorsalOutcome *outcome)
{
  GString *reasons = g_string_new (NULL);

  for (guint i = 0; i < dorsal_outcome_get_n_reasons (outcome); i++)
    {
      if (i > 0)
        g_string_append_c (reasons, ';');
      g_string_append (reasons, dorsal_outcome_get_reason (outcome, i));
    }
  return g_string_free (reasons, FALSE);
}

static void
assert_outcome (DorsalTriage  *triage,
                DorsalAnswers *answers,
                const char    *level,
                const char    *reasons)
{
  g_autoptr(DorsalOutcome) outcome = dorsal_triage_evaluate (triage, answers);
  g_autofree char *got = engine_reasons (outcome);

  g_assert_cmpstr (dorsal_level_get_id (dorsal_outcome_get_level (outcome)), ==, level);
  g_assert_cmpstr (got, ==, reasons);
}

static void
test_matches_policy (void)
{
  g_autoptr(DorsalTriage) triage = load_triage ();
  const DorsalQuestion *q;
  const DorsalRule *rule;

  g_assert_cmpuint (dorsal_triage_get_n_levels (triage), ==, ORACLE_N_LEVELS);
  for (guint i = 0; i < ORACLE_N_LEVELS; i++)
    {
      const DorsalLevel *level = dorsal_triage_get_level (triage, i);

      g_assert_cmpstr (dorsal_level_get_id (level), ==, oracle_level_ids[i]);
      g_assert_cmpuint (dorsal_level_get_rank (level), ==, i);
      g_assert_true (dorsal_triage_find_level (triage, oracle_level_ids[i]) == level);
      /* "In the app": these two interrupt, and only these */
      g_assert_cmpint (dorsal_level_get_interrupts (level), ==,
                       i == ORACLE_CALL_EMERGENCY || i == ORACLE_EMERGENCY_DEPARTMENT);
    }

  g_assert_cmpuint (dorsal_triage_get_n_questions (triage), ==, G_N_ELEMENTS (oracle_question_ids));
  for (guint i = 0; i < G_N_ELEMENTS (oracle_question_ids); i++)
    {
      q = dorsal_triage_get_question (triage, i);
      g_assert_cmpstr (dorsal_question_get_id (q), ==, oracle_question_ids[i]);
      g_assert_true (dorsal_triage_find_question (triage, oracle_question_ids[i]) == q);
      g_assert_cmpint (dorsal_question_get_optional (q), ==,
                       g_str_equal (oracle_question_ids[i], "pain-location"));
    }

  for (guint i = 0; i < ORACLE_N_YESNO; i++)
    {
      g_autofree char *topic = g_strconcat ("warning-", oracle_yesno[i].id, NULL);

      q = dorsal_triage_find_question (triage, oracle_yesno[i].id);
      g_assert_nonnull (q);
      g_assert_cmpint (dorsal_question_get_kind (q), ==, DORSAL_QUESTION_YESNO);
      g_assert_cmpstr (dorsal_level_get_id (dorsal_question_get_yes_level (q)), ==,
                       oracle_level_ids[oracle_yesno[i].yes]);
      g_assert_cmpstr (dorsal_question_get_topic (q), ==, topic);
      g_assert_cmpstrv (dorsal_question_get_values (q),
                        ((const char * const[]) { "yes", "no", "not-sure", NULL }));
    }

  q = dorsal_triage_find_question (triage, "age");
  g_assert_cmpint (dorsal_question_get_kind (q), ==, DORSAL_QUESTION_NUMBER);
  g_assert_cmpuint (dorsal_question_get_min (q), ==, 0);
  g_assert_cmpuint (dorsal_question_get_max (q), ==, 120);
  g_assert_cmpstrv (dorsal_question_get_values (q), ((const char * const[]) { "unknown", NULL }));
  g_assert_null (dorsal_question_get_yes_level (q));

  q = dorsal_triage_find_question (triage, "sex");
  g_assert_cmpint (dorsal_question_get_kind (q), ==, DORSAL_QUESTION_CHOICE);
  g_assert_cmpstrv (dorsal_question_get_values (q),
                    ((const char * const[]) { "female", "male", "unspecified", NULL }));

  q = dorsal_triage_find_question (triage, "duration");
  g_assert_cmpint (dorsal_question_get_kind (q), ==, DORSAL_QUESTION_CHOICE);
  g_assert_cmpstrv (dorsal_question_get_values (q),
                    ((const char * const[]) { "under-6-weeks", "6-to-12-weeks", "over-12-weeks", NULL }));

  q = dorsal_triage_find_question (triage, "pain-location");
  g_assert_cmpint (dorsal_question_get_kind (q), ==, DORSAL_QUESTION_ZONES);
  g_assert_cmpstrv (dorsal_question_get_values (q),
                    ((const char * const[]) { "neck", "between-shoulder-blades", "mid-back",
                                              "band-left", "band-right", "chest-front",
                                              "lower-back", NULL }));
  g_assert_null (dorsal_question_get_yes_level (q));

  g_assert_cmpuint (dorsal_triage_get_n_rules (triage), ==, 2);
  rule = dorsal_triage_get_rule (triage, 0);
  g_assert_cmpstr (dorsal_rule_get_id (rule), ==, "fracture-risk");
  g_assert_cmpstr (dorsal_level_get_id (dorsal_rule_get_level (rule)), ==, "soon");
  g_assert_cmpstr (dorsal_rule_get_topic (rule), ==, "warning-fracture-risk");
  g_assert_true (dorsal_triage_find_rule (triage, "fracture-risk") == rule);
  rule = dorsal_triage_get_rule (triage, 1);
  g_assert_cmpstr (dorsal_rule_get_id (rule), ==, "lasting-pain");
  g_assert_cmpstr (dorsal_level_get_id (dorsal_rule_get_level (rule)), ==, "routine");
  g_assert_cmpstr (dorsal_rule_get_topic (rule), ==, "warning-lasting-pain");
  g_assert_null (dorsal_triage_find_rule (triage, "chest-pain"));
  g_assert_null (dorsal_triage_find_question (triage, "fracture-risk"));
}

static void
assert_text (const char *text)
{
  g_assert_nonnull (text);
  g_assert_cmpuint (strlen (text), >, 1);
  g_assert_true (g_utf8_validate (text, -1, NULL));
  /* one message per element, whitespace folded as xgettext folds it */
  g_assert_null (strchr (text, '\n'));
  g_assert_false (g_ascii_isspace (text[0]));
  g_assert_false (g_ascii_isspace (text[strlen (text) - 1]));
}

static void
test_texts (void)
{
  g_autoptr(DorsalTriage) triage = load_triage ();

  assert_text (dorsal_triage_get_notice (triage));
  g_assert_nonnull (strstr (dorsal_triage_get_notice (triage), "not a diagnosis"));
  assert_text (dorsal_triage_get_answer_note (triage, "not-sure"));
  g_assert_null (dorsal_triage_get_answer_note (triage, "yes"));
  g_assert_null (dorsal_triage_get_answer_note (triage, "no"));

  for (guint i = 0; i < dorsal_triage_get_n_levels (triage); i++)
    {
      const DorsalLevel *level = dorsal_triage_get_level (triage, i);

      assert_text (dorsal_level_get_title (level));
      assert_text (dorsal_level_get_action (level));
      assert_text (dorsal_level_get_why (level));
      assert_text (dorsal_level_get_if_worse (level));
    }

  for (guint i = 0; i < dorsal_triage_get_n_questions (triage); i++)
    {
      const DorsalQuestion *q = dorsal_triage_get_question (triage, i);
      const char * const *values = dorsal_question_get_values (q);

      assert_text (dorsal_question_get_text (q));
      assert_text (dorsal_question_get_why (q));
      assert_text (dorsal_question_get_source (q));
      if (dorsal_question_get_kind (q) == DORSAL_QUESTION_YESNO)
        assert_text (dorsal_question_get_explanation (q));
      else
        g_assert_null (dorsal_question_get_explanation (q));
      for (guint v = 0; values[v] != NULL; v++)
        assert_text (dorsal_question_get_value_label (q, values[v]));
      g_assert_null (dorsal_question_get_value_label (q, "no-such-value"));
    }

  for (guint i = 0; i < dorsal_triage_get_n_rules (triage); i++)
    {
      const DorsalRule *rule = dorsal_triage_get_rule (triage, i);

      assert_text (dorsal_rule_get_why (rule));
      assert_text (dorsal_rule_get_source (rule));
      assert_text (dorsal_rule_get_explanation (rule));
    }

  g_assert_cmpstr (dorsal_question_get_value_label (dorsal_triage_find_question (triage, "fever"),
                                                    "not-sure"), ==, "Not sure");
}

static guint
load_example_answers (GKeyFile      *key_file,
                      DorsalAnswers *answers)
{
  g_auto(GStrv) keys = g_key_file_get_keys (key_file, "answers", NULL, NULL);
  guint n = 0;

  g_assert_nonnull (keys);
  for (; keys[n] != NULL; n++)
    {
      g_autofree char *value = g_key_file_get_string (key_file, "answers", keys[n], NULL);

      dorsal_answers_set (answers, keys[n], value);
    }
  return n;
}

static void
oracle_from_answers (DorsalAnswers *answers,
                     OracleAnswers *a)
{
  const char *age = dorsal_answers_get (answers, "age");

  memset (a, 0, sizeof *a);
  a->age = g_str_equal (age, "unknown") ? ORACLE_AGE_UNKNOWN : atoi (age);
  for (guint i = 0; i < G_N_ELEMENTS (oracle_sexes); i++)
    if (g_str_equal (dorsal_answers_get (answers, "sex"), oracle_sexes[i]))
      a->sex = i;
  for (guint i = 0; i < G_N_ELEMENTS (oracle_durations); i++)
    if (g_str_equal (dorsal_answers_get (answers, "duration"), oracle_durations[i]))
      a->duration = i;
  for (guint i = 0; i < ORACLE_N_YESNO; i++)
    for (guint v = 0; v < 3; v++)
      if (g_str_equal (dorsal_answers_get (answers, oracle_yesno[i].id), oracle_yesno_answers[v]))
        a->yesno[i] = v;
}

static void
test_examples (void)
{
  g_autoptr(DorsalTriage) triage = load_triage ();
  g_autofree char *dir_path = g_build_filename (g_getenv ("DORSAL_SHARED"), "clinical", "examples", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, &error);
  g_autoptr(GString) oracle_reasons = g_string_new (NULL);
  const char *name;
  guint n = 0;

  g_assert_no_error (error);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir_path, name, NULL);
      g_autoptr(GKeyFile) key_file = g_key_file_new ();
      g_autoptr(DorsalAnswers) answers = dorsal_answers_new ();
      g_autoptr(DorsalOutcome) outcome = NULL;
      g_autofree char *level = NULL;
      g_autofree char *reasons = NULL;
      g_autofree char *got = NULL;
      OracleAnswers a;
      OracleLevel oracle_level;

      if (!g_str_has_suffix (name, ".ini"))
        continue;
      g_test_message ("example %s", name);
      g_key_file_load_from_file (key_file, path, G_KEY_FILE_NONE, &error);
      g_assert_no_error (error);
      level = g_key_file_get_string (key_file, "expected", "level", &error);
      g_assert_no_error (error);
      reasons = g_key_file_get_string (key_file, "expected", "reasons", &error);
      g_assert_no_error (error);

      g_assert_cmpuint (load_example_answers (key_file, answers), >=, 23);
      outcome = dorsal_triage_evaluate (triage, answers);
      got = engine_reasons (outcome);
      g_assert_true (dorsal_outcome_get_complete (outcome));
      g_assert_cmpstr (dorsal_level_get_id (dorsal_outcome_get_level (outcome)), ==, level);
      g_assert_cmpstr (got, ==, reasons);

      /* the oracle agrees with the examples too, so it is a fair judge below */
      oracle_from_answers (answers, &a);
      oracle_level = oracle_evaluate (&a, oracle_reasons);
      g_assert_cmpstr (oracle_level_ids[oracle_level], ==, level);
      g_assert_cmpstr (oracle_reasons->str, ==, reasons);
      n++;
    }
  g_assert_cmpuint (n, >, 0);
  g_test_message ("%u examples", n);
}

static void
test_each_yesno_alone (void)
{
  g_autoptr(DorsalTriage) triage = load_triage ();
  g_autoptr(DorsalAnswers) answers = dorsal_answers_new ();
  OracleAnswers a;

  baseline (&a);
  oracle_to_answers (&a, answers);
  assert_outcome (triage, answers, "self-care", "");

  for (guint i = 0; i < ORACLE_N_YESNO; i++)
    {
      const char *id = oracle_yesno[i].id;
      OracleLevel yes = oracle_yesno[i].yes;
      g_autoptr(DorsalOutcome) outcome = NULL;

      g_test_message ("%s", id);
      baseline (&a);
      a.yesno[i] = ORACLE_YES;
      oracle_to_answers (&a, answers);
      outcome = dorsal_triage_evaluate (triage, answers);
      g_assert_cmpstr (dorsal_level_get_id (dorsal_outcome_get_level (outcome)), ==, oracle_level_ids[yes]);
      g_assert_cmpuint (dorsal_outcome_get_n_reasons (outcome), ==, 1);
      g_assert_cmpstr (dorsal_outcome_get_reason (outcome, 0), ==, id);
      g_assert_false (dorsal_outcome_get_reason_uncertain (outcome, 0));
      g_assert_null (dorsal_outcome_get_reason_rule (outcome, 0));
      g_assert_cmpstr (dorsal_question_get_id (dorsal_outcome_get_reason_question (outcome, 0)), ==, id);
      g_clear_pointer (&outcome, dorsal_outcome_free);

      /* rule 2: one step less urgent; nothing below routine */
      a.yesno[i] = ORACLE_NOT_SURE;
      oracle_to_answers (&a, answers);
      outcome = dorsal_triage_evaluate (triage, answers);
      if (yes == ORACLE_ROUTINE)
        {
          g_assert_cmpstr (dorsal_level_get_id (dorsal_outcome_get_level (outcome)), ==, "self-care");
          g_assert_cmpuint (dorsal_outcome_get_n_reasons (outcome), ==, 0);
        }
      else
        {
          const DorsalQuestion *q;

          g_assert_cmpstr (dorsal_level_get_id (dorsal_outcome_get_level (outcome)), ==,
                           oracle_level_ids[yes + 1]);
          g_assert_cmpuint (dorsal_outcome_get_n_reasons (outcome), ==, 1);
          g_assert_cmpstr (dorsal_outcome_get_reason (outcome, 0), ==, id);
          g_assert_true (dorsal_outcome_get_reason_uncertain (outcome, 0));
          /* the line "treat it as a yes" names the level a yes would reach */
          q = dorsal_outcome_get_reason_question (outcome, 0);
          g_assert_cmpstr (dorsal_level_get_id (dorsal_question_get_yes_level (q)), ==, oracle_level_ids[yes]);
        }
      g_clear_pointer (&outcome, dorsal_outcome_free);

      /* rule 5: no reaches nothing */
      a.yesno[i] = ORACLE_NO;
      oracle_to_answers (&a, answers);
      assert_outcome (triage, answers, "self-care", "");
    }
}

static void
set_person (DorsalAnswers *answers,
            const char    *age,
            const char    *sex)
{
  OracleAnswers a;

  baseline (&a);
  oracle_to_answers (&a, answers);
  dorsal_answers_set (answers, "age", age);
  dorsal_answers_set (answers, "sex", sex);
}

static void
test_age_boundaries (void)
{
  g_autoptr(DorsalTriage) triage = load_triage ();
  g_autoptr(DorsalAnswers) answers = dorsal_answers_new ();
  const struct
  {
    const char *age;
    const char *sex;
    gboolean    fires;
  } cases[] = {
    { "50", "female", FALSE }, { "51", "female", TRUE },
    { "50", "unspecified", FALSE }, { "51", "unspecified", TRUE },
    { "74", "male", FALSE }, { "75", "male", TRUE },
    { "51", "male", FALSE }, { "60", "male", FALSE },
    { "0", "female", FALSE }, { "0", "male", FALSE }, { "0", "unspecified", FALSE },
    { "120", "female", TRUE }, { "120", "male", TRUE }, { "120", "unspecified", TRUE },
    { "unknown", "female", FALSE }, { "unknown", "male", FALSE }, { "unknown", "unspecified", FALSE },
    { "007", "female", FALSE }, { "075", "male", TRUE }, { "051", "female", TRUE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_test_message ("age %s, %s", cases[i].age, cases[i].sex);
      set_person (answers, cases[i].age, cases[i].sex);
      g_assert_true (dorsal_triage_check_answer (triage, "age", cases[i].age, NULL));
      if (cases[i].fires)
        assert_outcome (triage, answers, "soon", "fracture-risk");
      else
        assert_outcome (triage, answers, "self-care", "");
    }

  /* "one to three digits with no sign, 0–120, or unknown" */
  {
    const char *bad[] = { "121", "999", "1000", "0120", "abc", "-5", "+5", "5.0", "1e2", "", " 5",
                          "5 ", "Unknown", "unknown ", "٥", "0x10" };

    for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
      {
        g_autoptr(GError) error = NULL;
        g_autoptr(DorsalOutcome) outcome = NULL;

        g_test_message ("bad age “%s”", bad[i]);
        g_assert_false (dorsal_triage_check_answer (triage, "age", bad[i], &error));
        g_assert_error (error, DORSAL_TRIAGE_ERROR, DORSAL_TRIAGE_ERROR_ANSWER);
        g_assert_nonnull (strstr (error->message, "age"));
        g_assert_nonnull (strstr (error->message, "0 to 120"));
        g_assert_nonnull (strstr (error->message, "unknown"));

        /* a bad stored answer is no answer: it never fires a rule */
        set_person (answers, bad[i], "female");
        outcome = dorsal_triage_evaluate (triage, answers);
        g_assert_false (dorsal_outcome_get_complete (outcome));
        g_assert_cmpstr (dorsal_outcome_get_first_missing (outcome), ==, "age");
        g_assert_cmpstr (dorsal_level_get_id (dorsal_outcome_get_level (outcome)), ==, "self-care");
      }
  }
}

static void
test_other_answers (void)
{
  g_autoptr(DorsalTriage) triage = load_triage ();
  g_autoptr(DorsalAnswers) answers = dorsal_answers_new ();
  g_autoptr(GError) error = NULL;
  const char *good_zones[] = { "", ";", "neck", "neck;", "neck;neck", "neck;mid-back;neck;",
                               "between-shoulder-blades;band-left", " neck ; mid-back ",
                               "neck;between-shoulder-blades;mid-back;band-left;band-right;chest-front;lower-back" };
  const char *bad_zones[] = { "elbow", "neck;elbow", ";;", "neck;;mid-back", "zone-neck", "Neck" };

  for (guint i = 0; i < G_N_ELEMENTS (good_zones); i++)
    {
      g_test_message ("zones “%s”", good_zones[i]);
      g_assert_true (dorsal_triage_check_answer (triage, "pain-location", good_zones[i], NULL));
    }
  for (guint i = 0; i < G_N_ELEMENTS (bad_zones); i++)
    {
      g_test_message ("bad zones “%s”", bad_zones[i]);
      g_assert_false (dorsal_triage_check_answer (triage, "pain-location", bad_zones[i], &error));
      g_assert_error (error, DORSAL_TRIAGE_ERROR, DORSAL_TRIAGE_ERROR_ANSWER);
      g_assert_nonnull (strstr (error->message, "pain-location"));
      g_assert_nonnull (strstr (error->message, "between-shoulder-blades"));
      g_clear_error (&error);
    }

  g_assert_true (dorsal_triage_check_answer (triage, "fever", "not-sure", NULL));
  g_assert_false (dorsal_triage_check_answer (triage, "fever", "Yes", &error));
  g_assert_error (error, DORSAL_TRIAGE_ERROR, DORSAL_TRIAGE_ERROR_ANSWER);
  g_assert_nonnull (strstr (error->message, "yes, no, not-sure"));
  g_clear_error (&error);
  g_assert_false (dorsal_triage_check_answer (triage, "sex", "other", &error));
  g_assert_nonnull (strstr (error->message, "female, male, unspecified"));
  g_clear_error (&error);
  g_assert_false (dorsal_triage_check_answer (triage, "duration", "6-weeks", &error));
  g_assert_nonnull (strstr (error->message, "under-6-weeks, 6-to-12-weeks, over-12-weeks"));
  g_clear_error (&error);
  g_assert_false (dorsal_triage_check_answer (triage, "no-such-question", "yes", &error));
  g_assert_error (error, DORSAL_TRIAGE_ERROR, DORSAL_TRIAGE_ERROR_ANSWER);
  g_clear_error (&error);

  /* rule 4 */
  set_person (answers, "30", "male");
  dorsal_answers_set (answers, "duration", "under-6-weeks");
  assert_outcome (triage, answers, "self-care", "");
  dorsal_answers_set (answers, "duration", "6-to-12-weeks");
  assert_outcome (triage, answers, "routine", "lasting-pain");
  dorsal_answers_set (answers, "duration", "over-12-weeks");
  assert_outcome (triage, answers, "routine", "lasting-pain");
}

static void
test_reason_order (void)
{
  g_autoptr(DorsalTriage) triage = load_triage ();
  g_autoptr(DorsalAnswers) answers = dorsal_answers_new ();
  g_autoptr(DorsalOutcome) outcome = NULL;
  g_autofree char *text = NULL;

  set_person (answers, "60", "female");
  dorsal_answers_set (answers, "osteoporosis", "yes");
  dorsal_answers_set (answers, "band-pain", "yes");
  dorsal_answers_set (answers, "daily-activities", "yes");
  dorsal_answers_set (answers, "duration", "over-12-weeks");
  assert_outcome (triage, answers, "soon", "band-pain;osteoporosis;fracture-risk");

  dorsal_answers_set (answers, "fever", "yes");
  dorsal_answers_set (answers, "leg-numbness", "not-sure");
  dorsal_answers_set (answers, "rash", "yes");
  assert_outcome (triage, answers, "urgent", "leg-numbness;fever;rash");

  set_person (answers, "30", "male");
  dorsal_answers_set (answers, "daily-activities", "yes");
  dorsal_answers_set (answers, "osteoporosis", "not-sure");
  dorsal_answers_set (answers, "duration", "6-to-12-weeks");
  assert_outcome (triage, answers, "routine", "osteoporosis;daily-activities;lasting-pain");

  dorsal_answers_set (answers, "major-trauma", "yes");
  dorsal_answers_set (answers, "chest-pain", "not-sure");
  dorsal_answers_set (answers, "breathless", "not-sure");
  dorsal_answers_set (answers, "pain-location", "chest-front;");
  outcome = dorsal_triage_evaluate (triage, answers);
  text = dorsal_outcome_to_string (outcome);
  g_assert_cmpstr (text, ==, "[outcome]\nlevel=emergency-department\n"
                             "reasons=chest-pain;breathless;major-trauma\n");
  g_assert_true (dorsal_outcome_get_reason_uncertain (outcome, 0));
  g_assert_true (dorsal_outcome_get_reason_uncertain (outcome, 1));
  g_assert_false (dorsal_outcome_get_reason_uncertain (outcome, 2));
  g_assert_true (dorsal_outcome_get_reason_rule (outcome, 0) == NULL);

  {
    g_autoptr(DorsalOutcome) copy = dorsal_outcome_copy (outcome);
    g_autofree char *copy_text = dorsal_outcome_to_string (copy);

    g_assert_cmpstr (copy_text, ==, text);
    g_assert_true (dorsal_outcome_get_level (copy) == dorsal_outcome_get_level (outcome));
  }
}

static void
test_partial (void)
{
  g_autoptr(DorsalTriage) triage = load_triage ();
  g_autoptr(DorsalAnswers) answers = dorsal_answers_new ();
  g_autoptr(DorsalOutcome) outcome = NULL;

  outcome = dorsal_triage_evaluate (triage, answers);
  g_assert_false (dorsal_outcome_get_complete (outcome));
  g_assert_cmpstr (dorsal_outcome_get_first_missing (outcome), ==, "age");
  g_assert_cmpstr (dorsal_level_get_id (dorsal_outcome_get_level (outcome)), ==, "self-care");
  g_assert_cmpuint (dorsal_outcome_get_n_reasons (outcome), ==, 0);
  g_clear_pointer (&outcome, dorsal_outcome_free);

  /* the level so far: age and sex alone can reach fracture-risk */
  dorsal_answers_set (answers, "age", "70");
  dorsal_answers_set (answers, "sex", "female");
  outcome = dorsal_triage_evaluate (triage, answers);
  g_assert_cmpstr (dorsal_outcome_get_first_missing (outcome), ==, "duration");
  g_assert_cmpstr (dorsal_level_get_id (dorsal_outcome_get_level (outcome)), ==, "soon");
  g_assert_false (dorsal_level_get_interrupts (dorsal_outcome_get_level (outcome)));
  g_clear_pointer (&outcome, dorsal_outcome_free);

  /* an interrupting answer shows at once, before the rest is answered */
  dorsal_answers_set (answers, "duration", "under-6-weeks");
  dorsal_answers_set (answers, "chest-pain", "no");
  dorsal_answers_set (answers, "breathless", "not-sure");
  outcome = dorsal_triage_evaluate (triage, answers);
  g_assert_cmpstr (dorsal_outcome_get_first_missing (outcome), ==, "tearing-pain");
  g_assert_cmpstr (dorsal_level_get_id (dorsal_outcome_get_level (outcome)), ==, "emergency-department");
  g_assert_true (dorsal_level_get_interrupts (dorsal_outcome_get_level (outcome)));
  g_clear_pointer (&outcome, dorsal_outcome_free);

  /* pain-location is optional: everything else answered is complete */
  for (guint i = 0; i < ORACLE_N_YESNO; i++)
    if (dorsal_answers_get (answers, oracle_yesno[i].id) == NULL)
      dorsal_answers_set (answers, oracle_yesno[i].id, "no");
  outcome = dorsal_triage_evaluate (triage, answers);
  g_assert_true (dorsal_outcome_get_complete (outcome));
  g_assert_null (dorsal_outcome_get_first_missing (outcome));
  g_clear_pointer (&outcome, dorsal_outcome_free);

  /* a value the question does not allow is no answer */
  dorsal_answers_set (answers, "chest-pain", "maybe");
  outcome = dorsal_triage_evaluate (triage, answers);
  g_assert_false (dorsal_outcome_get_complete (outcome));
  g_assert_cmpstr (dorsal_outcome_get_first_missing (outcome), ==, "chest-pain");
  g_assert_cmpstr (dorsal_level_get_id (dorsal_outcome_get_level (outcome)), ==, "emergency-department");
}

static void
test_answers (void)
{
  g_autoptr(DorsalAnswers) answers = dorsal_answers_new ();
  g_autoptr(DorsalAnswers) copy = NULL;
  DorsalAnswers *boxed;

  g_assert_null (dorsal_answers_get (answers, "fever"));
  dorsal_answers_set (answers, "fever", "yes");
  dorsal_answers_set (answers, "age", "40");
  g_assert_cmpstr (dorsal_answers_get (answers, "fever"), ==, "yes");
  dorsal_answers_set (answers, "fever", "no");
  g_assert_cmpstr (dorsal_answers_get (answers, "fever"), ==, "no");

  copy = dorsal_answers_copy (answers);
  dorsal_answers_set (answers, "fever", "not-sure");
  g_assert_cmpstr (dorsal_answers_get (copy, "fever"), ==, "no");
  g_assert_cmpstr (dorsal_answers_get (copy, "age"), ==, "40");

  dorsal_answers_unset (answers, "age");
  g_assert_null (dorsal_answers_get (answers, "age"));
  g_assert_cmpstr (dorsal_answers_get (copy, "age"), ==, "40");
  dorsal_answers_set (answers, "age", NULL);
  g_assert_null (dorsal_answers_get (answers, "age"));

  dorsal_answers_clear (copy);
  g_assert_null (dorsal_answers_get (copy, "fever"));
  g_assert_cmpstr (dorsal_answers_get (answers, "fever"), ==, "not-sure");

  boxed = g_boxed_copy (DORSAL_TYPE_ANSWERS, answers);
  g_assert_cmpstr (dorsal_answers_get (boxed, "fever"), ==, "not-sure");
  g_boxed_free (DORSAL_TYPE_ANSWERS, boxed);
  g_assert_true (G_TYPE_IS_BOXED (DORSAL_TYPE_OUTCOME));
}

static void
random_answers (GRand         *rand,
                OracleAnswers *a)
{
  /* Vary how likely a sign is per set, so every level turns up often:
   * uniform answers would make nearly every set call-emergency. */
  double p_no = g_rand_double_range (rand, 0.6, 1.0);
  double p_yes = g_rand_double_range (rand, 0.0, 1.0);

  memset (a, 0, sizeof *a);
  a->age = g_rand_int_range (rand, 0, 10) == 0 ? ORACLE_AGE_UNKNOWN : g_rand_int_range (rand, 0, 121);
  a->sex = (guint) g_rand_int_range (rand, 0, 3);
  a->duration = (guint) g_rand_int_range (rand, 0, 3);
  for (guint i = 0; i < ORACLE_N_YESNO; i++)
    {
      if (g_rand_double (rand) < p_no)
        a->yesno[i] = ORACLE_NO;
      else
        a->yesno[i] = g_rand_double (rand) < p_yes ? ORACLE_YES : ORACLE_NOT_SURE;
    }
  a->zones = (guint) g_rand_int_range (rand, 0, 1 << G_N_ELEMENTS (oracle_zones));
}

static guint
engine_rank (DorsalTriage  *triage,
             DorsalAnswers *answers)
{
  g_autoptr(DorsalOutcome) outcome = dorsal_triage_evaluate (triage, answers);

  return dorsal_level_get_rank (dorsal_outcome_get_level (outcome));
}

static void
test_generated (void)
{
  g_autoptr(DorsalTriage) triage = load_triage ();
  g_autoptr(DorsalAnswers) answers = dorsal_answers_new ();
  g_autoptr(GString) oracle_reasons = g_string_new (NULL);
  g_autoptr(GRand) rand = g_rand_new_with_seed (SEED);
  guint per_level[ORACLE_N_LEVELS] = { 0, };
  guint changes = 0;

  for (guint n = 0; n < N_GENERATED; n++)
    {
      g_autoptr(DorsalOutcome) outcome = NULL;
      g_autofree char *got = NULL;
      OracleAnswers a;
      OracleLevel expected;
      guint rank;

      random_answers (rand, &a);
      oracle_to_answers (&a, answers);
      outcome = dorsal_triage_evaluate (triage, answers);
      rank = dorsal_level_get_rank (dorsal_outcome_get_level (outcome));
      expected = oracle_evaluate (&a, oracle_reasons);
      got = engine_reasons (outcome);
      if (rank != expected || !g_str_equal (got, oracle_reasons->str))
        {
          g_autofree char *text = dorsal_outcome_to_string (outcome);

          g_test_message ("set %u: engine %s, policy %s reasons=%s", n, text,
                          oracle_level_ids[expected], oracle_reasons->str);
        }
      g_assert_cmpuint (rank, ==, expected);
      g_assert_cmpstr (got, ==, oracle_reasons->str);
      g_assert_true (dorsal_outcome_get_complete (outcome));
      per_level[rank]++;

      /* pain-location never changes the level */
      dorsal_answers_unset (answers, "pain-location");
      g_assert_cmpuint (engine_rank (triage, answers), ==, rank);

      /* the property: no → not-sure, or not-sure → yes, never less urgent */
      for (guint i = 0; i < ORACLE_N_YESNO; i++)
        {
          const char *id = oracle_yesno[i].id;
          const char *was = oracle_yesno_answers[a.yesno[i]];

          if (a.yesno[i] == ORACLE_YES)
            continue;
          dorsal_answers_set (answers, id, oracle_yesno_answers[a.yesno[i] + 1]);
          g_assert_cmpuint (engine_rank (triage, answers), <=, rank);
          dorsal_answers_set (answers, id, was);
          changes++;
        }
    }

  for (guint i = 0; i < ORACLE_N_LEVELS; i++)
    {
      g_test_message ("%s: %u sets", oracle_level_ids[i], per_level[i]);
      g_assert_cmpuint (per_level[i], >=, N_GENERATED / 100);
    }
  g_test_message ("%u single-answer changes checked", changes);
  g_assert_cmpuint (changes, >=, N_GENERATED);
}

static void
test_interrupts (void)
{
  g_autoptr(DorsalTriage) triage = load_triage ();
  g_autoptr(DorsalAnswers) answers = dorsal_answers_new ();
  g_autoptr(DorsalOutcome) before = dorsal_triage_evaluate (triage, answers);
  const struct
  {
    const char *question;
    const char *answer;
    const char *level;
    gboolean    interrupts;
  } steps[] = {
    { "age", "60", "self-care", FALSE },
    { "sex", "female", "soon", FALSE },
    { "fever", "yes", "urgent", FALSE },
    { "chest-pain", "not-sure", "emergency-department", TRUE },
    { "leg-weakness", "yes", "emergency-department", FALSE },
    { "breathless", "no", "emergency-department", FALSE },
    { "chest-pain", "yes", "call-emergency", TRUE },
    { "fainting", "yes", "call-emergency", FALSE },
    { "tearing-pain", "not-sure", "call-emergency", FALSE },
  };

  g_assert_false (dorsal_outcome_interrupts (before, NULL));
  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    {
      g_autoptr(DorsalOutcome) now = NULL;

      dorsal_answers_set (answers, steps[i].question, steps[i].answer);
      now = dorsal_triage_evaluate (triage, answers);
      g_assert_cmpstr (dorsal_level_get_id (dorsal_outcome_get_level (now)), ==, steps[i].level);
      g_assert_cmpint (dorsal_outcome_interrupts (now, before), ==, steps[i].interrupts);
      g_clear_pointer (&before, dorsal_outcome_free);
      before = g_steal_pointer (&now);
    }

  /* the first answer alone can interrupt */
  dorsal_answers_clear (answers);
  dorsal_answers_set (answers, "major-trauma", "yes");
  g_clear_pointer (&before, dorsal_outcome_free);
  before = dorsal_triage_evaluate (triage, answers);
  g_assert_true (dorsal_outcome_interrupts (before, NULL));
}

/* Flesch-Kincaid grade exactly as ../shared/checks/readability.py counts it */
static guint
syllables (const char *word)
{
  static GRegex *ending, *leading_y, *vowels;
  g_autofree char *w = g_ascii_strdown (word, -1);
  g_autofree char *trimmed = NULL;
  g_autofree char *no_y = NULL;
  g_autoptr(GMatchInfo) match = NULL;
  guint n = 0;
  gsize len;

  if (ending == NULL)
    {
      ending = g_regex_new ("(?:[^laeiouy]es|ed|[^laeiouy]e)$", 0, 0, NULL);
      leading_y = g_regex_new ("^y", 0, 0, NULL);
      vowels = g_regex_new ("[aeiouy]{1,2}", 0, 0, NULL);
    }

  g_strstrip (w);
  while (*w != '\0' && strchr (".,;:!?()'\"", *w) != NULL)
    memmove (w, w + 1, strlen (w));
  len = strlen (w);
  while (len > 0 && strchr (".,;:!?()'\"", w[len - 1]) != NULL)
    w[--len] = '\0';
  if (len == 0)
    return 0;
  if (len <= 3)
    return 1;

  trimmed = g_regex_replace (ending, w, -1, 0, "", 0, NULL);
  no_y = g_regex_replace (leading_y, trimmed, -1, 0, "", 0, NULL);
  g_regex_match (vowels, no_y, 0, &match);
  while (g_match_info_matches (match))
    {
      n++;
      g_match_info_next (match, NULL);
    }
  return MAX (n, 1);
}

typedef struct
{
  guint sentences;
  guint words;
  guint syllables;
} Counts;

static void
count_text (const char *text,
            Counts     *counts)
{
  g_autoptr(GRegex) sentence_end = g_regex_new ("[.!?]+(?:\\s|$)", 0, 0, NULL);
  g_autoptr(GRegex) letter = g_regex_new ("[A-Za-z]", 0, 0, NULL);
  g_autoptr(GRegex) word = g_regex_new ("[A-Za-z][A-Za-z'-]*", 0, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  g_auto(GStrv) sentences = g_regex_split (sentence_end, text, 0);

  for (guint i = 0; sentences[i] != NULL; i++)
    if (g_regex_match (letter, sentences[i], 0, NULL))
      counts->sentences++;
  g_regex_match (word, text, 0, &match);
  while (g_match_info_matches (match))
    {
      g_autofree char *w = g_match_info_fetch (match, 0);

      counts->words++;
      counts->syllables += syllables (w);
      g_match_info_next (match, NULL);
    }
}

static double
grade (const Counts *c)
{
  return 0.39 * c->words / MAX (c->sentences, 1) + 11.8 * c->syllables / MAX (c->words, 1) - 15.59;
}

static void
check_passage (const char *text,
               Counts     *total,
               double     *worst)
{
  Counts counts = { 0, 0, 0 };
  double g;

  count_text (text, &counts);
  g = grade (&counts);
  total->sentences += counts.sentences;
  total->words += counts.words;
  total->syllables += counts.syllables;
  *worst = MAX (*worst, g);
  if (g > 8.0)
    g_test_message ("grade %.1f: %s", g, text);
  g_assert_cmpfloat (g, <=, 8.0);
}

static void
test_readability (void)
{
  g_autoptr(DorsalTriage) triage = load_triage ();
  Counts total = { 0, 0, 0 };
  Counts known = { 0, 0, 0 };
  double worst = -100;

  /* the checker's own yardstick, so this copy of it counts the same way */
  count_text ("The cat sat on the mat. It was happy.", &known);
  g_assert_cmpuint (known.sentences, ==, 2);
  g_assert_cmpuint (known.words, ==, 9);
  g_assert_cmpuint (known.syllables, ==, 10);
  g_assert_cmpuint (syllables ("physiotherapist"), ==, 5);
  g_assert_cmpuint (syllables ("emergency"), ==, 4);

  check_passage (dorsal_triage_get_notice (triage), &total, &worst);
  check_passage (dorsal_triage_get_answer_note (triage, "not-sure"), &total, &worst);
  for (guint i = 0; i < dorsal_triage_get_n_levels (triage); i++)
    {
      const DorsalLevel *level = dorsal_triage_get_level (triage, i);

      check_passage (dorsal_level_get_action (level), &total, &worst);
      check_passage (dorsal_level_get_why (level), &total, &worst);
      check_passage (dorsal_level_get_if_worse (level), &total, &worst);
    }
  for (guint i = 0; i < dorsal_triage_get_n_questions (triage); i++)
    {
      const DorsalQuestion *q = dorsal_triage_get_question (triage, i);

      check_passage (dorsal_question_get_text (q), &total, &worst);
      check_passage (dorsal_question_get_why (q), &total, &worst);
      if (dorsal_question_get_explanation (q) != NULL)
        check_passage (dorsal_question_get_explanation (q), &total, &worst);
    }
  for (guint i = 0; i < dorsal_triage_get_n_rules (triage); i++)
    {
      const DorsalRule *rule = dorsal_triage_get_rule (triage, i);

      check_passage (dorsal_rule_get_why (rule), &total, &worst);
      check_passage (dorsal_rule_get_explanation (rule), &total, &worst);
    }

  g_test_message ("%u words, overall grade %.1f, worst passage %.1f", total.words, grade (&total), worst);
  /* the goal is grade 6 overall */
  g_assert_cmpfloat (grade (&total), <=, 6.0);
}

/* The engine must know no question, rule or level by name: all of that is data. */
static void
test_no_names_in_code (void)
{
  g_autoptr(DorsalTriage) triage = load_triage ();
  const char *files[] = { "dorsal-triage.c", "dorsal-triage.h", "dorsal-assess-cli.c",
                          "dorsal-assess-cli.h" };
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < dorsal_triage_get_n_questions (triage); i++)
    g_ptr_array_add (names, g_strdup_printf ("\"%s\"",
                     dorsal_question_get_id (dorsal_triage_get_question (triage, i))));
  for (guint i = 0; i < dorsal_triage_get_n_rules (triage); i++)
    g_ptr_array_add (names, g_strdup_printf ("\"%s\"",
                     dorsal_rule_get_id (dorsal_triage_get_rule (triage, i))));
  for (guint i = 0; i < dorsal_triage_get_n_levels (triage); i++)
    g_ptr_array_add (names, g_strdup_printf ("\"%s\"",
                     dorsal_level_get_id (dorsal_triage_get_level (triage, i))));

  for (guint f = 0; f < G_N_ELEMENTS (files); f++)
    {
      g_autofree char *path = g_build_filename (g_getenv ("DORSAL_SOURCE_ROOT"), "src",
                                                "assessment", files[f], NULL);
      g_autofree char *contents = NULL;
      g_autoptr(GError) error = NULL;

      g_file_get_contents (path, &contents, NULL, &error);
      g_assert_no_error (error);
      for (guint i = 0; i < names->len; i++)
        {
          if (strstr (contents, names->pdata[i]) != NULL)
            g_test_message ("%s names %s", files[f], (char *) names->pdata[i]);
          g_assert_null (strstr (contents, names->pdata[i]));
        }
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/assessment/triage/matches-policy", test_matches_policy);
  g_test_add_func ("/assessment/triage/texts", test_texts);
  g_test_add_func ("/assessment/triage/examples", test_examples);
  g_test_add_func ("/assessment/triage/each-yesno-alone", test_each_yesno_alone);
  g_test_add_func ("/assessment/triage/age-boundaries", test_age_boundaries);
  g_test_add_func ("/assessment/triage/other-answers", test_other_answers);
  g_test_add_func ("/assessment/triage/reason-order", test_reason_order);
  g_test_add_func ("/assessment/triage/partial", test_partial);
  g_test_add_func ("/assessment/triage/answers", test_answers);
  g_test_add_func ("/assessment/triage/interrupts", test_interrupts);
  g_test_add_func ("/assessment/triage/readability", test_readability);
  g_test_add_func ("/assessment/triage/generated", test_generated);
  g_test_add_func ("/assessment/triage/no-names-in-code", test_no_names_in_code);

  return g_test_run ();
}
