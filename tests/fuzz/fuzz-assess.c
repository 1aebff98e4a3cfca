/* fuzz-assess.c: the --assess key-file reader on arbitrary bytes, with the real assessment data
 *
 * Copyright 2026 The Dorsal authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>

#include "fuzz-common.h"
#include "dorsal-assess-cli.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  static DorsalTriage *triage = NULL;
  static FILE *sink = NULL;
  g_autofree char *path = fuzz_write_input (data, size, ".ini");
  int status;

  if (triage == NULL)
    {
      g_autoptr(GError) error = NULL;

      triage = dorsal_triage_new_default (&error);
      g_assert_no_error (error);
      sink = fopen ("/dev/null", "w");
      g_assert (sink != NULL);
    }

  /* the policy allows two outcomes only: an answer (0) or bad input (2) */
  status = dorsal_assess_cli_run_with_triage (triage, path, sink, sink);
  g_assert (status == 0 || status == 2);
  unlink (path);
  return 0;
}
