/* fuzz-triage.c: the assessment loader (schema, references, texts) on arbitrary bytes
 *
 * Copyright 2026 The Dorsal authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "fuzz-common.h"
#include "dorsal-triage.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autofree char *path = fuzz_write_input (data, size, ".xml");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(DorsalTriage) triage = dorsal_triage_new_from_file (file, &error);

  /* exactly one of the two: a triage, or an error that says what is wrong */
  g_assert ((triage == NULL) != (error == NULL));
  if (error != NULL)
    g_assert (error->message != NULL && *error->message != '\0');
  else
    {
      g_autoptr(DorsalAnswers) answers = dorsal_answers_new ();
      DorsalOutcome *outcome = dorsal_triage_evaluate (triage, answers);

      g_assert (dorsal_outcome_get_level (outcome) != NULL);
      dorsal_outcome_free (outcome);
    }
  unlink (path);
  return 0;
}
