/* dorsal-assess-cli.c: `dorsal --assess FILE`, the self-assessment without a window
 *
 * Copyright 2026 The Dorsal authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "dorsal-assess-cli.h"

#include "dorsal-emergency.h"
#include "dorsal-summary.h"

#include <errno.h>
#include <string.h>

#define GROUP "answers"

/* Exit codes of the policy's command-line form (1 is for broken content). */
#define EXIT_OK          0
#define EXIT_BROKEN_DATA 1
#define EXIT_BAD_INPUT   2

static char *
read_input (const char  *path,
            gsize       *length,
            GError     **error)
{
  char *contents = NULL;

  if (strcmp (path, "-") == 0)
    {
      GString *data = g_string_new (NULL);
      char buffer[4096];
      size_t n;

      while ((n = fread (buffer, 1, sizeof buffer, stdin)) > 0)
        g_string_append_len (data, buffer, (gssize) n);
      if (ferror (stdin))
        {
          int saved = errno;

          g_string_free (data, TRUE);
          g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved),
                       "cannot read standard input: %s", g_strerror (saved));
          return NULL;
        }
      *length = data->len;
      return g_string_free (data, FALSE);
    }

  if (!g_file_get_contents (path, &contents, length, error))
    return NULL;
  return contents;
}

static char *
describe_allowed (const DorsalQuestion *question)
{
  const char * const *values = dorsal_question_get_values (question);
  g_autofree char *list = g_strjoinv (", ", (char **) values);

  switch (dorsal_question_get_kind (question))
    {
    case DORSAL_QUESTION_NUMBER:
      return g_strdup_printf ("a whole number from %u to %u, or %s",
                              dorsal_question_get_min (question),
                              dorsal_question_get_max (question), list);
    case DORSAL_QUESTION_ZONES:
      return g_strdup_printf ("none, or some of %s separated by ‘;’", list);
    case DORSAL_QUESTION_YESNO:
    case DORSAL_QUESTION_CHOICE:
    default:
      return g_steal_pointer (&list);
    }
}

static char *
describe_keys (DorsalTriage *triage)
{
  GString *keys = g_string_new (NULL);

  for (guint i = 0; i < dorsal_triage_get_n_questions (triage); i++)
    {
      if (i > 0)
        g_string_append (keys, ", ");
      g_string_append (keys, dorsal_question_get_id (dorsal_triage_get_question (triage, i)));
    }
  return g_string_free (keys, FALSE);
}

/* The command-line form of triage-policy.md: every question but the optional
 * ones must be answered, keys are the question ids, and an unknown key, a
 * missing answer or a value the question does not allow is a problem. Other
 * groups are ignored. Returns the exit status: 0, or 2 with the problems on @err. */
static int
read_answers (DorsalTriage  *triage,
              const char    *path,
              DorsalAnswers *answers,
              FILE          *err)
{
  g_autoptr(GKeyFile) key_file = g_key_file_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_auto(GStrv) keys = NULL;
  const char *name;
  gsize length = 0;
  guint problems = 0;

  name = strcmp (path, "-") == 0 ? "standard input" : path;

  contents = read_input (path, &length, &error);
  if (contents == NULL)
    {
      fprintf (err, "%s: cannot read the answers: %s\n", name, error->message);
      return EXIT_BAD_INPUT;
    }

  /* Keep "key[locale]=" lines, so they are reported as unknown keys rather than
   * silently dropped or, in a matching locale, mistaken for an answer. */
  if (!g_key_file_load_from_data (key_file, contents, length, G_KEY_FILE_KEEP_TRANSLATIONS,
                                  &error))
    {
      fprintf (err, "%s: not a key file: %s\n", name, error->message);
      return EXIT_BAD_INPUT;
    }

  if (!g_key_file_has_group (key_file, GROUP))
    {
      g_autofree char *all = describe_keys (triage);

      fprintf (err, "%s: missing group [%s]; it needs the keys %s\n", name, GROUP, all);
      return EXIT_BAD_INPUT;
    }

  /* A key given twice is listed twice, and keeps its last value. */
  keys = g_key_file_get_keys (key_file, GROUP, NULL, NULL);
  for (guint i = 0; keys != NULL && keys[i] != NULL; i++)
    {
      if (dorsal_triage_find_question (triage, keys[i]) == NULL
          && !g_strv_contains ((const char * const *) keys + i + 1, keys[i]))
        {
          g_autofree char *all = describe_keys (triage);

          fprintf (err, "%s: [%s] unknown key ‘%s’; allowed keys: %s\n", name, GROUP, keys[i], all);
          problems++;
        }
    }

  for (guint i = 0; i < dorsal_triage_get_n_questions (triage); i++)
    {
      const DorsalQuestion *question = dorsal_triage_get_question (triage, i);
      const char *id = dorsal_question_get_id (question);
      g_autofree char *value = NULL;
      g_autoptr(GError) value_error = NULL;

      if (!g_key_file_has_key (key_file, GROUP, id, NULL))
        {
          if (!dorsal_question_get_optional (question))
            {
              g_autofree char *allowed = describe_allowed (question);

              fprintf (err, "%s: [%s] missing key ‘%s’; allowed values: %s\n",
                       name, GROUP, id, allowed);
              problems++;
            }
          continue;
        }

      /* GLib 2.74 can return a value and an error (a bad escape) together */
      value = g_key_file_get_string (key_file, GROUP, id, &value_error);
      if (value == NULL || value_error != NULL)
        {
          g_autofree char *allowed = describe_allowed (question);

          fprintf (err, "%s: [%s] %s: cannot read the value (%s); allowed values: %s\n",
                   name, GROUP, id, value_error->message, allowed);
          problems++;
          continue;
        }

      /* GKeyFile drops the spaces before a value; the policy drops those after it too. */
      g_strstrip (value);
      if (!dorsal_triage_check_answer (triage, id, value, &value_error))
        {
          fprintf (err, "%s: [%s] %s\n", name, GROUP, value_error->message);
          problems++;
          continue;
        }

      dorsal_answers_set (answers, id, value);
    }

  return problems > 0 ? EXIT_BAD_INPUT : EXIT_OK;
}

/**
 * dorsal_assess_cli_run_with_triage:
 * @triage: the engine to use
 * @path: a key file with an `[answers]` group, or "-" for standard input
 * @out: where the `[outcome]` key file goes
 * @err: where problems go, one line each
 *
 * The command-line form of triage-policy.md: every question but the optional
 * ones must be answered, keys are the question ids, and an unknown key, a
 * missing answer or a value the question does not allow is a problem. Other
 * groups are ignored. On any problem nothing is written to @out.
 *
 * Returns: 0 on success, 2 on bad input
 */
int
dorsal_assess_cli_run_with_triage (DorsalTriage *triage,
                                   const char   *path,
                                   FILE         *out,
                                   FILE         *err)
{
  return dorsal_assess_cli_run_summary_with_triage (triage, path, NULL, out, err);
}

/**
 * dorsal_assess_cli_run_summary_with_triage:
 * @triage: the engine to use
 * @path: a key file with an `[answers]` group, or "-" for standard input
 * @summary_path: (nullable): where to write the one-page PDF summary, or %NULL for none
 * @out: where the `[outcome]` key file goes
 * @err: where problems go, one line each
 *
 * As dorsal_assess_cli_run_with_triage(); with @summary_path, a good answer
 * set also gives the one-page summary (dated now, with the emergency number
 * of the locale), written before the outcome is printed. When the summary
 * cannot be written, that is one line on @err, nothing on @out, no file, and
 * exit status 2, as for bad input: what the person asked for did not happen.
 * Bad input never writes a file either.
 *
 * Returns: 0 on success, 2 on bad input or an unwritable summary
 */
int
dorsal_assess_cli_run_summary_with_triage (DorsalTriage *triage,
                                           const char   *path,
                                           const char   *summary_path,
                                           FILE         *out,
                                           FILE         *err)
{
  g_autoptr(DorsalAnswers) answers = dorsal_answers_new ();
  g_autoptr(DorsalOutcome) outcome = NULL;
  g_autofree char *text = NULL;
  int status;

  g_return_val_if_fail (DORSAL_IS_TRIAGE (triage), EXIT_BROKEN_DATA);
  g_return_val_if_fail (path != NULL, EXIT_BAD_INPUT);
  g_return_val_if_fail (out != NULL && err != NULL, EXIT_BAD_INPUT);

  status = read_answers (triage, path, answers, err);
  if (status != EXIT_OK)
    return status;

  /* standard output carries the outcome key file */
  if (summary_path != NULL && strcmp (summary_path, "-") == 0)
    {
      fprintf (err, "-: cannot write the summary: standard output carries the outcome; "
                    "give the summary a file name\n");
      return EXIT_BAD_INPUT;
    }

  outcome = dorsal_triage_evaluate (triage, answers);
  g_assert (dorsal_outcome_get_complete (outcome));

  if (summary_path != NULL)
    {
      g_autoptr(GError) error = NULL;
      const char *number = dorsal_emergency_number (NULL, NULL);

      if (!dorsal_summary_write_pdf (summary_path, triage, answers, NULL, number, &error))
        {
          fprintf (err, "%s: cannot write the summary: %s\n", summary_path, error->message);
          return EXIT_BAD_INPUT;
        }
    }

  text = dorsal_outcome_to_string (outcome);
  fputs (text, out);
  fflush (out);
  return EXIT_OK;
}

/**
 * dorsal_assess_cli_run:
 * @path: a key file with an `[answers]` group, or "-" for standard input
 * @out: where the `[outcome]` key file goes
 * @err: where problems go, one line each
 *
 * Runs dorsal_assess_cli_run_with_triage() with the app's assessment.xml
 * (bundled, or from `DORSAL_CONTENT_DIR`).
 *
 * Returns: the exit status: 0 on success, 2 on bad input, 1 when the
 *   assessment data itself is broken
 */
int
dorsal_assess_cli_run (const char *path,
                       FILE       *out,
                       FILE       *err)
{
  return dorsal_assess_cli_run_summary (path, NULL, out, err);
}

/**
 * dorsal_assess_cli_run_summary:
 * @path: a key file with an `[answers]` group, or "-" for standard input
 * @summary_path: (nullable): where to write the one-page PDF summary
 * @out: where the `[outcome]` key file goes
 * @err: where problems go, one line each
 *
 * `dorsal --assess FILE --summary OUT.pdf`: runs
 * dorsal_assess_cli_run_summary_with_triage() with the app's assessment.xml.
 *
 * Returns: the exit status: 0 on success, 2 on bad input or when the summary
 *   cannot be written, 1 when the assessment data itself is broken
 */
int
dorsal_assess_cli_run_summary (const char *path,
                               const char *summary_path,
                               FILE       *out,
                               FILE       *err)
{
  g_autoptr(DorsalTriage) triage = NULL;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (path != NULL, EXIT_BAD_INPUT);

  triage = dorsal_triage_new_default (&error);
  if (triage == NULL)
    {
      fprintf (err, "%s\n", error->message);
      return EXIT_BROKEN_DATA;
    }

  return dorsal_assess_cli_run_summary_with_triage (triage, path, summary_path, out, err);
}
