/* assessment-oracle.h: triage-policy.md v1.2 written out again, independently of assessment.xml
 *
 * Copyright 2026 The Dorsal authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * This is a second, deliberately naive reading of the policy, straight from its
 * tables, so the tests can compare the engine (which reads the data file)
 * against it. Keep it a transcription of the policy text: no loops over the
 * data file, nothing shared with the engine.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* "Levels, most urgent first" */
typedef enum
{
  ORACLE_CALL_EMERGENCY,
  ORACLE_EMERGENCY_DEPARTMENT,
  ORACLE_URGENT,
  ORACLE_SOON,
  ORACLE_ROUTINE,
  ORACLE_SELF_CARE,
  ORACLE_N_LEVELS,
} OracleLevel;

static const char * const oracle_level_ids[ORACLE_N_LEVELS] = {
  "call-emergency", "emergency-department", "urgent", "soon", "routine", "self-care",
};

/* "Questions": the yes/no rows, in table order, with their level on yes */
static const struct
{
  const char  *id;
  OracleLevel  yes;
} oracle_yesno[] = {
  { "chest-pain", ORACLE_CALL_EMERGENCY },
  { "breathless", ORACLE_CALL_EMERGENCY },
  { "tearing-pain", ORACLE_CALL_EMERGENCY },
  { "fainting", ORACLE_CALL_EMERGENCY },
  { "leg-weakness", ORACLE_EMERGENCY_DEPARTMENT },
  { "leg-numbness", ORACLE_EMERGENCY_DEPARTMENT },
  { "bladder-bowel", ORACLE_EMERGENCY_DEPARTMENT },
  { "falling", ORACLE_EMERGENCY_DEPARTMENT },
  { "major-trauma", ORACLE_EMERGENCY_DEPARTMENT },
  { "fever", ORACLE_URGENT },
  { "cancer-history", ORACLE_URGENT },
  { "weight-loss", ORACLE_URGENT },
  { "swelling", ORACLE_URGENT },
  { "night-pain", ORACLE_URGENT },
  { "weak-immunity", ORACLE_URGENT },
  { "rash", ORACLE_URGENT },
  { "belly-pain", ORACLE_URGENT },
  { "band-pain", ORACLE_SOON },
  { "osteoporosis", ORACLE_SOON },
  { "daily-activities", ORACLE_ROUTINE },
};
#define ORACLE_N_YESNO G_N_ELEMENTS (oracle_yesno)

/* The full question table, in order */
static const char * const oracle_question_ids[] = {
  "age", "sex", "duration",
  "chest-pain", "breathless", "tearing-pain", "fainting",
  "leg-weakness", "leg-numbness", "bladder-bowel", "falling", "major-trauma",
  "fever", "cancer-history", "weight-loss", "swelling", "night-pain", "weak-immunity", "rash",
  "belly-pain", "band-pain", "osteoporosis", "daily-activities", "pain-location",
};

static const char * const oracle_yesno_answers[] = { "no", "not-sure", "yes" };
static const char * const oracle_sexes[] = { "female", "male", "unspecified" };
static const char * const oracle_durations[] = { "under-6-weeks", "6-to-12-weeks", "over-12-weeks" };
static const char * const oracle_zones[] = {
  "neck", "between-shoulder-blades", "mid-back", "band-left", "band-right", "chest-front",
  "lower-back",
};

enum { ORACLE_NO, ORACLE_NOT_SURE, ORACLE_YES };
#define ORACLE_AGE_UNKNOWN (-1)

typedef struct
{
  int   age;                        /* 0..120, or ORACLE_AGE_UNKNOWN */
  guint sex;                        /* index in oracle_sexes */
  guint duration;                   /* index in oracle_durations */
  guint yesno[ORACLE_N_YESNO];      /* ORACLE_NO, ORACLE_NOT_SURE, ORACLE_YES */
  guint zones;                      /* bit mask over oracle_zones */
} OracleAnswers;

/* Rules 1 to 5 and "Reasons". Returns the level; fills @reasons (may be NULL)
 * with the reason ids joined by ';' as the command-line form prints them. */
static inline OracleLevel
oracle_evaluate (const OracleAnswers *a,
                 GString             *reasons)
{
  OracleLevel reached[ORACLE_N_YESNO + 2];
  const char *ids[ORACLE_N_YESNO + 2];
  guint n = 0;
  OracleLevel best = ORACLE_SELF_CARE;

  for (guint i = 0; i < ORACLE_N_YESNO; i++)
    {
      /* rule 1: yes reaches the level; rule 2: not-sure one step less urgent,
       * and nothing when the yes level is routine */
      if (a->yesno[i] == ORACLE_YES)
        {
          reached[n] = oracle_yesno[i].yes;
          ids[n++] = oracle_yesno[i].id;
        }
      else if (a->yesno[i] == ORACLE_NOT_SURE && oracle_yesno[i].yes != ORACLE_ROUTINE)
        {
          reached[n] = oracle_yesno[i].yes + 1;
          ids[n++] = oracle_yesno[i].id;
        }
    }

  /* rule 3: female or unspecified and age > 50, or male and age >= 75 */
  if (a->age != ORACLE_AGE_UNKNOWN
      && (((g_str_equal (oracle_sexes[a->sex], "female")
            || g_str_equal (oracle_sexes[a->sex], "unspecified")) && a->age > 50)
          || (g_str_equal (oracle_sexes[a->sex], "male") && a->age >= 75)))
    {
      reached[n] = ORACLE_SOON;
      ids[n++] = "fracture-risk";
    }

  /* rule 4 */
  if (g_str_equal (oracle_durations[a->duration], "6-to-12-weeks")
      || g_str_equal (oracle_durations[a->duration], "over-12-weeks"))
    {
      reached[n] = ORACLE_ROUTINE;
      ids[n++] = "lasting-pain";
    }

  for (guint i = 0; i < n; i++)
    best = MIN (best, reached[i]);

  if (reasons != NULL)
    {
      g_string_truncate (reasons, 0);
      for (guint i = 0; best != ORACLE_SELF_CARE && i < n; i++)
        if (reached[i] == best)
          {
            if (reasons->len > 0)
              g_string_append_c (reasons, ';');
            g_string_append (reasons, ids[i]);
          }
    }
  return best;
}

G_END_DECLS
